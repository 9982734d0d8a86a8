package io.pipelinestudio.runtime.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.cli.CliProbe;
import io.pipelinestudio.runtime.cli.CliProbe.Result;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions that cannot happen say why, before anything is uploaded: no cluster, the wrong Flink, a bad file. */
class SubmitErrorsTest {
    @TempDir
    Path dir;

    private final String example = TestFiles.repositoryRoot().resolve("assets/examples/window-count.json").toString();

    @Test
    void unreachableClusterIsNamedWithTheAddressTried() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Result result = CliProbe.run("submit", example, "--cluster", "http://127.0.0.1:" + closed);

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("error: cannot reach the Flink cluster at http://127.0.0.1:" + closed + "/")
                .contains("connection refused");
    }

    @Test
    void clusterOfAnotherFlinkVersionIsRefusedBeforeUploading() throws Exception {
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "{\"refresh-interval\":3000,\"flink-version\":\"1.20.1\",\"flink-revision\":\"x\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort();

            Result result = CliProbe.run("submit", example, "--cluster", address, "--wait");

            assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(result.err()).contains("version mismatch: the cluster at " + address + "/ runs Flink 1.20.1 but this"
                    + " job is built for Flink 2.3.0");
            assertThat(requests).containsExactly("GET /config");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void addressThatIsNoFlinkRestApiIsSaidToBeOne() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<html>hello</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Result result = CliProbe.run("submit", example, "--cluster", "http://127.0.0.1:" + server.getAddress().getPort());

            assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(result.err()).contains("is it a Flink REST address?");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badPipelineFileIsInvalidBeforeAnyClusterIsContacted() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"nodes\": [");

        Result missing = CliProbe.run("submit", dir.resolve("missing.json").toString(), "--cluster", "http://127.0.0.1:1");
        Result unparsable = CliProbe.run("submit", broken.toString(), "--cluster", "http://127.0.0.1:1");
        Result badMode = CliProbe.run("submit", example, "--cluster", "http://127.0.0.1:1", "--mode", "sideways");
        Result noCluster = CliProbe.run("submit", example);
        Result badAddress = CliProbe.run("submit", example, "--cluster", "flink-host:8081");

        assertThat(List.of(missing, unparsable, badMode, noCluster, badAddress))
                .allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isEqualTo(Cli.INVALID));
        assertThat(missing.err()).contains("missing.json does not exist");
        assertThat(unparsable.err()).contains("not valid JSON");
        assertThat(badMode.err()).contains("unknown mode 'sideways'");
        assertThat(noCluster.err()).contains("--cluster is required");
        assertThat(badAddress.err()).contains("Expected a cluster address like http://HOST:PORT");
    }

    @Test
    void exportOfABadPipelineFileIsInvalid() {
        Result result = CliProbe.run("export", dir.resolve("missing.json").toString(), "--format", "jar", "--out",
                dir.resolve("x.jar").toString());
        Result format = CliProbe.run("export", example, "--format", "war", "--out", dir.resolve("x.war").toString());

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(format.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(format.err()).contains("--format expects jar, java or plan but got 'war'");
        assertThat(dir.resolve("x.jar")).doesNotExist();
    }

    @Test
    void clusterErrorsAreCutDownToTheirCause() {
        var errors = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()
                .add("Internal server error.")
                .add("<Exception on server side:\norg.apache.flink.client.program.ProgramInvocationException: The main"
                        + " method caused an error: The pipeline 'p' cannot run as given:\nevents: bad path\n\tat org.x.Y"
                        + ".z(Y.java:1)\n\tat org.x.Y.z(Y.java:2)\n\nEnd of exception on server side>");

        assertThat(FailureText.ofErrors(errors)).isEqualTo("The pipeline 'p' cannot run as given:\nevents: bad path");
        assertThat(FailureText.rootCause("org.apache.flink.runtime.JobException: Recovery is suppressed\n\tat a.b(C)\n"
                + "Caused by: io.pipelinestudio.runtime.functions.NodeFailureException: enrich: division by zero\n\tat x"))
                .isEqualTo("enrich: division by zero");
        assertThat(FailureText.rootCause("java.lang.Exception: outer\n\tat a\nCaused by: java.io.IOException: inner\n"))
                .isEqualTo("java.io.IOException: inner");
    }

}
