package io.pipelinestudio.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoRedoTest extends DesignerTest {
    @Test
    void undoAndRedoStepThroughAddConnectMovePropertyChangeAndDelete() {
        List<Pipeline> states = new ArrayList<>();
        states.add(model());
        String source = palette.drop("generator", 200, 200);
        states.add(model());
        String sink = palette.drop("console-sink", 650, 200);
        states.add(model());
        canvas.connect(source, sink);
        Fx.waitUntil("the edge", () -> designer.document().pipeline().edges().size() == 1);
        states.add(model());
        canvas.drag(source, 0, 120);
        Fx.waitUntil("the move", () -> !designer.document().pipeline().layout().equals(states.get(3).layout()));
        states.add(model());
        canvas.click(source);
        properties.set("label", "Clicks");
        Fx.waitUntil("the new name", () -> "Clicks".equals(designer.document().pipeline().node(source).get().label()));
        states.add(model());
        canvas.click(source).delete();
        Fx.waitUntil("the deletion", () -> designer.document().pipeline().nodes().size() == 1);
        states.add(model());

        for (int i = states.size() - 2; i >= 0; i--) {
            canvas.undo();
            assertThat(model()).as("after undoing back to state %d", i).isEqualTo(states.get(i));
        }
        for (int i = 1; i < states.size(); i++) {
            canvas.redo();
            assertThat(model()).as("after redoing to state %d", i).isEqualTo(states.get(i));
        }
    }

    @Test
    void undoRestoresADeletedEdgeAndTheMenuNamesTheEdit() {
        String source = palette.drop("generator", 200, 200);
        String sink = palette.drop("console-sink", 650, 200);
        canvas.connect(source, sink);
        Fx.waitUntil("the edge", () -> designer.document().pipeline().edges().size() == 1);
        canvas.clickEdge(source + "->" + sink);
        canvas.delete();
        Fx.waitUntil("the edge to go", () -> designer.document().pipeline().edges().isEmpty());

        robot.clickOn("Edit");
        robot.clickOn("Undo Delete 1 connection");

        Fx.waitUntil("the edge to return", () -> designer.document().pipeline().edges().size() == 1);
        assertThat(canvas.hasEdge(source + "->" + sink)).isTrue();
    }
}
