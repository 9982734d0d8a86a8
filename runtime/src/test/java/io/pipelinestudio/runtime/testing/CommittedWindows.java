package io.pipelinestudio.runtime.testing;

import io.pipelinestudio.runtime.kafka.KafkaLines;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The window counts a job wrote to a Kafka topic ({@code start,end,key,count} lines), read back with
 * {@code read_committed}: each window's count, how often each window was written, and so the duplicates and
 * the windows missing against an independent computation.
 */
public record CommittedWindows(List<String> written, Map<String, Long> counted, Map<String, Integer> seen) {
    /** Reads at most {@code max} committed lines, waiting up to {@code quiet} for more. */
    public static CommittedWindows read(String bootstrap, String topic, int max, Duration quiet) throws Exception {
        List<String> written = KafkaLines.consumeCommitted(bootstrap, topic, max, quiet);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Long> counted = new TreeMap<>();
        for (String line : written) {
            String[] fields = line.split(",");
            String window = fields[0] + "," + fields[1] + "," + fields[2];
            seen.merge(window, 1, Integer::sum);
            counted.put(window, Long.parseLong(fields[3]));
        }
        return new CommittedWindows(written, counted, seen);
    }

    /** Windows written more than once. */
    public long duplicates() {
        return seen.values().stream().filter(n -> n > 1).count();
    }

    /** Windows of {@code expected} never written. */
    public long missing(Set<String> expected) {
        return expected.stream().filter(window -> !seen.containsKey(window)).count();
    }
}
