package io.pipelinestudio.runtime.submit;

import static io.pipelinestudio.runtime.testing.NodeFixtures.consoleSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.export.JarExporter;
import io.pipelinestudio.runtime.job.JobArguments;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exported jobs on a real Flink standalone session cluster (a JobManager and a TaskManager in their own
 * JVMs on 127.0.0.1), submitted through the command line's {@code submit --wait}; the cluster is stopped
 * half-way through a job last.
 */
@ExtendWith({SharedRunner.class, OwnConfigFolder.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSubmitTest {
    private static Path dir;
    private static StandaloneFlinkCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        dir = Files.createTempDirectory("pipeline-studio-cluster-");
        cluster = StandaloneFlinkCluster.start(dir.resolve("cluster"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void submittedWindowCountWritesWhatTheEmbeddedRunWrites(PipelineRunner runner) throws Exception {
        Path root = TestFiles.repositoryRoot();
        Path example = root.resolve("assets/examples/window-count.json");
        String input = root.resolve("assets/data/window-count-sample.csv").toString();
        Path embedded = dir.resolve("embedded/counts.csv");
        Path submitted = dir.resolve("submitted/counts.csv");
        Runs.finished(runner, PipelineJson.read(example), RunOptions.of(ExecutionMode.STREAMING)
                .withParameters(Map.of("input", input, "output", embedded.toString())));

        Result result = cli("submit", example.toString(), "--cluster", cluster.restAddress().toString(),
                "--mode", "streaming", "--parallelism", "2", "--param", "input=" + input,
                "--param", "output=" + submitted, "--wait");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(Cli.OK);
        assertThat(result.out.strip()).matches("[0-9a-f]{32}");
        assertThat(result.err).contains("dashboard: " + cluster.restAddress() + "#/job/running/")
                .contains("FINISHED");
        assertThat(TestFiles.sortedLines(submitted)).isNotEmpty().isEqualTo(TestFiles.sortedLines(embedded));
        // the four malformed sample lines are kept on the cluster too
        assertThat(TestFiles.sortedLines(Path.of(submitted + ".rejected.tsv")))
                .isEqualTo(TestFiles.sortedLines(Path.of(embedded + ".rejected.tsv")));
    }

    @Test
    @Order(2)
    void everyNodeKindRunsOnTheClusterAsEmbedded(PipelineRunner runner) throws Exception {
        EveryKindPipeline embedded = new EveryKindPipeline(dir.resolve("every-kind"), "embedded");
        EveryKindPipeline submitted = new EveryKindPipeline(dir.resolve("every-kind"), "submitted");
        Runs.finished(runner, embedded.pipeline, ExecutionMode.BATCH);
        Path file = dir.resolve("every-kind.json");
        PipelineJson.write(submitted.pipeline, file);

        Result result = cli("submit", file.toString(), "--cluster", cluster.restAddress().toString(),
                "--mode", "batch", "--parallelism", "2", "--wait");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(Cli.OK);
        assertThat(TestFiles.sortedLines(submitted.windows)).isEqualTo(TestFiles.sortedLines(embedded.windows));
        assertThat(TestFiles.sortedLines(submitted.totals)).isEqualTo(TestFiles.sortedLines(embedded.totals));
        assertThat(TestFiles.sortedLines(submitted.generated)).isEqualTo(TestFiles.sortedLines(embedded.generated));
    }

    @Test
    @Order(3)
    void clusterRefusingTheProgramArgumentsIsReportedWithItsReason() throws Exception {
        Path jar = dir.resolve("window-count.jar");
        Pipeline pipeline = PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples/window-count.json"));
        JarExporter.export(Prepared.of(pipeline, ExecutionMode.BATCH), 0, jar);
        ClusterClient client = new ClusterClient(cluster.restAddress());
        String jarId = client.upload(jar);

        assertThatThrownBy(() -> client.run(jarId, List.of("--mode", "sideways")))
                .isInstanceOf(SubmitException.class)
                .hasMessageContaining("refused to run the job")
                .hasMessageContaining("unknown mode 'sideways'; expected batch or streaming")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\tat "));
        client.delete(jarId);
    }

    @Test
    @Order(4)
    void taskManagerLostMidJobFailsTheWaitWithTheCause() throws Exception {
        Path file = dir.resolve("slow.json");
        PipelineJson.write(slowGenerator(), file);
        CompletableFuture<Result> submit = CompletableFuture.supplyAsync(() -> cli("submit", file.toString(),
                "--cluster", cluster.restAddress().toString(), "--mode", "streaming", "--wait"));
        ClusterClient client = new ClusterClient(cluster.restAddress());
        awaitRunningJob(client);

        cluster.killTaskManager();
        Result result = submit.get();

        assertThat(result.exitCode).as(result.toString()).isEqualTo(Cli.FAILED);
        assertThat(result.err).contains("FAILED after").containsIgnoringCase("TaskManager");
    }

    @Test
    @Order(5)
    void jobManagerLostMidJobFailsTheWaitClearly() throws Exception {
        cluster.startTaskManager();
        cluster.awaitSlots(1, Duration.ofSeconds(60));
        Path file = dir.resolve("slow.json");
        CompletableFuture<Result> submit = CompletableFuture.supplyAsync(() -> cli("submit", file.toString(),
                "--cluster", cluster.restAddress().toString(), "--mode", "streaming", "--wait"));
        awaitRunningJob(new ClusterClient(cluster.restAddress()));

        cluster.close();
        Result result = submit.get();

        assertThat(result.exitCode).as(result.toString()).isEqualTo(Cli.FAILED);
        assertThat(result.err).contains("lost contact with the cluster at " + cluster.restAddress())
                .contains("its final state is unknown");
    }

    /** An endless, rate-limited generator: a job that is still running whenever the test looks. */
    private static Pipeline slowGenerator() {
        return PipelineBuilder.chain("slow", generator("gen", null, 20), consoleSink("print"));
    }

    private static void awaitRunningJob(ClusterClient client) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpJobs jobs = HttpJobs.of(client);
            if (jobs.anyRunningWithTasks()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Expected a running job within 60 s; logs in " + cluster.logs());
    }

    private static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {}

    /** The cluster's job overview, read through the REST API as a dashboard would. */
    private record HttpJobs(List<String> runningWithTasks) {
        static HttpJobs of(ClusterClient client) throws Exception {
            var http = java.net.http.HttpClient.newHttpClient();
            String body = http.send(java.net.http.HttpRequest.newBuilder(client.address().resolve("jobs/overview"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            List<String> running = new ArrayList<>();
            for (var job : tree.path("jobs")) {
                if (job.path("state").asText().equals("RUNNING") && job.path("tasks").path("running").asInt() > 0) {
                    running.add(job.path("jid").asText());
                }
            }
            return new HttpJobs(running);
        }

        boolean anyRunningWithTasks() {
            return !runningWithTasks.isEmpty();
        }
    }
}
