package io.pipelinestudio.model.validate;

import static io.pipelinestudio.model.PipelineFixtures.aggregate;
import static io.pipelinestudio.model.PipelineFixtures.bool;
import static io.pipelinestudio.model.PipelineFixtures.chain;
import static io.pipelinestudio.model.PipelineFixtures.computed;
import static io.pipelinestudio.model.PipelineFixtures.console;
import static io.pipelinestudio.model.PipelineFixtures.count;
import static io.pipelinestudio.model.PipelineFixtures.csvSource;
import static io.pipelinestudio.model.PipelineFixtures.eventTime;
import static io.pipelinestudio.model.PipelineFixtures.filter;
import static io.pipelinestudio.model.PipelineFixtures.float64;
import static io.pipelinestudio.model.PipelineFixtures.generator;
import static io.pipelinestudio.model.PipelineFixtures.int64;
import static io.pipelinestudio.model.PipelineFixtures.keep;
import static io.pipelinestudio.model.PipelineFixtures.keyBy;
import static io.pipelinestudio.model.PipelineFixtures.map;
import static io.pipelinestudio.model.PipelineFixtures.pipeline;
import static io.pipelinestudio.model.PipelineFixtures.project;
import static io.pipelinestudio.model.PipelineFixtures.reduce;
import static io.pipelinestudio.model.PipelineFixtures.rename;
import static io.pipelinestudio.model.PipelineFixtures.string;
import static io.pipelinestudio.model.PipelineFixtures.timestamp;
import static io.pipelinestudio.model.PipelineFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stream each node kind infers on its outputs, read from the validator's report. */
class SchemaInferenceTest {
    private static final CsvSourceNode SALES = csvSource("src", string("key"), int64("qty"), float64("price"),
            string("line"), timestamp("at"));

    @Test
    void csvSourceDeclaresItsFieldsAsABoundedUnkeyedStream() {
        StreamInfo out = outputOf(SALES);

        assertThat(out.schema()).isEqualTo(SALES.schema());
        assertThat(out.bounded()).isTrue();
        assertThat(out.keyed()).isFalse();
        assertThat(out.eventTime()).isFalse();
    }

    @Test
    void generatorGivesTheDemoRecordsAndIsBoundedOnlyWithACount() {
        StreamInfo bounded = inferred(chain(generator("gen", 10L), console("print")), "gen", Node.OUT);
        StreamInfo endless = inferred(chain(generator("gen", null), console("print")), "gen", Node.OUT);

        assertThat(bounded.schema()).isEqualTo(Schema.of(int64("id"), string("key"), timestamp("timestamp"),
                float64("value")));
        assertThat(bounded.bounded()).isTrue();
        assertThat(endless.schema()).isEqualTo(GeneratorSourceNode.SCHEMA);
        assertThat(endless.bounded()).isFalse();
    }

    @Test
    void keyByKeepsTheSchemaAndKeysTheStreamInFieldOrder() {
        StreamInfo out = outputOf(SALES, keyBy("node", "line", "key"));

        assertThat(out.schema()).isEqualTo(SALES.schema());
        assertThat(out.keyFields()).containsExactly("line", "key");
    }

    @Test
    void rebalanceKeepsTheSchemaButNotTheKey() {
        StreamInfo out = outputOf(SALES, keyBy("byKey", "key"), new RebalanceNode("node", null));

        assertThat(out.schema()).isEqualTo(SALES.schema());
        assertThat(out.keyed()).isFalse();
    }

    @Test
    void eventTimeKeepsTheSchemaAndAssignsEventTime() {
        StreamInfo out = outputOf(SALES, eventTime("node", "at"));

        assertThat(out.schema()).isEqualTo(SALES.schema());
        assertThat(out.eventTime()).isTrue();
    }

    @Test
    void eventTimeStaysThroughLaterNodes() {
        StreamInfo out = outputOf(SALES, eventTime("time", "qty"), filter("big", "qty > 10"),
                map("node", computed("total", "double(qty) * price")));

        assertThat(out.eventTime()).isTrue();
    }

    @Test
    void parseReplacesItsTextFieldWithTheParsedFields() {
        StreamInfo out = outputOf(csvSource("src", int64("id"), string("line")),
                new ParseNode("node", null, "line", ";", List.of(string("user"), float64("amount"), bool("vip"))));

        assertThat(out.schema()).isEqualTo(Schema.of(int64("id"), string("user"), float64("amount"), bool("vip")));
    }

    @Test
    void projectKeepsTheListedFieldsInTheirOrderAndRenames() {
        StreamInfo out = outputOf(SALES, project("node", rename("price", "unit_price"), keep("key")));

        assertThat(out.schema()).isEqualTo(Schema.of(float64("unit_price"), string("key")));
    }

    @Test
    void filterKeepsTheSchema() {
        StreamInfo out = outputOf(SALES, filter("node", "qty > 2 && line.contains(\"x\")"));

        assertThat(out.schema()).isEqualTo(SALES.schema());
    }

    @Test
    void mapReplacesOrAppendsFieldsWithTheTypeOfTheirExpression() {
        StreamInfo out = outputOf(csvSource("src", int64("id"), string("key"), float64("value")),
                map("node",
                        computed("value", "value * 2.0"),
                        computed("key", "key + \"x\""),
                        computed("next", "id + 1"),
                        computed("big", "value > 10.0"),
                        computed("id", "double(id) / 2.0")));

        assertThat(out.schema()).isEqualTo(Schema.of(float64("id"), string("key"), float64("value"), int64("next"),
                bool("big")));
    }

