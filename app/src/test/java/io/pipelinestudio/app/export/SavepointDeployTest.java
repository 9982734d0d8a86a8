package io.pipelinestudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.ExportPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.submit.OperatorsFile;
import io.pipelinestudio.runtime.submit.StandaloneFlinkCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URI;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Savepoint redeploys from the designer, on a real standalone Flink cluster (a JobManager and a TaskManager,
 * each its own JVM): Stop Job with Savepoint stops a running windowed job and offers its savepoint to the
 * next deployment; the same pipeline starts from it; an edited pipeline whose window node has a new id is
 * refused by node before anything is submitted, and runs once dropping that state is allowed.
 */
class SavepointDeployTest extends DesignerTest {
    private static Path dir;
    private static StandaloneFlinkCluster cluster;
    private ExportPage export;

    @BeforeAll
    static void startCluster() throws Exception {
        dir = Files.createTempDirectory("studio-savepoint-deploy");
        cluster = StandaloneFlinkCluster.start(dir.resolve("cluster"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void page() {
        export = new ExportPage(robot, designer, dialogs);
    }

    /** Generated events, unbounded, counted per key in 1 s event-time windows, written as part files with checkpoints. */
    private static Pipeline windowedStream(String windowId) throws Exception {
        return PipelineJson.read("""
                {"formatVersion": 1, "name": "live-counts",
                 "nodes": [
                  {"kind": "generator", "id": "events", "recordsPerSecond": 200, "keys": 4,
                   "startTimeMs": 1700000000000, "timeStepMs": 10, "disorderMs": 0, "seed": 1},
                  {"kind": "event-time", "id": "time", "field": "timestamp", "maxOutOfOrdernessMs": 0},
                  {"kind": "key-by", "id": "by-key", "fields": ["key"]},
                  {"kind": "window-aggregate", "id": "%s", "window": {"type": "tumbling", "sizeMs": 1000},
                   "time": "event", "aggregations": [{"function": "count", "as": "count"}]},
                  {"kind": "file-sink", "id": "parts", "directory": "%s", "rolloverIntervalMs": 60000,
                   "maxPartSizeBytes": 1048576}],
                 "edges": [
                  {"from": "events", "to": "time"}, {"from": "time", "to": "by-key"},
                  {"from": "by-key", "to": "%s"}, {"from": "%s", "to": "parts"}],
                 "job": {"checkpointIntervalMs": 1000}}
                """.formatted(windowId, dir.resolve("parts").toString().replace("\\", "\\\\"), windowId, windowId));
    }

    @Test
    void aStoppedJobsSavepointStartsTheNextDeploymentAndStateANodeLostIsRefusedByNode() throws Exception {
        given(windowedStream("count"));
        String address = cluster.restAddress().toString();
        export.openDeploy().cluster(address).confirmDeploy();
        awaitRunning();
        assertThat(export.status()).contains("Submitted live-counts as job ");

        Path savepoints = dir.resolve("savepoints");
        export.stopWithSavepoint(savepoints.toString());
        String stopped = export.waitForStatus("Stopped job ");
        assertThat(stopped).contains("with a savepoint at file:" + savepoints);
        assertThat(deployState()).endsWith(": STOPPED with a savepoint");
        String savepoint = Fx.get(() -> designer.deployments().lastSavepoint());
        Path local = Paths.get(URI.create(savepoint));
        assertThat(local.resolve("_metadata")).exists();
        assertThat(local.resolve(OperatorsFile.BESIDE_SAVEPOINT)).content().contains("\"node\" : \"count\"");

        // the same pipeline starts from the savepoint the dialog offers
        export.openDeploy();
        assertThat(export.savepointField()).isEqualTo(savepoint);
        export.confirmDeploy();
        awaitRunning();
        assertThat(export.status()).contains("starting from the savepoint " + savepoint);
        export.stopWithSavepoint(savepoints.toString());
        export.waitForStatus("Stopped job ");
        String second = Fx.get(() -> designer.deployments().lastSavepoint());
        assertThat(second).isNotEqualTo(savepoint);

        // the window node got a new id: its state has nowhere to go, and nothing is submitted
        given(windowedStream("count2"));
        export.openDeploy().confirmDeploy();
        assertThat(files.errorMessage()).contains("count: its state in the savepoint would be dropped")
                .contains("Drop savepoint state that no node takes");
        files.closeErrorDialog();
        assertThat(export.status()).contains("Not deployed");
        assertThat(deployState()).endsWith(": STOPPED with a savepoint");

        export.openDeploy().allowDroppingState().confirmDeploy();
        awaitRunning();
        assertThat(export.status()).contains("starting from the savepoint " + second)
                .contains("count: warning: its state in the savepoint is dropped")
                .contains("count2: warning: starts with empty state");
    }

    private void awaitRunning() {
        Fx.waitUntil("the deployed job to run; cluster logs in " + cluster.logs(), 120,
                () -> deployState().endsWith(": RUNNING") && Fx.get(() -> designer.deployments().stoppableProperty().get()));
    }

    private String deployState() {
        return Fx.get(() -> robot.lookup("#deploy-state").queryAs(Label.class).getText());
    }
}
