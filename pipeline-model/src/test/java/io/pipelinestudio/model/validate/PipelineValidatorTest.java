package io.pipelinestudio.model.validate;

import static io.pipelinestudio.model.PipelineFixtures.aggregate;
import static io.pipelinestudio.model.PipelineFixtures.chain;
import static io.pipelinestudio.model.PipelineFixtures.computed;
import static io.pipelinestudio.model.PipelineFixtures.console;
import static io.pipelinestudio.model.PipelineFixtures.count;
import static io.pipelinestudio.model.PipelineFixtures.csvSink;
import static io.pipelinestudio.model.PipelineFixtures.csvSource;
import static io.pipelinestudio.model.PipelineFixtures.eventTime;
import static io.pipelinestudio.model.PipelineFixtures.events;
import static io.pipelinestudio.model.PipelineFixtures.filter;
import static io.pipelinestudio.model.PipelineFixtures.generator;
import static io.pipelinestudio.model.PipelineFixtures.int64;
import static io.pipelinestudio.model.PipelineFixtures.keep;
import static io.pipelinestudio.model.PipelineFixtures.keyBy;
import static io.pipelinestudio.model.PipelineFixtures.map;
import static io.pipelinestudio.model.PipelineFixtures.pipeline;
import static io.pipelinestudio.model.PipelineFixtures.plus;
import static io.pipelinestudio.model.PipelineFixtures.project;
import static io.pipelinestudio.model.PipelineFixtures.reduce;
import static io.pipelinestudio.model.PipelineFixtures.rename;
import static io.pipelinestudio.model.PipelineFixtures.string;
import static io.pipelinestudio.model.PipelineFixtures.window;
import static io.pipelinestudio.model.PipelineFixtures.windowCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.DeliveryGuarantee;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.node.StartingOffsets;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per {@link ProblemKind}: each builds the smallest pipeline that breaks the rule. */
class PipelineValidatorTest {
    @Test
    void validWindowCountPipelineHasNoProblemsAndInfersItsOutputSchema() {
        ValidationReport report = PipelineValidator.validate(windowCount(), Optional.of(ExecutionMode.BATCH), Map.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.topologicalOrder()).containsExactly("src", "time", "byKey", "win", "out");
        StreamInfo output = report.stream("win", Node.OUT).orElseThrow();
        assertThat(output.schema()).isEqualTo(Schema.of(int64("window_start_ms"), int64("window_end_ms"),
                string("key"), int64("count")));
        assertThat(output.bounded()).isTrue();
    }

    @Test
    void duplicateIdIsReportedOnThatId() {
        Pipeline pipeline = pipeline(List.of(events("src"), csvSink("out"), console("out")),
                List.of(Edge.of("src", "out")));

        assertThat(problems(pipeline, ProblemKind.DUPLICATE_ID))
                .containsExactly(error("out", "two nodes have the id 'out'; ids must be unique"));
    }

    @Test
    void edgeToUnknownNodeIsReportedOnTheEdge() {
        Pipeline pipeline = plus(chain(events("src"), csvSink("out")), Edge.of("src", "ghost"));

        assertThat(problems(pipeline, ProblemKind.UNKNOWN_NODE))
                .containsExactly(error("src->ghost", "connects the node 'ghost', which does not exist"));
    }

    @Test
    void unknownPortIsReportedOnTheEdgeWithThePortsThereAre() {
        Pipeline pipeline = pipeline(List.of(events("src"), csvSink("out"), console("print")), List.of(
                new Edge("src", WindowAggregateNode.LATE, "out", Node.IN),
                new Edge("src", Node.OUT, "print", "side")));

        assertThat(problems(pipeline, ProblemKind.UNKNOWN_PORT)).containsExactly(
                error("src.late->out", "'src' has no output port 'late'; its output ports are [out]"),
                error("src->print.side", "'print' has no input port 'side'; its input ports are [in]"));
    }

    @Test
    void inputConnectedTwiceIsReportedOnTheSecondEdge() {
        Pipeline pipeline = pipeline(List.of(events("a"), events("b"), csvSink("out")),
                List.of(Edge.of("a", "out"), Edge.of("b", "out")));

        assertThat(problems(pipeline, ProblemKind.INPUT_ALREADY_CONNECTED)).containsExactly(
                error("b->out", "the input 'in' of 'out' is already connected by a->out"));
    }

