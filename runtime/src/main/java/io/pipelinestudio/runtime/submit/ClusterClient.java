package io.pipelinestudio.runtime.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Talks to a running Flink session cluster through its REST API: reads its version, uploads a job jar
 * ({@code POST /jars/upload}), runs it ({@code POST /jars/:jarid/run}), follows the job
 * ({@code GET /jobs/:jobid}) and stops it with a savepoint ({@code POST /jobs/:jobid/stop}). Every failure
 * becomes a {@link SubmitException} that names the cluster and what it answered.
 */
public final class ClusterClient {
    private static final Set<String> TERMINAL = Set.of("FINISHED", "FAILED", "CANCELED");
    /** Polls the cluster may miss in a row, a leader change or a slow answer, before the job counts as lost. */
    private static final int MISSED_POLLS = 6;
    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Duration requestTimeout;

    public ClusterClient(URI cluster) {
        this(cluster, Duration.ofSeconds(5), Duration.ofSeconds(120));
    }

    public ClusterClient(URI cluster, Duration connectTimeout, Duration requestTimeout) {
        String text = cluster.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        if (base.getScheme() == null || !(base.getScheme().equals("http") || base.getScheme().equals("https"))
                || base.getHost() == null) {
            throw new IllegalArgumentException("Expected a cluster address like http://HOST:PORT but found " + cluster);
        }
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
    }

    public URI address() {
        return base;
    }

    /** The cluster's Flink version, as its {@code GET /config} reports it. */
    public String flinkVersion() throws SubmitException {
        JsonNode config = send(HttpRequest.newBuilder(base.resolve("config")).GET(), "read the cluster's configuration");
        JsonNode version = config.get("flink-version");
        if (version == null || !version.isTextual()) {
            throw new SubmitException(base + " answered GET /config without a \"flink-version\"; is it a Flink "
                    + "JobManager's REST address?");
        }
        return version.textValue();
    }

    /** Refuses a cluster whose version differs from the one the job is built for. */
    public void checkVersion(String expected) throws SubmitException {
        String actual = flinkVersion();
        if (!actual.equals(expected)) {
            throw new SubmitException("version mismatch: the cluster at " + base + " runs Flink " + actual
                    + " but this job is built for Flink " + expected + "; submit it to a Flink " + expected
                    + " cluster");
        }
    }

