package io.pipelinestudio.app.shell;

import io.pipelinestudio.app.dialogs.ErrorDialog;
import io.pipelinestudio.app.edit.EditNodeCommand;
import io.pipelinestudio.app.lesson.LessonStage;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A lesson's steps carried out in the designer's own way: its file actions, selection, runs and commands. */
final class DesignerLessonStage implements LessonStage {
    private final Designer designer;

    DesignerLessonStage(Designer designer) {
        this.designer = designer;
    }

    @Override
    public void show(Pipeline pipeline, Runnable then) {
        designer.files().showUnsaved(pipeline, "Opened the lesson's pipeline; Save As keeps a copy of your changes",
                then);
    }

    @Override
    public Pipeline pipeline() {
        return designer.document().pipeline();
    }

    /** A setting change touches one node: it becomes one edit, as a change in the properties would. */
    @Override
    public void edit(Pipeline changed, String description) {
        for (Node node : changed.nodes()) {
            if (!pipeline().node(node.id()).map(node::equals).orElse(true)) {
                designer.document().execute(new EditNodeCommand(designer.document(), node.id(), node, description));
            }
        }
    }

    @Override
    public void highlight(List<String> nodeIds) {
        Set<String> shown = new LinkedHashSet<>();
        nodeIds.stream().filter(id -> pipeline().node(id).isPresent()).forEach(shown::add);
        designer.selection().set(shown, Set.of());
        if (!shown.isEmpty()) {
            designer.canvas().centerOn(shown.iterator().next());
        }
    }

    @Override
    public void run(ExecutionMode mode, Map<String, String> parameters, double replayFactor) {
        designer.runActions().runLessonStep(mode, parameters, replayFactor);
    }

    @Override
    public void compare(Map<String, String> parameters) {
        designer.runs().setParameters(parameters);
        designer.runActions().compareModes();
    }

    @Override
    public void refuse(String title, String why) {
        ErrorDialog.show(designer.stage(), title, why);
    }
}
