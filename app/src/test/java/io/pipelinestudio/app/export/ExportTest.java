package io.pipelinestudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.pipelinestudio.app.files.Examples;
import io.pipelinestudio.app.pages.ExportPage;
import io.pipelinestudio.app.settings.DeploySettings;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.FakeFlinkCluster;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.submit.ClusterSubmission;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest extends DesignerTest {
    @TempDir
    Path folder;
    private ExportPage export;

    @BeforeEach
    void openWindowCount() throws Exception {
        export = new ExportPage(robot, designer, dialogs);
        given(PipelineJson.read(Examples.directory().orElseThrow().resolve("window-count.json")));
    }

    @Test
    void exportsAJobJarAPlanAndAJavaProjectFromTheFileMenu() throws Exception {
        Path plan = folder.resolve("window-count-plan.json");
        export.export("Plan JSON\u2026", plan);
        export.waitForStatus("Wrote the execution plan");
        JsonNode nodes = new ObjectMapper().readTree(plan.toFile()).get("nodes");
        assertThat(nodes.isArray()).isTrue();
        assertThat(nodes.toString()).contains("Count per 10 s");

        Path jar = folder.resolve("window-count.jar");
        export.export("Job Jar\u2026", jar);
        assertThat(export.waitForStatus("Wrote the job jar")).contains(jar.toString());
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("pipelines.WindowCountJob");
            assertThat(file.getEntry("pipelines/WindowCountJob.class")).isNotNull();
        }

        Path project = folder.resolve("window-count-job");
        export.export("Java Project\u2026", project);
        export.waitForStatus("Wrote the Java project");
        assertThat(project.resolve("pom.xml")).exists();
        assertThat(Files.readString(project.resolve("src/main/java/pipelines/WindowCountJob.java")))
                .contains(".keyBy(").contains(".window(");
    }

    @Test
    void aPipelineWithProblemsIsNotExportedAndTheProblemsAreNamed() throws Exception {
        Pipeline pipeline = model();
        given(pipeline.withEdges(pipeline.edges().stream().filter(e -> !e.to().equals("counts")).toList()));
        Path jar = folder.resolve("broken.jar");

        dialogs.willChoose(jar);
        export.menu("File", "Export", "Job Jar\u2026");

        assertThat(files.errorMessage()).contains("Fix these problems first").contains("counts");
        files.closeErrorDialog();
        assertThat(jar).doesNotExist();
    }

    @Test
    void deployingToAnUnreachableClusterSaysSoAndTheDesignerStaysUsable() throws Exception {
        export.openDeploy();
        assertThat(export.clusterField()).isEqualTo(DeploySettings.DEFAULT_ADDRESS);
        export.cluster("http://127.0.0.1:1").confirmDeploy();

        assertThat(files.errorMessage()).contains("cannot reach the Flink cluster at http://127.0.0.1:1/");
        files.closeErrorDialog();
        assertThat(export.status()).contains("Cannot deploy to http://127.0.0.1:1/");

        // still usable: another edit, and the address is remembered for the next time
        palette.drop("generator", 300, 300);
        Fx.waitUntil("the new node", () -> designer.document().pipeline().nodes().size() == 6);
        Fx.waitUntil("the address to be saved", () -> DeploySettings.load(configDirectory).clusterAddress()
                .equals("http://127.0.0.1:1"));
        export.openDeploy();
        assertThat(export.clusterField()).isEqualTo("http://127.0.0.1:1");
        export.cancelDeploy();
    }

    @Test
    void aClusterOfAnotherFlinkVersionIsRefusedByName() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/config", exchange -> {
            byte[] body = "{\"flink-version\": \"1.18.1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            export.openDeploy().cluster("http://127.0.0.1:" + server.getAddress().getPort()).confirmDeploy();

            assertThat(files.errorMessage()).contains("version mismatch").contains("runs Flink 1.18.1");
            files.closeErrorDialog();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDeployedJobIsFollowedInTheStatusBarWithALinkToItsDashboardPage() throws Exception {
        try (FakeFlinkCluster cluster = new FakeFlinkCluster(ClusterSubmission.flinkVersion())) {
            Path output = folder.resolve("counts.csv").toAbsolutePath();
            export.openDeploy().cluster(cluster.address())
                    .parameters("input=/data/events.csv\noutput=" + output + "\n").parallelism("2").confirmDeploy();

            // the job jar is written first: seconds on a busy machine
            Fx.waitUntil("the job to be shown running", 120, () -> deployState().endsWith(": RUNNING"));
            assertThat(deployState()).startsWith("Job " + FakeFlinkCluster.JOB_ID.substring(0, 8));
            assertThat(export.status()).contains("Submitted window-count as job " + FakeFlinkCluster.JOB_ID);
            Hyperlink link = robot.lookup("#deploy-link").queryAs(Hyperlink.class);
            assertThat(Fx.get(link::isVisible)).isTrue();
            assertThat(Fx.get(() -> designer.deployments().dashboardProperty().get().toString()))
                    .isEqualTo(cluster.address() + "/#/job/running/" + FakeFlinkCluster.JOB_ID + "/overview");
            assertThat(cluster.uploadedBytes()).isGreaterThan(100_000);
            assertThat(cluster.runRequest()).contains("\"--mode\",\"streaming\"")
                    .contains("\"--param\",\"output=" + output + "\"").contains("\"--parallelism\",\"2\"");

            cluster.setState("FINISHED");
            Fx.waitUntil("the job to be shown finished", () -> deployState().endsWith(": FINISHED"));
        }
    }

    private String deployState() {
        return Fx.get(() -> robot.lookup("#deploy-state").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void unusableInputKeepsTheDeployDialogOpenAndSaysWhy() {
        export.openDeploy().parallelism("many").confirmDeploy();
        Fx.waitUntil("the dialog's problem", () -> !export.dialogProblem().isEmpty());
        assertThat(export.dialogProblem()).contains("whole number").contains("many");

        export.parallelism("1").parameters("input\n").confirmDeploy();
        Fx.waitUntil("the parameters' problem", () -> export.dialogProblem().contains("NAME=VALUE"));
        export.cancelDeploy();
        assertThat(Fx.get(() -> designer.deployments().jobStateProperty().get())).isEmpty();
    }
}
