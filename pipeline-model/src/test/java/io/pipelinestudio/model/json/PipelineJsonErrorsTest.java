package io.pipelinestudio.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        assertThat(e.problem()).startsWith("not valid JSON: ").contains("at line 3, column 11");
        assertThat(e.jsonPath()).isNull();
    }

    @Test
    void trailingTextAfterThePipelineIsMalformed() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x'} {}");

        assertThat(e.problem()).startsWith("not valid JSON: ").contains("at line 1");
    }

    @Test
    void documentThatIsNotAnObjectIsRefused() {
        PipelineFormatException e = readFails("[{'formatVersion': 1}]");

        assertThat(e.getMessage()).isEqualTo("pipeline: expected a JSON object describing a pipeline (at $)");
        assertThat(e.jsonPath()).isEqualTo("$");
    }

    @Test
    void emptyDocumentIsRefused() {
        PipelineFormatException e = readFails("   ");

        assertThat(e.problem()).startsWith("expected a JSON object describing a pipeline");
    }

    @Test
    void missingFormatVersionAsksWhetherThisIsAPipelineFile() {
        PipelineFormatException e = readFails("{'name': 'x', 'nodes': []}");

        assertThat(e.problem()).startsWith("missing 'formatVersion'; is this a Pipeline Studio pipeline file?");
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void formatVersionThatIsNotAWholeNumberShowsTheValue() {
        PipelineFormatException fraction = readFails("{'formatVersion': 1.5, 'name': 'x'}");
        PipelineFormatException text = readFails("{'formatVersion': '1', 'name': 'x'}");

        assertThat(fraction.problem()).startsWith("'formatVersion' must be a whole number but is 1.5");
        assertThat(fraction.jsonPath()).isEqualTo("$.formatVersion");
        assertThat(text.problem()).startsWith("'formatVersion' must be a whole number but is \"1\"");
    }

    @Test
    void newerFormatVersionNamesBothVersions() {
        int newer = Pipeline.FORMAT_VERSION + 1;

        PipelineFormatException e = readFails("{'formatVersion': " + newer + ", 'name': 'x'}");

        assertThat(e.problem())
                .contains("format version " + newer + ", written by a newer Pipeline Studio")
                .contains("reads format versions up to " + Pipeline.FORMAT_VERSION);
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void formatVersionZeroDoesNotExist() {
        PipelineFormatException e = readFails("{'formatVersion': 0, 'name': 'x'}");

        assertThat(e.problem()).startsWith("format version 0 does not exist; the first is 1");
        assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    }

    @Test
    void unknownNodeKindNamesTheKindAndItsPathAndListsKnownKinds() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'a', 'kind': 'console-sink'}, {'id': 'b', 'kind': 'blender'}]}");

        assertThat(e.problem()).startsWith("unknown node kind 'blender'; known kinds are ");
        for (Class<? extends Node> kind : Node.kinds()) {
            assertThat(e.getMessage()).contains(Node.kindOf(kind));
        }
        assertThat(e.jsonPath()).isEqualTo("$.nodes[1].kind");
    }

    @Test
    void nodeWithoutKindSaysTheKindIsMissing() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [{'id': 'a'}]}");

        assertThat(e.problem()).startsWith("a node has no 'kind'; known kinds are csv-source, ");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].kind");
    }

    @Test
    void unknownPropertyNamesThePropertyAndItsPath() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'a', 'kind': 'console-sink', 'colour': 'red'}]}");

        assertThat(e.getMessage()).isEqualTo("a: unknown property 'colour' (at $.nodes[0].colour)");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].colour");
    }

    @Test
    void unknownTopLevelPropertyIsRefusedToo() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'author': 'me'}");

        assertThat(e.problem()).startsWith("unknown property 'author'");
        assertThat(e.jsonPath()).isEqualTo("$.author");
    }

    @Test
    void valueOfTheWrongTypeNamesTheValueTheExpectedTypeAndItsPath() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'gen', " + GENERATOR + ", 'keys': 'many'}]}");

        assertThat(e.getMessage()).isEqualTo("gen: keys: expected a whole number but found 'many' (at $.nodes[0].keys)");
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

        assertThat(e.problem()).startsWith(
                "unknown field type 'int'; expected one of string, long, double, boolean, timestamp");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].fields[0].type");
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'r', 'kind': 'reduce', 'aggregations': [{'function': 'median', 'field': 'v'}]}]}");

        assertThat(e.getMessage()).contains("'median'").contains("count", "sum", "min", "max", "avg");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[0].aggregations[0].function");
    }

    @Test
    void nodeWithoutIdIsRefusedAtTheNode() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'ok', 'kind': 'rebalance'}, {'id': ' ', 'kind': 'rebalance'}]}");

        assertThat(e.getMessage()).isEqualTo("pipeline: a node needs a non-empty id (at $.nodes[1])");
        assertThat(e.jsonPath()).isEqualTo("$.nodes[1]");
    }

    @Test
    void edgeWithoutItsStartIsRefusedAtTheEdge() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'edges': [{'to': 'b'}]}");

        assertThat(e.getMessage()).isEqualTo("pipeline: an edge needs a 'from' node (at $.edges[0])");
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
    @Test
    void nullInsideAListSettingIsRefusedOnItsNodeNamingTheEntry() {
        for (String list : List.of("{'id': 'k', 'kind': 'key-by', 'fields': ['key', null]}",
                "{'id': 'k', 'kind': 'reduce', 'aggregations': [null]}",
                "{'id': 'k', 'kind': 'project', 'fields': [null]}")) {
            PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [" + list + "]}");

            assertThat(e.target()).isEqualTo("k");
            assertThat(e.problem()).endsWith(": expected a value but found null").doesNotContain("java");
        }
    }

    @Test
    void aFractionForAWholeNumberSettingIsRefusedNotRoundedDown() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [{'id': 'w', "
                + "'kind': 'window-aggregate', 'window': {'type': 'tumbling', 'sizeMs': 1.5}, 'time': 'event', "
                + "'aggregations': [{'function': 'count', 'as': 'n'}]}]}");

        assertThat(e.getMessage()).isEqualTo("w: window.sizeMs: expected a whole number but found 1.5"
                + " (at $.nodes[0].window.sizeMs)");
    }

    @Test
    void aWrongTypeNeverNamesAJavaClass() {
        PipelineFormatException list = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': ["
                + "{'id': 'src', 'kind': 'csv-source', 'path': 'in.csv', 'fields': 'key'}]}");
        PipelineFormatException object = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [], 'job': 5}");

        assertThat(list.getMessage()).isEqualTo("src: fields: expected a list but found 'key' (at $.nodes[0].fields)");
        assertThat(object.getMessage()).startsWith("pipeline: job: expected an object but found 5");
        assertThat(List.of(list.getMessage(), object.getMessage())).noneMatch(m -> m.contains("java"));
    }

    @Test
    void aProblemOnAnEdgeNamesTheEdge() {
        PipelineFormatException e = readFails("{'formatVersion': 1, 'name': 'x', 'edges': [{'from': 'a', 'to': 'b', "
                + "'weight': 2}]}");

        assertThat(e.getMessage()).isEqualTo("a->b: unknown property 'weight' (at $.edges[0].weight)");
    }

    @Test
    void aHugeValueIsQuotedShort() {
        String huge = "x".repeat(1_000_000);
        PipelineFormatException kind = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [{'id': 'g', 'kind': '"
                + huge + "'}]}");
        PipelineFormatException property = readFails("{'formatVersion': 1, 'name': 'x', 'nodes': [{'id': 'k', "
                + "'kind': 'rebalance', '" + "y".repeat(40_000) + "': 1}]}");

        assertThat(kind.getMessage()).hasSizeLessThan(1_000).contains("999800 more characters");
        assertThat(property.getMessage()).hasSizeLessThan(1_000).startsWith("k: unknown property 'yyy")
                .contains("39800 more characters");
    }

    @Test
    void aByteOrderMarkBeforeTheDocumentIsNoPartOfIt() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"formatVersion\": 1, \"name\": \"x\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(PipelineJson.read(file).name()).isEqualTo("x");
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

        assertThatThrownBy(() -> PipelineJson.read(file)).isInstanceOf(PipelineFormatException.class)
                .hasMessage("pipeline file " + file + " is not UTF-8 text");
    }

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
