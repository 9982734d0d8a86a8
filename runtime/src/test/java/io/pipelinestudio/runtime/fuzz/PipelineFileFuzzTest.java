package io.pipelinestudio.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.cli.CliProbe;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Pipeline files a hostile tester would write, made by mutating the shipped examples and a pipeline with a
 * node of every kind: a setting replaced by a value of another type, null, an extreme number, unicode and
 * control characters, huge text, deep nesting or a broken placeholder; a key removed; a node deleted, duplicated or given another's id; an edge to
 * nowhere. For every one, {@code validate} exits 0 or 2, and a pipeline it accepts exports its plan (which
 * compiles the job) with 0, 1 or 2; no output ever holds a stack trace or a Java exception's name, and every
 * problem is a {@code target: message} line.
 */
class PipelineFileFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXAMPLES = List.of("window-count.json", "kafka-window-count.json",
            "linear-regression.json", "logistic-regression.json", "kafka-feed.json");
    private static final List<JsonNode> HOSTILE = hostileValues();
    private static Path dir;
    /** The shipped examples, and one pipeline holding a node of every kind (training included). */
    private static List<String> bases;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("file-fuzz");
        bases = new ArrayList<>();
        for (String example : EXAMPLES) {
            bases.add(Files.readString(TestFiles.repositoryRoot().resolve("assets/examples/" + example)));
        }
        bases.add(PipelineJson.write(new EveryKindPipeline(dir, "fuzz", true).pipeline));
    }

    @Property(tries = 500)
    void everyMutatedFileIsValidOrRefusedInWords(@ForAll("mutations") long seed) throws Exception {
        Random random = new Random(seed);
        int base = random.nextInt(bases.size());
        String example = base < EXAMPLES.size() ? EXAMPLES.get(base) : "every kind";
        ObjectNode pipeline = (ObjectNode) JSON.readTree(bases.get(base));
        int mutations = 1 + random.nextInt(3);
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < mutations; i++) {
            applied.add(mutate(pipeline, random));
        }
        Path file = dir.resolve("fuzz-" + seed + ".json");
        Files.writeString(file, JSON.writeValueAsString(pipeline));
        String what = example + " with " + applied;

        CliProbe.Result validated = CliProbe.run("validate", file.toString());
        assertThat(validated.exitCode()).as(what + ": " + validated).isIn(0, 2);
        assertReadable(validated, what);
        Statistics.collect(validated.exitCode() == 0 ? "valid" : "refused");
        if (validated.exitCode() == 0) {
            CliProbe.Result exported = CliProbe.run("export", file.toString(), "--format", "plan", "--out",
                    dir.resolve("plan-" + seed + ".json").toString());
            assertThat(exported.exitCode()).as(what + ": " + exported).isIn(0, 1, 2);
            assertReadable(exported, what);
        }
    }

    private static void assertReadable(CliProbe.Result result, String what) {
        assertThat(result.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("java.lang").doesNotContain("java.util");
        for (String line : result.err().lines().toList()) {
            assertThat(line).as(what).matches("(?s)(error: .+|[^:]+: .+|\\s+.*)");
        }
    }

    @Provide
    Arbitrary<Long> mutations() {
        return Arbitraries.longs();
    }

    /** Applies one mutation; returns what it did, for the failure message. */
    private static String mutate(ObjectNode pipeline, Random random) {
        // an earlier mutation may have replaced either list by something else
        ArrayNode nodes = pipeline.get("nodes") instanceof ArrayNode list ? list : null;
        ArrayNode edges = pipeline.get("edges") instanceof ArrayNode list ? list : null;
        switch (random.nextInt(6)) {
            case 0, 1, 2 -> {
                List<JsonNode> containers = new ArrayList<>();
                collectContainers(pipeline, containers, 0);
                JsonNode container = containers.get(random.nextInt(containers.size()));
                // a copy: the same deep value set inside itself by a later mutation would nest without end
                JsonNode value = HOSTILE.get(random.nextInt(HOSTILE.size())).deepCopy();
                if (container instanceof ObjectNode object && object.size() > 0) {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    String name = names.get(random.nextInt(names.size()));
                    if (random.nextInt(5) == 0) {
                        object.remove(name);
                        return "'" + name + "' removed";
                    }
                    object.set(name, value);
                    return "'" + name + "' = " + brief(value);
                } else if (container instanceof ArrayNode array && array.size() > 0) {
                    int index = random.nextInt(array.size());
                    array.set(index, value);
                    return "[" + index + "] = " + brief(value);
                }
                return "nothing";
            }
            case 3 -> {
                if (nodes != null && nodes.size() > 0) {
                    nodes.remove(random.nextInt(nodes.size()));
                    return "a node deleted";
                }
                return "nothing";
            }
            case 4 -> {
                if (nodes != null && nodes.size() > 1) {
                    JsonNode copy = nodes.get(random.nextInt(nodes.size())).deepCopy();
                    nodes.add(copy);
                    return "a node duplicated with its id";
                }
                return "nothing";
            }
            default -> {
                if (edges != null) {
                    edges.addObject().put("from", "nowhere").put("to", random.nextBoolean() ? "nobody" : "counts");
                    return "an edge to nowhere";
                }
                return "nothing";
            }
        }
    }

    /** The objects and lists of the document, down to a depth that leaves a deep value room to be deep. */
    private static void collectContainers(JsonNode node, List<JsonNode> containers, int depth) {
        if (node.isContainerNode() && depth < 12) {
            containers.add(node);
            node.forEach(child -> collectContainers(child, containers, depth + 1));
        }
    }

    private static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static List<JsonNode> hostileValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> values = new ArrayList<>(List.of(f.nullNode(), f.booleanNode(true), f.numberNode(-1),
                f.numberNode(0), f.numberNode(Long.MIN_VALUE), f.numberNode(Long.MAX_VALUE), f.numberNode(1.5),
                f.numberNode(1e308), f.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                f.textNode(""), f.textNode(" "), f.textNode("NaN"), f.textNode("x".repeat(20_000)),
                f.textNode("\u0000\u0001\u001b[31m\u2028\u202e\uFEFF😀ключ"), f.textNode("${"), f.textNode("${a b}"),
                f.textNode("${undeclared}"), f.textNode("$${literal}"), f.textNode("*/ \\u000a \" '"),
                f.arrayNode(), f.arrayNode().add(f.nullNode()), f.objectNode(),
                f.objectNode().put("kind", "teleport")));
        ArrayNode deep = f.arrayNode();
        ArrayNode inner = deep;
        for (int i = 0; i < 300; i++) {
            inner = inner.addArray();
        }
        values.add(deep);
        return values;
    }
}