    @Test
    void mapExpressionsSeeTheInputRecordNotEachOthersResults() {
        Pipeline pipeline = chain(csvSource("src", int64("id")),
                map("node", computed("a", "id + 1"), computed("b", "a + 1")), console("print"));

        ValidationReport report = PipelineValidator.validate(pipeline);

        assertThat(report.errors()).extracting(Problem::target, Problem::kind)
                .containsExactly(tuple("node", ProblemKind.BAD_EXPRESSION));
        assertThat(report.stream("node", Node.OUT).orElseThrow().schema())
                .isEqualTo(Schema.of(int64("id"), int64("a")));
    }

    @Test
    void flatMapPutsThePartInPlaceOfTheText() {
        Schema input = Schema.of(int64("id"), string("line"), float64("score"));

        StreamInfo renamed = outputOf(csvSource("src", input.fields().toArray(Field[]::new)),
                new FlatMapNode("node", null, "line", " ", "word", true));
        StreamInfo kept = outputOf(csvSource("src", input.fields().toArray(Field[]::new)),
                new FlatMapNode("node", null, "line", ",", null, false));

        assertThat(renamed.schema()).isEqualTo(Schema.of(int64("id"), string("word"), float64("score")));
        assertThat(kept.schema()).isEqualTo(input);
    }

    @Test
    void reduceOutputsTheKeyFieldsThenTheAggregates() {
        StreamInfo out = outputOf(SALES, keyBy("byKey", "line", "key"),
                reduce("node", count(null), aggregate(AggregateFunction.SUM, "qty"),
                        new Aggregation(AggregateFunction.MAX, "price", "top_price")));

        assertThat(out.schema()).isEqualTo(Schema.of(string("line"), string("key"), int64("count"),
                int64("sum_qty"), float64("top_price")));
        assertThat(out.keyed()).isFalse();
        assertThat(out.bounded()).isTrue();
    }

    @Test
    void avgIsAlwaysDouble() {
        StreamInfo out = outputOf(SALES, keyBy("byKey", "key"),
                reduce("node", aggregate(AggregateFunction.AVG, "qty"), aggregate(AggregateFunction.AVG, "price")));

        assertThat(out.schema()).isEqualTo(Schema.of(string("key"), float64("avg_qty"), float64("avg_price")));
    }

    @Test
    void sumMinAndMaxKeepTheTypeOfTheirField() {
        StreamInfo out = outputOf(SALES, keyBy("byKey", "key"),
                reduce("node", aggregate(AggregateFunction.SUM, "qty"), aggregate(AggregateFunction.SUM, "price"),
                        aggregate(AggregateFunction.MIN, "qty"), aggregate(AggregateFunction.MAX, "price")));

        assertThat(out.schema()).isEqualTo(Schema.of(string("key"), int64("sum_qty"), float64("sum_price"),
                int64("min_qty"), float64("max_price")));
    }

    @Test
    void windowOutputsItsBoundsThenTheKeyFieldsThenTheAggregates() {
        StreamInfo out = outputOf(SALES, eventTime("time", "at"), keyBy("byKey", "key"),
                window("node", WindowSpec.session(30_000), count("n"), aggregate(AggregateFunction.AVG, "qty")));

        assertThat(out.schema()).isEqualTo(Schema.of(int64("window_start"), int64("window_end"), string("key"),
                int64("n"), float64("avg_qty")));
        assertThat(out.keyed()).isFalse();
    }

    @Test
    void windowLatePortCarriesTheInputRecordsUnkeyed() {
        Pipeline pipeline = pipeline(
                List.of(SALES, eventTime("time", "at"), keyBy("byKey", "key"),
                        window("win", WindowSpec.tumbling(1000), count("n")), console("print"), console("late")),
                List.of(Edge.of("src", "time"), Edge.of("time", "byKey"), Edge.of("byKey", "win"),
                        Edge.of("win", "print"), new Edge("win", WindowAggregateNode.LATE, "late", Node.IN)));

        StreamInfo late = inferred(pipeline, "win", WindowAggregateNode.LATE);

        assertThat(late.schema()).isEqualTo(SALES.schema());
        assertThat(late.keyed()).isFalse();
        assertThat(late.eventTime()).isTrue();
    }

    /** The stream out of the last node of {@code source → nodes… → console sink}, which must be valid. */
    private static StreamInfo outputOf(Node source, Node... nodes) {
        List<Node> all = new ArrayList<>();
        all.add(source);
        all.addAll(List.of(nodes));
        all.add(console("print"));
        Node last = all.get(all.size() - 2);
        return inferred(chain(all.toArray(Node[]::new)), last.id(), Node.OUT);
    }

    private static StreamInfo inferred(Pipeline pipeline, String nodeId, String port) {
        ValidationReport report = PipelineValidator.validate(pipeline);
        assertThat(report.errors()).as("errors of the pipeline").isEmpty();
        return report.stream(nodeId, port).orElseThrow(
                () -> new AssertionError("Expected a stream on " + nodeId + "." + port + " but found none"));
    }
}