    @Test
    void cycleIsReportedOnTheEdgesOfTheCycleOnly() {
        // f1 → f2 → f1 is the cycle; the sink after it is left unordered too but its edge closes no cycle
        Pipeline pipeline = pipeline(
                List.of(events("src"), filter("f1", "amount > 1.0"), filter("f2", "amount < 9.0"), csvSink("out"),
                        console("print")),
                List.of(Edge.of("src", "out"), Edge.of("f1", "f2"), Edge.of("f2", "f1"), Edge.of("f2", "print")));

        ValidationReport report = PipelineValidator.validate(pipeline);

        String cycle = "closes a cycle through the nodes f1, f2; records cannot flow in a circle";
        assertThat(problems(report, ProblemKind.CYCLE)).containsExactly(error("f1->f2", cycle), error("f2->f1", cycle));
        assertThat(report.topologicalOrder()).containsExactly("src", "out");
        assertThat(report.problems()).extracting(Problem::kind).containsOnly(ProblemKind.CYCLE);
    }

    @Test
    void selfLoopIsACycle() {
        Pipeline pipeline = pipeline(List.of(events("src"), filter("f", "amount > 1.0"), csvSink("out")),
                List.of(Edge.of("src", "out"), Edge.of("f", "f")));

        assertThat(problems(pipeline, ProblemKind.CYCLE)).containsExactly(
                error("f->f", "closes a cycle through the nodes f; records cannot flow in a circle"));
    }

    @Test
    void unconnectedInputIsReportedOnItsNode() {
        Pipeline pipeline = pipeline(List.of(events("src"), filter("f", "amount > 1.0"), csvSink("out")),
                List.of(Edge.of("src", "out")));

        assertThat(problems(pipeline, ProblemKind.UNCONNECTED_INPUT)).containsExactly(
                error("f", "the input 'in' is not connected; connect an upstream node's output to it"));
    }

    @Test
    void unknownFieldIsReportedForKeyByProjectAggregationsAndEventTime() {
        String inputFields = "input fields are (key: string, timestamp_ms: long, amount: double, note: string,"
                + " created: timestamp)";
        Pipeline pipeline = pipeline(
                List.of(events("src"),
                        keyBy("byUser", "user"), csvSink("out1"),
                        project("proj", keep("key"), rename("price", "p")), csvSink("out2"),
                        eventTime("time", "ts"), csvSink("out3"),
                        keyBy("byKey", "key"), reduce("sums", aggregate(AggregateFunction.SUM, "qty")),
                        csvSink("out4")),
                List.of(Edge.of("src", "byUser"), Edge.of("byUser", "out1"),
                        Edge.of("src", "proj"), Edge.of("proj", "out2"),
                        Edge.of("src", "time"), Edge.of("time", "out3"),
                        Edge.of("src", "byKey"), Edge.of("byKey", "sums"), Edge.of("sums", "out4")));

        assertThat(problems(pipeline, ProblemKind.UNKNOWN_FIELD)).containsExactly(
                error("byUser", "the key field 'user' is not a field of the input; " + inputFields),
                error("proj", "the field 'price' is not a field of the input; " + inputFields),
                error("time", "the event time field 'ts' is not a field of the input; " + inputFields),
                error("sums", "sum's field 'qty' is not a field of the input; " + inputFields));
    }

    @Test
    void duplicateFieldIsReportedOnTheNodeThatMakesIt() {
        Pipeline pipeline = chain(events("src"), project("proj", keep("key"), rename("note", "key")), csvSink("out"));

        assertThat(problems(pipeline, ProblemKind.DUPLICATE_FIELD))
                .containsExactly(error("proj", "the projection names the field 'key' twice"));
    }

