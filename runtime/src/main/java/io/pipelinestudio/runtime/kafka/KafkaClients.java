package io.pipelinestudio.runtime.kafka;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

/** Client settings shared by the broker's checks and {@link KafkaLines}: bounded waits rather than Kafka's minutes. */
final class KafkaClients {
    /** How long a client waits for an unreachable broker before saying so. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(20);

    /** Closing waits for calls still in flight; none matter once we have our answer. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private KafkaClients() {}

    /** Settings with every blocking wait bounded, so that a wrong address fails in seconds rather than hanging. */
    static Properties settings(String bootstrap) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return props;
    }

    static Admin admin(String bootstrap) {
        try {
            return Admin.create(settings(bootstrap));
        } catch (KafkaException e) {
            // an unparsable or unresolvable address fails here, before any connection
            throw unreachable(bootstrap, rootMessage(e), e);
        }
    }

    /** Fails with "cannot reach Kafka at ..." unless {@code bootstrap} answers within {@link #REACH_TIMEOUT}. */
    static void requireReachable(String bootstrap) {
        Admin admin = admin(bootstrap);
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) REACH_TIMEOUT.toMillis()))
                    .clusterId().get(REACH_TIMEOUT.toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw unreachable(bootstrap, "no answer within " + REACH_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(bootstrap, "interrupted while waiting for an answer", e);
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    static KafkaAccessException unreachable(String bootstrap, String why, Throwable cause) {
        return new KafkaAccessException("cannot reach Kafka at " + bootstrap + " (" + why + ")", cause);
    }

    /** The innermost message, which says what was wrong without the wrapping exceptions' class names. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
