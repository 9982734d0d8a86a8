package io.pipelinestudio.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.PredictNode;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

class CanvasEditingTest extends DesignerTest {
    @Test
    void droppingAKindFromThePaletteAddsANodeWherePointerIs() {
        String id = palette.drop("generator", 400, 300);

        assertThat(model().node(id)).get().isInstanceOf(GeneratorSourceNode.class);
        assertThat(canvas.hasCard(id)).isTrue();
        Point2D world = Fx.get(() -> designer.canvas().getChildrenUnmodifiable().get(1).parentToLocal(400, 300));
        Position at = model().layout().get(id);
        // the card is centred on the pointer, snapped to the 20 px grid
        assertThat(at.x() + NodeView.WIDTH / 2).isCloseTo(world.getX(), org.assertj.core.data.Offset.offset(20.0));
        assertThat(at.y() + 20).isCloseTo(world.getY(), org.assertj.core.data.Offset.offset(20.0));
    }

    @Test
    void draggingFromAnOutputToAnInputConnectsThem() {
        String source = palette.drop("generator", 200, 200);
        String sink = palette.drop("console-sink", 650, 260);

        canvas.connect(source, sink);

        Fx.waitUntil("the edge to appear", () -> !designer.document().pipeline().edges().isEmpty());
        assertThat(model().edges()).containsExactly(Edge.of(source, sink));
        assertThat(canvas.hasEdge(source + "->" + sink)).isTrue();
        assertThat(model().node(sink)).get().isInstanceOf(ConsoleSinkNode.class);
    }

    @Test
    void aWindowRefusesAnUnkeyedStreamAndSaysWhy() {
        String source = palette.drop("generator", 200, 200);
        String window = palette.drop("window-aggregate", 650, 200);
        Fx.waitUntil("the new nodes to be validated", () -> !designer.validation().isBusy());

        canvas.connect(source, window);

        assertThat(model().edges()).isEmpty();
        assertThat(Fx.get(() -> designer.canvasModel().messageProperty().get()))
                .startsWith("Cannot connect").contains("key-by");
    }

    @Test
    void aPredictNodesModelPortRefusesRecordsWithTheReasonBesideTheCursor() {
        String source = palette.drop("generator", 200, 200);
        String predict = palette.drop("predict", 650, 200);
        Fx.waitUntil("the new nodes to be validated", () -> !designer.validation().isBusy());

        Point2D cursor = canvas.dragConnectionOver(source, "out", predict, PredictNode.MODEL);
        Label hint = robot.lookup("#connection-hint").queryAs(Label.class);

        assertThat(Fx.get(hint::isVisible)).isTrue();
        assertThat(Fx.get(hint::getText)).startsWith("Cannot connect: the model port takes a train node's output");
        Bounds shown = Fx.get(() -> hint.localToScreen(hint.getBoundsInLocal()));
        assertThat(shown.getMinX()).as("beside the cursor").isBetween(cursor.getX(), cursor.getX() + 40);
        assertThat(shown.getMinY()).as("beside the cursor").isBetween(cursor.getY(), cursor.getY() + 40);
        robot.drop();
        assertThat(model().edges()).isEmpty();
        assertThat(Fx.get(hint::isVisible)).isFalse();
    }

    @Test
    void anInputThatIsAlreadyConnectedRefusesASecondEdge() {
        String first = palette.drop("generator", 200, 150);
        String second = palette.drop("generator", 200, 400);
        String sink = palette.drop("console-sink", 650, 250);
        canvas.connect(first, sink);
        Fx.waitUntil("the first edge", () -> designer.document().pipeline().edges().size() == 1);

        canvas.connect(second, sink);

        assertThat(model().edges()).containsExactly(Edge.of(first, sink));
        assertThat(Fx.get(() -> designer.canvasModel().messageProperty().get())).contains("already connected");
    }

    @Test
    void rubberBandSelectsTheCardsInsideAndDeleteRemovesThemWithTheirEdges() {
        String source = palette.drop("generator", 200, 200);
        String sink = palette.drop("console-sink", 650, 200);
        String far = palette.drop("filter", 420, 520);
        canvas.connect(source, sink);
        Fx.waitUntil("the edge", () -> designer.document().pipeline().edges().size() == 1);

        canvas.rubberBand(40, 120, 900, 330);

        assertThat(Fx.get(() -> designer.selection().nodes())).containsExactlyInAnyOrder(source, sink);
        canvas.delete();
        Fx.waitUntil("the selection to be deleted", () -> designer.document().pipeline().nodes().size() == 1);
        assertThat(model().node(far)).isPresent();
        assertThat(model().edges()).isEmpty();
        assertThat(canvas.hasCard(source)).isFalse();
    }

    @Test
    void draggingACardMovesItAsOneUndoableStep() {
        String source = palette.drop("generator", 300, 200);
        Position before = model().layout().get(source);
        int history = Fx.get(() -> designer.document().commands().size());

        canvas.drag(source, 160, 100);

        Position after = model().layout().get(source);
        assertThat(after.x() - before.x()).isCloseTo(160, org.assertj.core.data.Offset.offset(20.0));
        assertThat(after.y() - before.y()).isCloseTo(100, org.assertj.core.data.Offset.offset(20.0));
        assertThat(after.x() % CanvasView.GRID).isZero();
        assertThat(Fx.get(() -> designer.document().commands().size())).isEqualTo(history + 1);
        canvas.undo();
        assertThat(model().layout().get(source)).isEqualTo(before);
    }

    @Test
    void duplicateAndCopyPasteAddFreshNodesWithTheirInnerEdges() {
        String source = palette.drop("generator", 200, 200);
        String sink = palette.drop("console-sink", 650, 200);
        canvas.connect(source, sink);
        Fx.waitUntil("the edge", () -> designer.document().pipeline().edges().size() == 1);
        canvas.click(source).shiftClick(sink);

        canvas.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.D);
        Fx.waitUntil("the duplicate", () -> designer.document().pipeline().nodes().size() == 4);
        assertThat(model().edges()).hasSize(2);

        canvas.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C);
        canvas.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V);
        Fx.waitUntil("the pasted copy", () -> designer.document().pipeline().nodes().size() == 6);
        assertThat(model().edges()).hasSize(3);
        assertThat(model().nodes()).extracting(io.pipelinestudio.model.node.Node::id).doesNotHaveDuplicates();
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndFitShowsEveryCard() {
        palette.drop("generator", 200, 200);
        palette.drop("console-sink", 800, 450);

        Fx.run(() -> designer.canvas().zoomAt(300, 300, 2));
        assertThat(Fx.get(() -> designer.canvas().zoomProperty().get())).isEqualTo(2.0);
        Fx.run(() -> designer.canvas().zoomToFit());

        for (var node : model().nodes()) {
            NodeView card = canvas.card(node.id());
            boolean visible = Fx.get(() -> designer.canvas().getLayoutBounds()
                    .contains(designer.canvas().sceneToLocal(card.localToScene(card.getBoundsInLocal()))));
            assertThat(visible).as("card %s is visible after zoom to fit", node.id()).isTrue();
        }
    }
}