    @Test
    void typeMismatchIsReportedForConditionEventTimeAndAggregate() {
        Pipeline pipeline = pipeline(
                List.of(events("src"),
                        filter("notBool", "amount * 2.0"), csvSink("out1"),
                        eventTime("time", "note"), csvSink("out2"),
                        keyBy("byKey", "key"), reduce("sums", aggregate(AggregateFunction.SUM, "note")),
                        csvSink("out3")),
                List.of(Edge.of("src", "notBool"), Edge.of("notBool", "out1"),
                        Edge.of("src", "time"), Edge.of("time", "out2"),
                        Edge.of("src", "byKey"), Edge.of("byKey", "sums"), Edge.of("sums", "out3")));

        assertThat(problems(pipeline, ProblemKind.TYPE_MISMATCH)).containsExactly(
                error("notBool", "the condition 'amount * 2.0' yields double; expected boolean"),
                error("time", "the event time field 'note' is string; expected long or timestamp"),
                error("sums", "sum's field 'note' is string; expected long or double"));
    }

    @Test
    void missingKeyIsReportedBeforeReduceAndWindowAggregate() {
        Pipeline pipeline = pipeline(
                List.of(events("src"),
                        reduce("totals", count("n")), csvSink("out1"),
                        eventTime("time", "timestamp_ms"), window("win", WindowSpec.tumbling(1000), count("n")),
                        csvSink("out2")),
                List.of(Edge.of("src", "totals"), Edge.of("totals", "out1"),
                        Edge.of("src", "time"), Edge.of("time", "win"), Edge.of("win", "out2")));

        assertThat(problems(pipeline, ProblemKind.MISSING_KEY)).containsExactly(
                error("totals", "a reduce needs a keyed input: put a key-by node directly before it"),
                error("win", "a window aggregate needs a keyed input: put a key-by node directly before it"));
    }

    @Test
    void keyIsLostThroughANodeBetweenKeyByAndReduce() {
        Pipeline pipeline = chain(events("src"), keyBy("byKey", "key"), filter("f", "amount > 0.0"),
                reduce("totals", count("n")), csvSink("out"));

        assertThat(problems(pipeline, ProblemKind.MISSING_KEY)).containsExactly(
                error("totals", "a reduce needs a keyed input: put a key-by node directly before it"));
    }

    @Test
    void missingEventTimeIsReportedBeforeAnEventTimeWindow() {
        Pipeline pipeline = chain(events("src"), keyBy("byKey", "key"),
                window("win", WindowSpec.tumbling(1000), count("n")), csvSink("out"));

        assertThat(problems(pipeline, ProblemKind.MISSING_EVENT_TIME)).containsExactly(error("win",
                "event-time windows need event time: add an event-time node before the key-by"));
    }

    @Test
    void processingTimeWindowNeedsNoEventTime() {
        Pipeline pipeline = chain(events("src"), keyBy("byKey", "key"),
                new WindowAggregateNode("win", null, WindowSpec.tumbling(1000), TimeCharacteristic.PROCESSING, 0,
                        List.of(count("n")), null, null),
                csvSink("out"));

        assertThat(PipelineValidator.validate(pipeline).errors()).isEmpty();
    }

