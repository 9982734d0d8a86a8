package io.pipelinestudio.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.Node;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read, each refused with a message that says what is wrong and where. */
class PipelineJsonErrorsTest {
    private static final String GENERATOR = "'kind': 'generator', 'count': 10, 'recordsPerSecond': 0, "
            + "'startTimeMs': 0, 'timeStepMs': 1000, 'disorderMs': 0, 'seed': 1";

    @TempDir
    Path dir;

    @Test
    void malformedJsonNamesLineAndColumn() {
        PipelineFormatException e = readFails("{\n  'formatVersion': 1,\n  'name': unquoted\n}");

        assertThat(e.getMessage()).startsWith("not valid JSON: ").contains("at line 3, column 11");
        assertThat(e.jsonPath()).isNull();
    }

    @Test
    void trailingTextAfterThePipelineIsMalformed() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x'} {}");

        assertThat(e.getMessage()).startsWith("not valid JSON: ").contains("at line 1");
    }

    @Test
    void documentThatIsNotAnObjectIsRefused() {
        PipelineFormatException e = readFails("[{'formatVersion': 1}]");

        assertThat(e.getMessage()).isEqualTo("expected a JSON object describing a pipeline (at $)");
        assertThat(e.jsonPath()).isEqualTo("$");
    }

    @Test
    void emptyDocumentIsRefused() {
        PipelineFormatException e = readFails("   ");

        assertThat(e.getMessage()).startsWith("expected a JSON object describing a pipeline");
    }

    @Test
    void missingFormatVersionAsksWhetherThisIsAPipelineFile() {
        PipelineFormatException e = readFails("{'name': 'x', 'nodes': []}");

        assertThat(e.getMessage()).startsWith("missing 'formatVersion'; is this a Pipeline Studio pipeline file?");
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void formatVersionThatIsNotAWholeNumberShowsTheValue() {
        PipelineFormatException fraction = readFails("{'formatVersion': 1.5, 'name': 'x'}");
        PipelineFormatException text = readFails("{'formatVersion': '1', 'name': 'x'}");

        assertThat(fraction.getMessage()).startsWith("'formatVersion' must be a whole number but is 1.5");
        assertThat(fraction.jsonPath()).isEqualTo("$.formatVersion");
        assertThat(text.getMessage()).startsWith("'formatVersion' must be a whole number but is \"1\"");
    }

    @Test
    void newerFormatVersionNamesBothVersions() {
        int newer = Pipeline.FORMAT_VERSION + 1;

        PipelineFormatException e = readFails("{'formatVersion': " + newer + ", 'name': 'x'}");

        assertThat(e.getMessage())
                .contains("format version " + newer + ", written by a newer Pipeline Studio")
                .contains("reads format versions up to " + Pipeline.FORMAT_VERSION);
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void formatVersionZeroDoesNotExist() {
        PipelineFormatException e = readFails("{'formatVersion': 0, 'name': 'x'}");

        assertThat(e.getMessage()).startsWith("format version 0 does not exist; the first is 1");
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void unknownNodeKindNamesTheKindAndItsPathAndListsKnownKinds() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'a', 'kind': 'console-sink'}, {'id': 'b', 'kind': 'blender'}]}");

        assertThat(e.getMessage()).startsWith("unknown node kind 'blender'; known kinds are ");
        for (Class<? extends Node> kind : Node.kinds()) {
            assertThat(e.getMessage()).contains(Node.kindOf(kind));
        }
        assertThat(e.jsonPath()).isEqualTo("$.nodes[1].kind");
    }

    @Test
    void nodeWithoutKindSaysTheKindIsMissing() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [{'id': 'a'}]}");

        assertThat(e.getMessage()).startsWith("a node has no 'kind'; known kinds are csv-source, ");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].kind");
    }

    @Test
    void unknownPropertyNamesThePropertyAndItsPath() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'a', 'kind': 'console-sink', 'colour': 'red'}]}");

        assertThat(e.getMessage()).isEqualTo("unknown property 'colour' (at $.nodes[0].colour)");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].colour");
    }

    @Test
    void unknownTopLevelPropertyIsRefusedToo() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'author': 'me'}");

        assertThat(e.getMessage()).startsWith("unknown property 'author'");
        assertThat(e.jsonPath()).isEqualTo("$.author");
    }

    @Test
    void valueOfTheWrongTypeNamesTheValueTheExpectedTypeAndItsPath() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'gen', " + GENERATOR + ", 'keys': 'many'}]}");

        assertThat(e.getMessage()).contains("\"many\"").contains("int").doesNotContain("(for ");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].keys");
    }

    @Test
    void omittedNumberOrSwitchTakesItsDefault() throws PipelineFormatException {
        Pipeline pipeline = PipelineJson.read(("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'gen', 'kind': 'generator', 'count': 10, 'keys': 3}]}").replace('\'', '"'));

        GeneratorSourceNode generator = (GeneratorSourceNode) pipeline.nodes().get(0);
        assertThat(generator.timeStepMs()).isZero();
        assertThat(generator.recordsPerSecond()).isZero();
        assertThat(generator.keys()).isEqualTo(3);
    }

    @Test
    void unknownFieldTypeListsTheKnownTypes() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'src', 'kind': 'csv-source', 'path': 'in.csv', 'header': false, "
                + "'fields': [{'name': 'n', 'type': 'int'}]}]}");

        assertThat(e.getMessage()).startsWith(
                "unknown field type 'int'; expected one of string, long, double, boolean, timestamp");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].fields[0].type");
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'r', 'kind': 'reduce', 'aggregations': [{'function': 'median', 'field': 'v'}]}]}");

        assertThat(e.getMessage()).contains("\"median\"").contains("count", "sum", "min", "max", "avg");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].aggregations[0].function");
    }

    @Test
    void nodeWithoutIdIsRefusedAtTheNode() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'ok', 'kind': 'rebalance'}, {'id': ' ', 'kind': 'rebalance'}]}");

        assertThat(e.getMessage()).isEqualTo("a node needs a non-empty id (at $.nodes[1])");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[1]");
    }

    @Test
    void edgeWithoutItsStartIsRefusedAtTheEdge() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'edges': [{'to': 'b'}]}");

        assertThat(e.getMessage()).isEqualTo("an edge needs a 'from' node (at $.edges[0])");
        assertThat(e.jsonPath()).isEqualTo("$.edges[0]");
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = dir.resolve("nowhere.pipeline.json");

        assertThatThrownBy(() -> PipelineJson.read(missing))
                .isInstanceOfSatisfying(PipelineFormatException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("pipeline file " + missing + " does not exist");
                    assertThat(e.jsonPath()).isNull();
                });
    }

    /** Reads JSON written with single quotes, for readability, and returns why it was refused. */
    private static PipelineFormatException readFails(String singleQuotedJson) {
        String json = singleQuotedJson.replace('\'', '"');
        try {
            Pipeline pipeline = PipelineJson.read(json);
            throw new AssertionError("Expected " + json + " to be refused but it was read as " + pipeline);
        } catch (PipelineFormatException e) {
            return e;
        }
    }
}
