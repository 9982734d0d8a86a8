package io.pipelinestudio.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.node.DeliveryGuarantee;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import org.junit.jupiter.api.Test;

class KafkaPaletteTest extends DesignerTest {
    @Test
    void droppedKafkaNodesAreValidAndTheirCardsSummariseThem() {
        String source = palette.drop("kafka-source", 200, 200);
        Fx.waitUntil("the source to be validated", () -> !designer.validation().isBusy());
        assertThat(problems.lists(source)).as("problems pinned on a lone Kafka source").isFalse();

        String sink = palette.drop("kafka-sink", 650, 200);
        canvas.connect(source, sink);
        Fx.waitUntil("the edge", () -> designer.document().pipeline().edges().size() == 1);
        Fx.waitUntil("the pipeline to be validated", () -> !designer.validation().isBusy());

        assertThat(model().node(source)).get().isInstanceOf(KafkaSourceNode.class);
        assertThat(model().node(sink)).get().isInstanceOfSatisfying(KafkaSinkNode.class,
                node -> assertThat(node.delivery()).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE));
        assertThat(Fx.get(() -> designer.validation().report().problems())).isEmpty();
        assertThat(problems.shown()).isEmpty();
        assertThat(canvas.summary(source)).isEqualTo("events \u00b7 csv \u00b7 2 fields");
        assertThat(canvas.summary(sink)).isEqualTo("output \u00b7 at-least-once");
    }

    @Test
    void aBoundedKafkaSourceSaysSoOnItsCard() {
        String source = palette.drop("kafka-source", 300, 250);
        canvas.click(source);

        properties.set("bounded", "true");

        Fx.waitUntil("the source to stop at the latest offsets",
                () -> ((KafkaSourceNode) designer.document().pipeline().node(source).orElseThrow()).stops());
        assertThat(canvas.summary(source)).isEqualTo("events \u00b7 csv \u00b7 2 fields \u00b7 bounded");
    }
}
