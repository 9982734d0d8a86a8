package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.job.JobArguments;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution plan export: Flink's plan JSON, naming every operator of the job. */
class PlanExporterTest {
    @TempDir
    Path dir;

    @Test
    void planParsesAndNamesEveryOperator() throws Exception {
        Path plan = dir.resolve("plan.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export", OperatorIdentityTest.readExamplePath("window-count.json"),
            "--format", "plan", "--out", plan.toString(), "--mode", "streaming"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        JsonNode tree = new ObjectMapper().readTree(plan.toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode node : tree.path("nodes")) {
            assertThat(node.path("id").isNumber()).isTrue();
            assertThat(node.path("parallelism").isNumber()).isTrue();
            assertThat(node.path("contents").asText()).isNotBlank();
            names.add(node.path("type").asText());
        }
        // the operators the window-count example builds, by the labels of its nodes
        assertThat(names).containsExactlyInAnyOrder("Source: Events (read)", "Events", "Event time (range)", "Event time",
                "Count per 10 s (pre-aggregate)", "Count per 10 s", "Count per 10 s (late records)", "Count per 10 s (late)",
                "Window counts: Writer", "Rejected records: Writer");
        // the key-by node is the hash exchange into the window, which merges the partial counts
        assertThat(tree.toString()).contains("\"ship_strategy\":\"HASH\"");
    }

    @Test
    void invalidPipelineGivesItsProblemsInsteadOfAPlan() {
        Pipeline pipeline = OperatorIdentityTest.readExample("window-count.json");

        assertThatThrownBy(() -> PreparedPipeline.prepare(pipeline, ExecutionMode.BATCH,
                Map.of("undeclared", "x", "input", "")))
                .isInstanceOf(InvalidPipelineException.class);
    }
}
