package io.pipelinestudio.app.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidationTest extends DesignerTest {
    @BeforeEach
    void givenAValidPipeline() {
        given(new Pipeline(1, "checks", null, List.of(),
                List.of(new GeneratorSourceNode("events", null, 100L, 0, 2, 0, 1000, 0, 1),
                        new FilterNode("big", null, "value > 1"),
                        new ConsoleSinkNode("print", null)),
                List.of(Edge.of("events", "big"), Edge.of("big", "print")),
                Map.of("events", new Position(100, 100), "big", new Position(400, 100), "print", new Position(700, 100))));
        assertThat(problems.shown()).isEmpty();
    }

    @Test
    void editingAPropertyShowsAProblemOnTheNodeAndFixingItClearsIt() {
        canvas.click("big");

        properties.set("condition", "price > 1");

        Fx.waitUntil("a problem on 'big'", () -> problems.lists("big"));
        assertThat(canvas.badgeShown("big")).isTrue();
        assertThat(problems.shown()).allSatisfy(p -> assertThat(p.message()).contains("price"));

        properties.set("condition", "value > 2");

        Fx.waitUntil("the problem to clear", () -> !problems.lists("big"));
        assertThat(canvas.badgeShown("big")).isFalse();
    }

    @Test
    void doubleClickingAProblemSelectsItsNode() {
        canvas.click("big");
        properties.set("condition", "42");
        Fx.waitUntil("a problem on 'big'", () -> problems.lists("big"));
        canvas.clickEmpty(600, 500);
        assertThat(Fx.get(() -> designer.selection().nodes())).isEmpty();

        problems.open("big");

        assertThat(Fx.get(() -> designer.selection().nodes())).containsExactly("big");
    }

    @Test
    void aBadNumberIsRefusedWithAMessageAndTheModelIsUnchanged() {
        Pipeline before = model();
        canvas.click("events");

        properties.set("keys", "many");

        assertThat(model()).isEqualTo(before);
        assertThat(properties.value("keys")).isEqualTo("2");
        assertThat(Fx.get(() -> designer.canvasModel().messageProperty().get())).contains("whole number");
    }
}
