package io.pipelinestudio.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamGraphHasherV2;
import org.apache.flink.streaming.api.graph.StreamNode;

/**
 * Reads the busy and backpressured time of a job's tasks from the embedded cluster's REST API and
 * attributes them to the pipeline's nodes: an operator's id is the hash of its uid, which is the node id
 * (with a role suffix for nodes made of several operators).
 */
final class LoadProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final JobID job;
    /** Task (job vertex id, as the REST API prints it) to the nodes running in it. */
    private final Map<String, Set<String>> nodesOfTask;

    private LoadProbe(JobID job, Map<String, Set<String>> nodesOfTask) {
        this.job = job;
        this.nodesOfTask = nodesOfTask;
    }

    static LoadProbe of(StreamGraph streamGraph, JobGraph jobGraph) {
        Map<String, String> nodeOfOperatorHash = new HashMap<>();
        for (StreamNode node : streamGraph.getStreamNodes()) {
            String uid = node.getTransformationUID();
            if (uid != null) {
                int role = uid.indexOf('/');
                nodeOfOperatorHash.put(Arrays.toString(StreamGraphHasherV2.generateUserSpecifiedHash(uid)),
                        role < 0 ? uid : uid.substring(0, role));
            }
        }
        Map<String, Set<String>> nodesOfTask = new HashMap<>();
        for (JobVertex vertex : jobGraph.getVertices()) {
            Set<String> nodes = new HashSet<>();
            for (OperatorIDPair operator : vertex.getOperatorIDs()) {
                String node = nodeOfOperatorHash.get(Arrays.toString(operator.getGeneratedOperatorID().getBytes()));
                if (node != null) {
                    nodes.add(node);
                }
            }
            if (!nodes.isEmpty()) {
                nodesOfTask.put(vertex.getID().toString(), nodes);
            }
        }
        return new LoadProbe(jobGraph.getJobID(), nodesOfTask);
    }

    /** The nodes each task runs, for tests. */
    Map<String, Set<String>> nodesOfTask() {
        return nodesOfTask;
    }

    /** The load of each node whose task has reported metrics yet; blocks for one REST call per task. */
    Map<String, NodeLoad> read(URI rest) {
        return perNode(rest, "/subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond&agg=max", metrics -> {
            double busy = Double.NaN;
            double backPressured = Double.NaN;
            for (JsonNode metric : metrics) {
                double max = metric.path("max").asDouble(Double.NaN);
                switch (metric.path("id").asText()) {
                    case "busyTimeMsPerSecond" -> busy = max;
                    case "backPressuredTimeMsPerSecond" -> backPressured = max;
                    default -> { }
                }
            }
            return Double.isNaN(busy) && Double.isNaN(backPressured) ? null
                    : new NodeLoad(fraction(busy), fraction(backPressured));
        });
    }

    /**
     * The input watermark of each parallel instance of each node's task, as Flink reports them (instance 0
     * first; {@link Long#MIN_VALUE} before the first); blocks for one REST call per task.
     */
    Map<String, List<Long>> watermarks(URI rest) {
        return perNode(rest, "/watermarks", metrics -> {
            Map<Integer, Long> bySubtask = new TreeMap<>();
            for (JsonNode metric : metrics) {
                // "0.currentInputWatermark": the subtask's index, then the metric's name
                String id = metric.path("id").asText();
                int dot = id.indexOf('.');
                if (dot > 0 && id.endsWith("currentInputWatermark")) {
                    bySubtask.put(Integer.parseInt(id.substring(0, dot)), parseWatermark(metric.path("value")));
                }
            }
            return bySubtask.isEmpty() ? null : List.copyOf(bySubtask.values());
        });
    }

    /**
     * Asks each task's REST resource {@code resource} (under {@code /jobs/JOB/vertices/TASK}) and gives every
     * node of the task what {@code reading} makes of the answer; a task that answers nothing yet (null), or
     * not at all, is left out. Blocks for one REST call per task.
     */
    private <T> Map<String, T> perNode(URI rest, String resource, Function<JsonNode, T> reading) {
        Map<String, T> values = new HashMap<>();
        for (Map.Entry<String, Set<String>> task : nodesOfTask.entrySet()) {
            URI uri = rest.resolve("/jobs/" + job + "/vertices/" + task.getKey() + resource);
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    continue;
                }
                T value = reading.apply(JSON.readTree(response.body()));
                if (value != null) {
                    task.getValue().forEach(node -> values.put(node, value));
                }
            } catch (java.io.IOException | NumberFormatException e) {
                // the job may just have ended; the next reading tells
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return values;
            }
        }
        return values;
    }

    private static long parseWatermark(JsonNode value) {
        try {
            return Long.parseLong(value.asText());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static double fraction(double msPerSecond) {
        return Double.isNaN(msPerSecond) ? 0 : Math.max(0, Math.min(1, msPerSecond / 1000));
    }

}
