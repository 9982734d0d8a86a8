package io.pipelinestudio.app.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers the few Flink REST calls a submission makes (config, jar upload, run, job state, jar removal)
 * as a session cluster of the given version would, with a job state the test sets; it runs nothing.
 */
public final class FakeFlinkCluster implements AutoCloseable {
    public static final String JOB_ID = "4f1c2b3a5d6e7f8091a2b3c4d5e6f708";
    private final HttpServer server;
    private final AtomicReference<String> state = new AtomicReference<>("RUNNING");
    private final AtomicReference<String> runRequest = new AtomicReference<>();
    private final AtomicLong uploadedBytes = new AtomicLong();

    public FakeFlinkCluster(String flinkVersion) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/config")) {
                answer(exchange, "{\"flink-version\": \"" + flinkVersion + "\"}");
            } else if (method.equals("POST") && path.equals("/jars/upload")) {
                uploadedBytes.set(body.length);
                answer(exchange, "{\"status\": \"success\", \"filename\": \"/tmp/flink-web/upload/abc_job.jar\"}");
            } else if (method.equals("POST") && path.equals("/jars/abc_job.jar/run")) {
                runRequest.set(new String(body, StandardCharsets.UTF_8));
                answer(exchange, "{\"jobid\": \"" + JOB_ID + "\"}");
            } else if (method.equals("GET") && path.equals("/jobs/" + JOB_ID)) {
                answer(exchange, "{\"jid\": \"" + JOB_ID + "\", \"state\": \"" + state.get() + "\"}");
            } else if (method.equals("DELETE")) {
                answer(exchange, "{}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.start();
    }

    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void setState(String newState) {
        state.set(newState);
    }

    /** The JSON body of the run request, with the program arguments; null before one arrived. */
    public String runRequest() {
        return runRequest.get();
    }

    public long uploadedBytes() {
        return uploadedBytes.get();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
