package io.pipelinestudio.model.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeDescriptorTest {
    private static final List<NodeDescriptor> ALL = NodeDescriptor.all();

    @Test
    void everyKindHasADescriptorWithAUniqueNameAndOrder() {
        assertThat(ALL).extracting(NodeDescriptor::type).containsExactlyElementsOf(Node.kinds());
        assertThat(ALL).extracting(NodeDescriptor::name).doesNotHaveDuplicates();
        assertThat(ALL).extracting(NodeDescriptor::order).doesNotHaveDuplicates().isSorted();
        for (NodeDescriptor kind : ALL) {
            assertThat(List.of(kind.name(), kind.label(), kind.icon(), kind.description()))
                    .as("the texts of %s", kind.name()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(kind.name()).as("a JSON type name").matches("[a-z]+(-[a-z]+)*");
        }
    }

    @Test
    void aNodeAnswersItsKindAndFamilyFromItsDescriptor() {
        Node window = new WindowAggregateNode("w", null, WindowSpec.tumbling(1), null, 0, null, null, null);

        assertThat(window.kind()).isEqualTo("window-aggregate");
        assertThat(window.family()).isEqualTo(NodeFamily.AGGREGATE);
        assertThat(window.descriptor().label()).isEqualTo("Window");
        assertThat(new ConsoleSinkNode("print", null).family()).isEqualTo(NodeFamily.SINK);
        assertThat(NodeDescriptor.named("csv-sink")).map(NodeDescriptor::type).contains(CsvSinkNode.class);
        assertThat(NodeDescriptor.named("blender")).isEmpty();
    }

    @Test
    void sinksAndOnlySinksAreInTheSinkFamily() {
        for (NodeDescriptor kind : ALL) {
            assertThat(kind.family() == NodeFamily.SINK).as("%s is a sink", kind.name())
                    .isEqualTo(SinkNode.class.isAssignableFrom(kind.type()));
        }
    }

    @Test
    void settingHelpNamesARealSettingOfItsKind() {
        for (NodeDescriptor kind : ALL) {
            List<String> components = Arrays.stream(kind.type().getRecordComponents()).map(c -> c.getName()).toList();
            assertThat(components).as("settings of %s", kind.name()).containsAll(kind.settingHelp().keySet());
        }
        NodeDescriptor train = NodeDescriptor.of(TrainNode.class);
        assertThat(train.helpOf("learningRate")).get().asString().contains("step size");
        assertThat(train.helpOf("id")).isEmpty();
        assertThat(train.help()).startsWith("Gradient descent").contains("Not in parallel");
        assertThat(NodeDescriptor.of(FilterNode.class).help()).isEmpty();
    }

    @Test
    void aKindsLongHelpIsPlainTextWithoutTheSourceIndentation() {
        assertThat(NodeDescriptor.of(PredictNode.class).help()).startsWith("Prediction\nAdds the model's");
    }

}