    @Test
    void badExpressionIncludesTheLanguagesExplanation() {
        Pipeline pipeline = pipeline(
                List.of(events("src"),
                        map("syntax", computed("twice", "amount *")), csvSink("out1"),
                        filter("unknown", "price > 1.0"), csvSink("out2")),
                List.of(Edge.of("src", "syntax"), Edge.of("syntax", "out1"),
                        Edge.of("src", "unknown"), Edge.of("unknown", "out2")));

        assertThat(problems(pipeline, ProblemKind.BAD_EXPRESSION)).satisfiesExactly(
                syntax -> assertThat(syntax)
                        .isEqualTo(error("syntax", "the expression of 'twice' 'amount *' is invalid at column 9:"
                                + " the expression ends too early: a value is missing at the end")),
                unknown -> assertThat(unknown)
                        .startsWith(error("unknown", "the condition 'price > 1.0' is invalid at column 1: "))
                        .contains("there is no field 'price'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void badSettingIsReportedOnItsNode(String what, Pipeline pipeline, String nodeId, String message) {
        assertThat(problems(pipeline, ProblemKind.BAD_PARAMETER)).containsExactly(error(nodeId, message));
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("negative window size", keyedWindow(WindowSpec.tumbling(-5)),
                        "win", "the window size must be greater than 0 but is -5"),
                Arguments.of("sliding window with slide 0", keyedWindow(WindowSpec.sliding(1000, 0)),
                        "win", "the window slide must be greater than 0 but is 0"),
                Arguments.of("session gap 0", keyedWindow(WindowSpec.session(0)),
                        "win", "the session gap must be greater than 0 but is 0"),
                Arguments.of("window without a type", keyedWindow(null),
                        "win", "choose a window type: tumbling, sliding or session"),
                Arguments.of("processing-time window with lateness", chain(events("src"), keyBy("byKey", "key"),
                                new WindowAggregateNode("win", null, WindowSpec.tumbling(1000),
                                        TimeCharacteristic.PROCESSING, 500, List.of(count("n")), null, null),
                                csvSink("out")),
                        "win", "allowed lateness applies only to event-time windows"),
                Arguments.of("multi-character delimiter",
                        chain(new CsvSourceNode("src", null, "in.csv", "::", false, List.of(string("a"))),
                                csvSink("out")),
                        "src", "the delimiter must be one character other than a quote or newline but is '::'"),
                Arguments.of("empty schema",
                        chain(new CsvSourceNode("src", null, "in.csv", ",", false, List.of()), csvSink("out")),
                        "src", "declare at least one field of the file's columns"),
                Arguments.of("sink without a path",
                        chain(events("src"), new CsvSinkNode("out", null, "", ",", true)),
                        "out", "the file path is not set"),
                Arguments.of("generator with 0 keys",
                        chain(new GeneratorSourceNode("gen", null, 10L, 0, 0, 0, 1000, 0, 1), csvSink("out")),
                        "gen", "the number of keys must be greater than 0 but is 0"),
                Arguments.of("aggregate without aggregations",
                        chain(events("src"), keyBy("byKey", "key"), reduce("totals"), csvSink("out")),
                        "totals", "add at least one aggregation (count, sum, min, max or avg)"),
                Arguments.of("parameter declared twice",
                        chain(events("src"), csvSink("out")).withParameters(List.of(
                                new ParameterSpec("dir", "a", null), new ParameterSpec("dir", "b", null))),
                        Problem.PIPELINE, "the parameter 'dir' is declared twice"));
    }

    @Test
    void undeclaredPlaceholderIsReportedOnTheNodeUsingIt() {
        Pipeline pipeline = chain(events("src"), new CsvSinkNode("out", null, "${outDir}/x.csv", ",", true));

        assertThat(problems(pipeline, ProblemKind.UNDECLARED_PARAMETER)).containsExactly(
                error("out", "uses ${outDir}, which the pipeline does not declare as a parameter"));
    }

    @Test
    void missingParameterValueIsReportedWhenValidatingWithValues() {
        Pipeline pipeline = chain(events("src"), new CsvSinkNode("out", null, "${outDir}/x.csv", ",", true))
                .withParameters(List.of(new ParameterSpec("outDir", null, "where results go")));
        Map<String, String> values = Map.of("unrelated", "1");

        ValidationReport report = PipelineValidator.validate(ParameterBinding.bind(pipeline, values),
                Optional.of(ExecutionMode.STREAMING), values);

        assertThat(problems(report, ProblemKind.MISSING_PARAMETER_VALUE)).containsExactly(error("out",
                "uses ${outDir}, which has no value and no default: pass --param outDir=VALUE"));
        // as a document, before any values are known, a declared parameter is enough
        assertThat(PipelineValidator.validate(pipeline).problems()).isEmpty();
    }

    @Test
    void declaredDefaultCountsAsAParameterValue() {
        Pipeline pipeline = chain(events("src"), new CsvSinkNode("out", null, "${outDir}/x.csv", ",", true))
                .withParameters(List.of(new ParameterSpec("outDir", "results", null)));

        ValidationReport unbound = PipelineValidator.validate(pipeline, Optional.empty(), Map.of());
        ValidationReport bound = PipelineValidator.validate(ParameterBinding.bind(pipeline, Map.of()),
                Optional.empty(), Map.of());

        assertThat(unbound.problems()).isEmpty();
        assertThat(bound.problems()).isEmpty();
    }

    @Test
    void validateForRunBindsGivenValuesOverDefaultsAndReportsTheRest() {
        Pipeline pipeline = chain(new CsvSourceNode("src", null, "${dir}/in.csv", ",", false, List.of(string("k"))),
                new CsvSinkNode("out", null, "${outDir}/x.csv", ",", true))
                .withParameters(List.of(new ParameterSpec("dir", "data", null),
                        new ParameterSpec("outDir", null, null)));

        ValidationReport report = PipelineValidator.validateForRun(pipeline, ExecutionMode.BATCH, Map.of("dir", "in"));

        assertThat(report.problems()).map(Problem::toString).containsExactly(error("out",
                "uses ${outDir}, which has no value and no default: pass --param outDir=VALUE"));
        assertThat(((CsvSourceNode) report.pipeline().node("src").orElseThrow()).path()).isEqualTo("in/in.csv");
    }

    @Test
    void unboundedGeneratorIsAnErrorInBatchModeOnly() {
        Pipeline pipeline = chain(generator("gen", null), filter("f", "value > 0.5"), csvSink("out"));

        ValidationReport batch = PipelineValidator.validate(pipeline, Optional.of(ExecutionMode.BATCH), Map.of());
        ValidationReport streaming =
                PipelineValidator.validate(pipeline, Optional.of(ExecutionMode.STREAMING), Map.of());

        assertThat(problems(batch, ProblemKind.UNBOUNDED_IN_BATCH)).containsExactly(error("gen",
                "BATCH mode needs bounded input but this generator never ends: bound it in its settings or run"
                        + " in STREAMING mode"));
        assertThat(streaming.problems()).map(Problem::toString).containsExactly(warning("out", CSV_SINK_ON_A_STREAM));
        assertThat(PipelineValidator.validate(pipeline).problems()).map(Problem::toString)
                .containsExactly(warning("out", CSV_SINK_ON_A_STREAM));
    }

    @Test
    void pipelineWithoutSinkIsReportedOnThePipeline() {
        Pipeline pipeline = chain(events("src"), filter("f", "amount > 1.0"));

        assertThat(problems(pipeline, ProblemKind.NO_SINK)).containsExactly(error(Problem.PIPELINE,
                "the pipeline has no sink, so a job would compute nothing; add a CSV or console sink"));
    }

    @Test
    void modeDependentResultsAreWarningsThatDoNotStopARun() {
        Pipeline pipeline = pipeline(
                List.of(events("src"), generator("gen", null),
                        keyBy("byKey", "key"),
                        new ReduceNode("running", null, List.of(count("n")), ReduceEmission.EVERY_RECORD),
                        csvSink("out1"),
                        keyBy("genByKey", "key"), reduce("forever", count("n")), csvSink("out2"),
                        new WindowAggregateNode("clock", null, WindowSpec.tumbling(1000),
                                TimeCharacteristic.PROCESSING, 0, List.of(count("n")), null, null),
                        csvSink("out3")),
                List.of(Edge.of("src", "byKey"), Edge.of("byKey", "running"), Edge.of("running", "out1"),
                        Edge.of("gen", "genByKey"), Edge.of("genByKey", "forever"), Edge.of("forever", "out2"),
                        Edge.of("byKey", "clock"), Edge.of("clock", "out3")));

        ValidationReport report = PipelineValidator.validate(pipeline, Optional.of(ExecutionMode.STREAMING), Map.of());

        assertThat(report.problems()).map(Problem::toString).containsExactlyInAnyOrder(
                warning("running", "emitting after every record gives running results in STREAMING mode but only"
                        + " final ones in BATCH mode"),
                warning("forever", "final results are emitted when the input ends, and this input never ends;"
                        + " use a window"),
                warning("out2", CSV_SINK_ON_A_STREAM),
                warning("clock", "processing-time windows depend on when records arrive, so BATCH and STREAMING"
                        + " results differ"));
        assertThat(report.valid()).isTrue();
    }

    @Test
    void finalReduceOfBoundedInputGivesNoWarning() {
        Pipeline pipeline = chain(events("src"), keyBy("byKey", "key"), reduce("totals", count("n")), csvSink("out"));

        assertThat(PipelineValidator.validate(pipeline).problems()).isEmpty();
    }

    @Test
    void severalIndependentErrorsAreAllReportedAtOnce() {
        Pipeline pipeline = pipeline(
                List.of(csvSource("src", string("key"), int64("n")),
                        filter("f", "nope > 1"),
                        keyBy("byKey", "missing"),
                        reduce("totals", count("n")),
                        filter("orphan", "n > 1"),
                        csvSource("src", string("other"))),
                List.of(Edge.of("src", "f"), Edge.of("f", "byKey"), Edge.of("byKey", "totals"),
                        Edge.of("totals", "nowhere")));

        ValidationReport report = PipelineValidator.validate(pipeline);

        assertThat(report.errors()).extracting(Problem::target, Problem::kind).containsExactlyInAnyOrder(
                tuple("src", ProblemKind.DUPLICATE_ID),
                tuple("totals->nowhere", ProblemKind.UNKNOWN_NODE),
                tuple("f", ProblemKind.BAD_EXPRESSION),
                tuple("byKey", ProblemKind.UNKNOWN_FIELD),
                tuple("totals", ProblemKind.MISSING_KEY),
                tuple("orphan", ProblemKind.UNCONNECTED_INPUT),
                tuple(Problem.PIPELINE, ProblemKind.NO_SINK));
        assertThat(report.valid()).isFalse();
        assertThat(report.problemsOf("totals")).extracting(Problem::kind).containsExactly(ProblemKind.MISSING_KEY);
    }

    @Test
    void contradictoryJobSettingsAreNamedOnThePipelineAndExactlyOnceWithoutCheckpointsIsAWarning() {
        KafkaSourceNode source = new KafkaSourceNode("src", null, "127.0.0.1:9092", "events", null, null, null, null,
                null, List.of(string("key"), int64("timestamp_ms")), null, null, "timestamp_ms", 1_000, 0, "true");
        KafkaSinkNode sink = new KafkaSinkNode("out", null, "127.0.0.1:9092", "counts", null, null, "key",
                DeliveryGuarantee.EXACTLY_ONCE);
        Pipeline pipeline = chain(source, sink);
        Pipeline broken = pipeline.withJob(JobSettings.DEFAULTS.withCheckpoints(-1, null, "/tmp/a\u0000b")
                .withRestarts(JobSettings.RestartStrategy.EXPONENTIAL_DELAY, 0, 2_000, 1_000));

        assertThat(problems(pipeline, ProblemKind.JOB_SETTINGS)).containsExactly(warning("out",
                "exactly-once delivery commits its Kafka transactions with each checkpoint, so without checkpoints"
                        + " read_committed readers never see what it writes: set a checkpoint interval in the"
                        + " pipeline's settings"));
        assertThat(PipelineValidator.validate(pipeline, Optional.of(ExecutionMode.BATCH), Map.of()).problems())
                .isEmpty();
        assertThat(PipelineValidator.validate(pipeline.withJob(JobSettings.DEFAULTS.withCheckpoints(1_000, null,
                null))).problems()).isEmpty();
        assertThat(problems(broken, ProblemKind.JOB_SETTINGS)).containsExactly(
                error(Problem.PIPELINE, "the checkpoint interval must not be negative (0: no checkpoints)"),
                error(Problem.PIPELINE, "the checkpoint directory is not a path: Nul character not allowed"),
                error(Problem.PIPELINE, "a restart strategy needs at least one restart attempt"),
                error(Problem.PIPELINE, "the largest restart delay must be at least the first delay (and above 0)"),
                warning("out", "exactly-once delivery commits its Kafka transactions with each checkpoint, so"
                        + " without checkpoints read_committed readers never see what it writes: set a checkpoint"
                        + " interval in the pipeline's settings"));
    }

    @Test
    void kafkaSourceSettingsAreCheckedAndAnUnboundedReadRefusesBatchMode() {
        KafkaSourceNode source = new KafkaSourceNode("src", null, " ", " , ", null, StartingOffsets.TIMESTAMP, null,
                MessageFormat.CSV, "ab", List.of(string("key"), int64("timestamp_ms")), "key", null, "key", -1, 0,
                "maybe");
        Pipeline pipeline = chain(source, csvSink("out"));

        assertThat(PipelineValidator.validate(pipeline, Optional.of(ExecutionMode.BATCH), Map.of()).problems())
                .extracting(Problem::toString).containsExactlyInAnyOrder(
                        "src: the bootstrap server list is not set",
                        "src: name at least one topic",
                        "src: starting offsets 'timestamp' needs a start timestamp (epoch milliseconds, not negative)",
                        "src: the delimiter must be one character other than a quote or newline but is 'ab'",
                        "src: bounded must be true or false but is 'maybe'",
                        "src: the schema (declared fields, key field and timestamp field) names the field 'key' twice",
                        "src: the maximum out-of-orderness must not be negative but is -1",
                        "src: the event time field 'key' is string; expected long or timestamp",
                        "src: BATCH mode needs bounded input but this kafka never ends: bound it in its settings or"
                                + " run in STREAMING mode",
                        warning("out", CSV_SINK_ON_A_STREAM));
    }

    @Test
    void partFilesOnBoundedInputSayACsvSinkFitsBetterAndNeedCheckpointsInStreamingMode() {
        FileSinkNode parts = new FileSinkNode("parts", null, "/tmp/parts", null, null, 60_000, 1 << 20);
        Pipeline bounded = chain(generator("gen", 100L), parts);

        assertThat(problems(bounded, ProblemKind.MODE_DEPENDENT_RESULT)).containsExactly(warning("parts",
                "its input ends, so a CSV sink, which writes one complete file, fits better than part files"));
        assertThat(problems(bounded, ProblemKind.JOB_SETTINGS)).containsExactly(warning("parts",
                "its part files are committed with checkpoints, so without them nothing it writes becomes visible:"
                        + " set a checkpoint interval in the pipeline's settings"));
        assertThat(PipelineValidator.validate(chain(generator("gen", null), parts)
                .withJob(JobSettings.DEFAULTS.withCheckpoints(1_000, null, null))).problems()).isEmpty();
    }

    private static final String CSV_SINK_ON_A_STREAM = "its input never ends, so its file never appears under its"
            + " name (the lines gather in a .inprogress file): part files (Sinks, Part files) commit a stream as it goes";

    @Test
    void aCsvSinkOnUnboundedInputSaysPartFilesFitAndOnBoundedInputSaysNothing() {
        assertThat(problems(chain(generator("gen", null), csvSink("out")), ProblemKind.MODE_DEPENDENT_RESULT))
                .containsExactly(warning("out", CSV_SINK_ON_A_STREAM));
        assertThat(problems(chain(generator("gen", 100L), csvSink("out")), ProblemKind.MODE_DEPENDENT_RESULT)).isEmpty();
    }

    @Test
    void newProblemKindNeedsATestHere() {
        // every kind has its test above; this fails as a reminder when a rule is added. MISSING_INPUT_FILE is
        // the designer's (it looks at the disk as the pipeline is edited): ExplainedProblemsTest in the app
        assertThat(ProblemKind.values()).hasSize(20);
    }

    private static Pipeline keyedWindow(WindowSpec spec) {
        return chain(events("src"), eventTime("time", "timestamp_ms"), keyBy("byKey", "key"),
                window("win", spec, count("n")), csvSink("out"));
    }

    /** The problems of one kind, each as the command line shows it: {@code target: [warning: ]message}. */
    private static List<String> problems(Pipeline pipeline, ProblemKind kind) {
        return problems(PipelineValidator.validate(pipeline), kind);
    }

    private static List<String> problems(ValidationReport report, ProblemKind kind) {
        return report.problems().stream().filter(p -> p.kind() == kind).map(Problem::toString).toList();
    }

    private static String error(String target, String message) {
        return target + ": " + message;
    }

    private static String warning(String target, String message) {
        return target + ": warning: " + message;
    }
}