    /** Uploads a jar and returns the id the cluster gave it. */
    public String upload(Path jar) throws SubmitException {
        String boundary = "----pipeline-studio-" + UUID.randomUUID();
        byte[] body;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"jarfile\"; filename=\"" + jar.getFileName() + "\"\r\n"
                    + "Content-Type: application/x-java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(Files.readAllBytes(jar));
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            body = out.toByteArray();
        } catch (IOException e) {
            throw new SubmitException("cannot read the job jar " + jar + ": " + e.getMessage(), e);
        }
        JsonNode answer = send(HttpRequest.newBuilder(base.resolve("jars/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "upload the job jar");
        JsonNode filename = answer.get("filename");
        if (filename == null || !"success".equals(answer.path("status").asText())) {
            throw new SubmitException("the cluster at " + base + " did not accept the jar upload: " + answer);
        }
        return Paths.get(filename.asText()).getFileName().toString();
    }

    /** Runs an uploaded jar's main class with these program arguments; returns the job id. */
    public String run(String jarId, List<String> programArguments) throws SubmitException {
        return run(jarId, programArguments, null);
    }

    /** Runs an uploaded jar's main class, from a savepoint unless {@code restore} is null; returns the job id. */
    public String run(String jarId, List<String> programArguments, SavepointRestore restore) throws SubmitException {
        ObjectNode request = json.createObjectNode();
        request.putArray("programArgsList").addAll(programArguments.stream().map(json.getNodeFactory()::textNode).toList());
        if (restore != null) {
            request.put("savepointPath", restore.path());
            request.put("allowNonRestoredState", restore.allowNonRestoredState());
        }
        JsonNode answer = send(HttpRequest.newBuilder(base.resolve("jars/" + jarId + "/run"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())), "run the job");
        JsonNode jobId = answer.get("jobid");
        if (jobId == null) {
            throw new SubmitException("the cluster at " + base + " ran the jar but named no job: " + answer);
        }
        return jobId.asText();
    }

    /** Removes an uploaded jar; the running job no longer needs it. Best effort. */
    public void delete(String jarId) {
        try {
            http.send(HttpRequest.newBuilder(base.resolve("jars/" + jarId)).timeout(requestTimeout).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the cluster keeps a stale upload; nothing the user needs to act on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks the cluster to take a savepoint of a running job in {@code targetDirectory} and stop it, without
     * draining it (windows stay open, in the savepoint); returns the id of the operation to follow.
     */
    public String stopWithSavepoint(String jobId, String targetDirectory) throws SubmitException {
        ObjectNode request = json.createObjectNode();
        request.put("targetDirectory", targetDirectory);
        request.put("drain", false);
        JsonNode answer = send(HttpRequest.newBuilder(base.resolve("jobs/" + jobId + "/stop"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())), "stop job " + jobId + " with a savepoint");
        JsonNode trigger = answer.get("request-id");
        if (trigger == null) {
            throw new SubmitException("the cluster at " + base + " accepted the stop of job " + jobId
                    + " but named no operation to follow: " + answer);
        }
        return trigger.asText();
    }

    /** Polls a savepoint operation until it ends; returns the savepoint's location, or fails with its cause. */
    public String awaitSavepoint(String jobId, String triggerId, Duration poll) throws SubmitException {
        int missed = 0;
        while (true) {
            JsonNode answer = null;
            try {
                answer = send(HttpRequest.newBuilder(base.resolve("jobs/" + jobId + "/savepoints/" + triggerId)).GET(),
                        "follow the savepoint of job " + jobId);
                missed = 0;
            } catch (SubmitException e) {
                if (++missed >= MISSED_POLLS) {
                    throw new SubmitException("lost contact with the cluster at " + base + " while it took a savepoint"
                            + " of job " + jobId + " (" + e.getMessage() + "); whether the job stopped is unknown", e);
                }
            }
            if (answer != null && "COMPLETED".equals(answer.path("status").path("id").asText())) {
                JsonNode operation = answer.path("operation");
                JsonNode location = operation.get("location");
                if (location != null && !location.asText().isEmpty()) {
                    return location.asText();
                }
                JsonNode cause = operation.path("failure-cause");
                throw new SubmitException("the savepoint of job " + jobId + " failed: "
                        + FailureText.rootCause(cause.path("stack-trace").asText(cause.path("class").asText(
                                "the cluster gave no reason"))));
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SubmitException("interrupted while waiting for the savepoint of job " + jobId, e);
            }
        }
    }

    /** The job's current state, as Flink names it ({@code RUNNING}, {@code FINISHED}, ...). */
    public String state(String jobId) throws SubmitException {
        return send(HttpRequest.newBuilder(base.resolve("jobs/" + jobId)).GET(), "read the job's state")
                .path("state").asText("UNKNOWN");
    }

    /** Polls until the job reaches a final state; a cluster that stops answering fails the wait. */
    public JobOutcome await(String jobId, Duration poll) throws SubmitException {
        long started = System.nanoTime();
        int missed = 0;
        while (true) {
            String state;
            try {
                state = state(jobId);
                missed = 0;
            } catch (SubmitException e) {
                if (++missed >= MISSED_POLLS) {
                    throw new SubmitException("lost contact with the cluster at " + base + " while job " + jobId
                            + " was running (" + e.getMessage() + "); its final state is unknown", e);
                }
                state = null;
            }
            if (state != null && TERMINAL.contains(state)) {
                Duration duration = Duration.ofNanos(System.nanoTime() - started);
                return new JobOutcome(jobId, state, duration, state.equals("FAILED") ? failure(jobId) : null);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SubmitException("interrupted while waiting for job " + jobId, e);
            }
        }
    }

    /** The root cause of a failed job, from its exception history. */
    String failure(String jobId) {
        try {
            JsonNode history = send(HttpRequest.newBuilder(base.resolve("jobs/" + jobId + "/exceptions")).GET(),
                    "read the job's exceptions");
            JsonNode entries = history.path("exceptionHistory").path("entries");
            if (entries.isArray() && entries.size() > 0) {
                return FailureText.rootCause(entries.get(0).path("stacktrace").asText(
                        entries.get(0).path("exceptionName").asText()));
            }
            return "the cluster reported no exception";
        } catch (SubmitException e) {
            return "the cause is unknown: " + e.getMessage();
        }
    }

    private JsonNode send(HttpRequest.Builder request, String action) throws SubmitException {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(requestTimeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new SubmitException("cannot reach the Flink cluster at " + base + " to " + action
                    + ": the connection timed out", e);
        } catch (HttpTimeoutException e) {
            throw new SubmitException("the Flink cluster at " + base + " did not answer in time to " + action, e);
        } catch (ConnectException e) {
            throw new SubmitException("cannot reach the Flink cluster at " + base + " to " + action
                    + ": connection refused; is a JobManager running there?", e);
        } catch (IOException e) {
            throw new SubmitException("cannot reach the Flink cluster at " + base + " to " + action + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubmitException("interrupted while trying to " + action, e);
        }
        JsonNode body;
        try {
            body = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new SubmitException("the Flink cluster at " + base + " answered " + response.statusCode()
                    + " with something other than JSON when asked to " + action + "; is it a Flink REST address?", e);
        }
        if (response.statusCode() >= 400) {
            throw new SubmitException("the Flink cluster at " + base + " refused to " + action + " (HTTP "
                    + response.statusCode() + "): " + FailureText.ofErrors(body.path("errors")));
        }
        return body;
    }
}
