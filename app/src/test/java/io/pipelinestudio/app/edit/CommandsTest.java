package io.pipelinestudio.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private final PipelineDocument document = new PipelineDocument();

    @BeforeEach
    void givenAGeneratorAndASink() {
        document.load(new Pipeline(1, "test", null, List.of(),
                List.of(new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 1), new ConsoleSinkNode("print", null)),
                List.of(), Map.of("events", new Position(0, 0), "print", new Position(300, 0))), null, false);
    }

    /** Pushes the command, then checks add → undo → redo against the expected end state. */
    private void checkUndoRedo(Supplier<Command> command, Pipeline expectedAfter) {
        Pipeline before = document.pipeline();
        boolean wasDirty = document.isDirty();
        document.execute(command.get());
        assertThat(document.pipeline()).isEqualTo(expectedAfter);
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.pipeline()).isEqualTo(before);
        assertThat(document.isDirty()).isEqualTo(wasDirty);
        document.redo();
        assertThat(document.pipeline()).isEqualTo(expectedAfter);
    }

    @Test
    void addNodeUndoesAndRedoes() {
        FilterNode filter = new FilterNode("big", null, "value > 1");
        Pipeline p = document.pipeline();
        checkUndoRedo(() -> new AddNodeCommand(document, filter, new Position(10, 20)),
                GraphOps.addNodes(p, List.of(filter), List.of(), Map.of("big", new Position(10, 20))));
        assertThat(document.pipeline().layout()).containsEntry("big", new Position(10, 20));
    }

    @Test
    void connectUndoesAndRedoes() {
        Pipeline p = document.pipeline();
        checkUndoRedo(() -> new ConnectPortsCommand(document, Edge.of("events", "print")),
                p.withEdges(List.of(Edge.of("events", "print"))));
    }

    @Test
    void removeTakesTheNodesEdgesAndPositionAndUndoBringsThemBack() {
        document.execute(new ConnectPortsCommand(document, Edge.of("events", "print")));
        Pipeline p = document.pipeline();
        checkUndoRedo(() -> new RemoveElementsCommand(document, Set.of("events"), Set.of()),
                new Pipeline(1, "test", null, List.of(), List.of(new ConsoleSinkNode("print", null)), List.of(),
                        Map.of("print", new Position(300, 0))));
        assertThat(p.edges()).hasSize(1);
    }

    @Test
    void editNodeUndoesAndRedoesAndARenameCarriesEdgesAndPosition() {
        document.execute(new ConnectPortsCommand(document, Edge.of("events", "print")));
        GeneratorSourceNode renamed = new GeneratorSourceNode("clicks", "Clicks", 10L, 0, 2, 0, 1000, 0, 1);
        Pipeline p = document.pipeline();
        checkUndoRedo(() -> new EditNodeCommand(document, "events", renamed, "Rename"),
                new Pipeline(1, "test", null, List.of(), List.of(renamed, new ConsoleSinkNode("print", null)),
                        List.of(Edge.of("clicks", "print")),
                        Map.of("clicks", new Position(0, 0), "print", new Position(300, 0))));
        assertThat(p.node("events")).isPresent();
    }

    @Test
    void movesOfOneGestureMergeIntoOneUndoEntry() {
        Object gesture = new Object();
        Pipeline before = document.pipeline();
        document.execute(new MoveNodesCommand(document, Map.of("events", new Position(20, 0)), gesture));
        document.execute(new MoveNodesCommand(document, Map.of("events", new Position(40, 0)), gesture));
        document.execute(new MoveNodesCommand(document, Map.of("events", new Position(60, 20)), gesture));

        assertThat(document.commands().size()).isEqualTo(1);
        assertThat(document.pipeline().layout()).containsEntry("events", new Position(60, 20));
        document.undo();
        assertThat(document.pipeline()).isEqualTo(before);
        document.redo();
        assertThat(document.pipeline().layout()).containsEntry("events", new Position(60, 20));
    }

    @Test
    void movesOfDifferentGesturesStaySeparate() {
        document.execute(new MoveNodesCommand(document, Map.of("events", new Position(20, 0)), new Object()));
        document.execute(new MoveNodesCommand(document, Map.of("events", new Position(40, 0)), new Object()));
        assertThat(document.commands().size()).isEqualTo(2);
    }

    @Test
    void pasteAndPipelineEditsUndoAndRedo() {
        FilterNode copy = new FilterNode("big-2", null, "true");
        Pipeline p = document.pipeline();
        checkUndoRedo(() -> new PasteNodesCommand(document, List.of(copy), List.of(), Map.of("big-2", new Position(5, 5)), "Paste"),
                GraphOps.addNodes(p, List.of(copy), List.of(), Map.of("big-2", new Position(5, 5))));
        Pipeline q = document.pipeline();
        checkUndoRedo(() -> new EditPipelineCommand(document, "renamed", "does things", "Rename"),
                GraphOps.describe(q, "renamed", "does things"));
    }

    @Test
    void jobSettingsEditsUndoAndRedoAndLaterEditsKeepThem() {
        JobSettings checkpointed = JobSettings.DEFAULTS
                .withCheckpoints(60_000, JobSettings.CheckpointMode.AT_LEAST_ONCE, "/tmp/checkpoints");
        Pipeline p = document.pipeline();
        checkUndoRedo(() -> new EditJobSettingsCommand(document, checkpointed, "Set checkpoint interval"),
                p.withJob(checkpointed));

        document.execute(new EditPipelineCommand(document, "renamed", null, "Rename"));
        document.execute(new AddNodeCommand(document, new FilterNode("big", null, "true"), new Position(0, 0)));
        document.execute(new EditNodeCommand(document, "big", new FilterNode("large", null, "true"), "Rename"));
        document.execute(new RemoveElementsCommand(document, Set.of("large"), Set.of()));

        assertThat(document.pipeline().jobSettings()).isEqualTo(checkpointed);
    }

    @Test
    void aNewEditClearsRedo() {
        document.execute(new ConnectPortsCommand(document, Edge.of("events", "print")));
        document.undo();
        assertThat(document.commands().canRedo()).isTrue();
        document.execute(new MoveNodesCommand(document, Map.of("print", new Position(1, 1)), null));
        assertThat(document.commands().canRedo()).isFalse();
    }

    @Test
    void theHistoryIsCapped() {
        CommandStack stack = new CommandStack(3);
        for (int i = 0; i < 5; i++) {
            stack.push(new MoveNodesCommand(document, Map.of("events", new Position(i + 1, 0)), null));
        }
        assertThat(stack.size()).isEqualTo(3);
    }

    @Test
    void aCommandMayNotPushAnotherCommand() {
        CommandStack stack = new CommandStack(10);
        Command nested = new Command() {
            @Override
            public void execute() {
                stack.push(new MoveNodesCommand(document, Map.of("events", new Position(1, 1)), null));
            }

            @Override
            public void undo() { }

            @Override
            public void redo() { }

            @Override
            public String description() {
                return "nested";
            }
        };
        assertThatThrownBy(() -> stack.push(nested)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not push");
    }

    @Test
    void uniqueIdsAvoidTakenOnes() {
        Pipeline p = document.pipeline();
        assertThat(GraphOps.uniqueId(p, "filter", Set.of())).isEqualTo("filter");
        assertThat(GraphOps.uniqueId(p, "events", Set.of())).isEqualTo("events-2");
        assertThat(GraphOps.uniqueId(p, "events", Set.of("events-2"))).isEqualTo("events-3");
    }
}
