package io.pipelinestudio.runtime.run;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Asks each Kafka cluster a pipeline uses for its brokers before the job starts. Flink's Kafka source
 * would otherwise retry an unreachable broker for minutes; this names the node and the address at once.
 */
final class KafkaReachability {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private KafkaReachability() {}

    /** The first node whose Kafka cluster does not answer within {@link #TIMEOUT}, as a failure to report. */
    static Optional<RunFailure> firstUnreachable(Pipeline bound) {
        Map<String, Optional<String>> checked = new HashMap<>();
        for (Node node : bound.nodes()) {
            for (String servers : node.kafkaClusters()) {
                Optional<String> problem = checked.computeIfAbsent(servers, KafkaReachability::problem);
                if (problem.isPresent()) {
                    return Optional.of(new RunFailure(node.id(), "cannot reach Kafka at " + servers + " ("
                            + problem.get() + ")", null));
                }
            }
        }
        return Optional.empty();
    }

    /** Why the cluster does not answer, or empty when it does. */
    private static Optional<String> problem(String servers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        int timeoutMs = (int) TIMEOUT.toMillis();
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        // a refused connection is retried quickly; the deadline above still bounds the whole check
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        try (Admin admin = Admin.create(properties)) {
            admin.describeCluster().nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            return Optional.of(message.contains("Timed out") || message.contains("timed out")
                    ? "no answer within " + TIMEOUT.toSeconds() + " s" : message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while waiting for an answer");
        } catch (org.apache.kafka.common.KafkaException e) {
            // a bootstrap list that does not resolve fails when the client is made
            return Optional.of(e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage()));
        }
    }
}
