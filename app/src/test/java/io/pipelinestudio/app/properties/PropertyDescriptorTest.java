package io.pipelinestudio.app.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.app.palette.PaletteCatalog;
import io.pipelinestudio.app.palette.PaletteEntry;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyDescriptorTest {
    private static ObjectNode tree(Node node) {
        return PipelineJson.mapper().valueToTree(node);
    }

    private static Node bind(ObjectNode tree) throws Exception {
        return PipelineJson.mapper().treeToValue(tree, Node.class);
    }

    @Test
    void writingBackWhatIsShownGivesTheSameNodeForEveryKind() throws Exception {
        for (PaletteEntry entry : PaletteCatalog.entries()) {
            Node node = entry.create("n1");
            ObjectNode edited = tree(node);
            for (PropertyDescriptor descriptor : PropertyDescriptor.of(node.getClass())) {
                descriptor.write(edited, descriptor.read(tree(node)));
            }
            assertThat(bind(edited)).as("round trip of %s", entry.kind()).isEqualTo(node);
        }
    }

    @Test
    void nestedWindowSettingsAndAggregatesAreEditableAsText() throws Exception {
        Node window = PaletteCatalog.entry("window-aggregate").create("w");
        ObjectNode tree = tree(window);
        List<PropertyDescriptor> descriptors = PropertyDescriptor.of(WindowAggregateNode.class);
        PropertyDescriptor type = descriptors.stream().filter(d -> d.id().equals("property-window-type")).findFirst().orElseThrow();
        PropertyDescriptor aggregations = descriptors.stream().filter(d -> d.id().equals("property-aggregations")).findFirst().orElseThrow();
        assertThat(type.choices).containsExactly("tumbling", "sliding", "session");
        assertThat(type.label).isEqualTo("Window type");

        type.write(tree, "sliding");
        aggregations.write(tree, "count, sum(value) as total, avg(value)");
        WindowAggregateNode edited = (WindowAggregateNode) bind(tree);

        assertThat(edited.window().type()).isEqualTo(WindowType.SLIDING);
        assertThat(edited.aggregations()).containsExactly(new Aggregation(AggregateFunction.COUNT, null, null),
                new Aggregation(AggregateFunction.SUM, "value", "total"), new Aggregation(AggregateFunction.AVG, "value", null));
        assertThat(aggregations.read(tree(edited))).isEqualTo("count, sum(value) as total, avg(value)");
    }

    @Test
    void aWholeNumberSettingRefusesText() {
        Node generator = PaletteCatalog.entry("generator").create("g");
        PropertyDescriptor keys = PropertyDescriptor.of(generator.getClass()).stream()
                .filter(d -> d.id().equals("property-keys")).findFirst().orElseThrow();
        assertThatThrownBy(() -> keys.write(tree(generator), "many"))
                .hasMessageContaining("whole number").hasMessageContaining("many");
    }

    @Test
    void anEmptyOptionalCountMakesAnUnboundedGenerator() throws Exception {
        Node generator = PaletteCatalog.entry("generator").create("g");
        ObjectNode tree = tree(generator);
        PropertyDescriptor.of(generator.getClass()).stream().filter(d -> d.id().equals("property-count"))
                .findFirst().orElseThrow().write(tree, "");
        assertThat(((io.pipelinestudio.model.node.GeneratorSourceNode) bind(tree)).bounded()).isFalse();
    }

    @Test
    void aSettingsHelpComesFromItsKindsDescriptorAndTheCommonOnesFromTheSheet() {
        List<PropertyDescriptor> train = PropertyDescriptor.of(io.pipelinestudio.model.node.TrainNode.class);
        PropertyDescriptor learningRate = train.stream().filter(d -> d.id().equals("property-learningRate"))
                .findFirst().orElseThrow();
        PropertyDescriptor id = train.stream().filter(d -> d.id().equals("property-id")).findFirst().orElseThrow();

        assertThat(learningRate.help).isEqualTo(io.pipelinestudio.model.node.NodeDescriptor
                .of(io.pipelinestudio.model.node.TrainNode.class).helpOf("learningRate").orElseThrow());
        assertThat(id.help).contains("unique id");
    }

    @Test
    void pathAndFieldSettingsGetEditorsThatHelpFillThemIn() {
        assertThat(editorOf(io.pipelinestudio.model.node.CsvSourceNode.class, "property-path"))
                .isEqualTo(PropertyItem.Editor.FILE_TO_READ);
        assertThat(editorOf(io.pipelinestudio.model.node.CsvSinkNode.class, "property-path"))
                .isEqualTo(PropertyItem.Editor.FILE_TO_WRITE);
        assertThat(editorOf(io.pipelinestudio.model.node.FileSinkNode.class, "property-directory"))
                .isEqualTo(PropertyItem.Editor.FOLDER);
        assertThat(editorOf(io.pipelinestudio.model.node.TrainNode.class, "property-modelPath"))
                .isEqualTo(PropertyItem.Editor.FILE_TO_WRITE);
        assertThat(editorOf(io.pipelinestudio.model.node.PredictNode.class, "property-modelPath"))
                .isEqualTo(PropertyItem.Editor.FILE_TO_READ);
        assertThat(editorOf(io.pipelinestudio.model.node.KeyByNode.class, "property-fields"))
                .isEqualTo(PropertyItem.Editor.FIELDS);
        assertThat(editorOf(io.pipelinestudio.model.node.TrainNode.class, "property-features"))
                .isEqualTo(PropertyItem.Editor.FIELDS);
        assertThat(editorOf(io.pipelinestudio.model.node.TrainNode.class, "property-labelField"))
                .isEqualTo(PropertyItem.Editor.FIELD);
        assertThat(editorOf(io.pipelinestudio.model.node.ChartSinkNode.class, "property-xField"))
                .isEqualTo(PropertyItem.Editor.FIELD);
        assertThat(editorOf(io.pipelinestudio.model.node.FilterNode.class, "property-condition"))
                .isEqualTo(PropertyItem.Editor.TEXT);
    }

    private static PropertyItem.Editor editorOf(Class<? extends Node> kind, String id) {
        return PropertyDescriptor.of(kind).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().editor();
    }
}
