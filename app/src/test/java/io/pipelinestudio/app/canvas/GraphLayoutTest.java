package io.pipelinestudio.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {
    @Test
    void eachNodeSitsOneLayerRightOfItsFurthestInputAndCardsDoNotOverlap() {
        Pipeline pipeline = Pipeline.of("layout",
                List.of(new ConsoleSinkNode("print", null), new FilterNode("f2", null, "true"),
                        new FilterNode("f1", null, "true"), new GeneratorSourceNode("g", null, 1L, 0, 1, 0, 1, 0, 1),
                        new FilterNode("side", null, "true")),
                List.of(Edge.of("g", "f1"), Edge.of("f1", "f2"), Edge.of("f2", "print"), Edge.of("g", "side")));

        Map<String, Position> layout = GraphLayout.layout(pipeline);

        assertThat(layout).containsOnlyKeys("print", "f2", "f1", "g", "side");
        assertThat(layout.get("g").x()).isLessThan(layout.get("f1").x());
        assertThat(layout.get("f1").x()).isEqualTo(layout.get("side").x());
        assertThat(layout.get("f1").x()).isLessThan(layout.get("f2").x());
        assertThat(layout.get("f2").x()).isLessThan(layout.get("print").x());
        assertThat(Math.abs(layout.get("f1").y() - layout.get("side").y())).isGreaterThanOrEqualTo(NodeView.MIN_HEIGHT);
    }
}
