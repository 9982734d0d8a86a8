package io.pipelinestudio.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the records of one run per node output (and per sink input), and keeps a small sample of each
 * for previews. Written by the job's threads, read by the FX thread; a record costs an increment and,
 * rarely, a copy into the sample.
 */
public final class FlowCounters {
    public static final int SAMPLE_SIZE = 50;
    private final Map<String, Flow> flows = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();

    /** A record left {@code port} of {@code nodeId} (a sink's records count as its "in"). */
    public void count(String nodeId, String port, List<Object> values) {
        flows.computeIfAbsent(key(nodeId, port), k -> new Flow()).add(values);
    }

    public void reject(String nodeId) {
        rejected.computeIfAbsent(nodeId, k -> new LongAdder()).increment();
    }

    public long total(String nodeId, String port) {
        Flow flow = flows.get(key(nodeId, port));
        return flow == null ? 0 : flow.total.sum();
    }

    public boolean seen(String nodeId, String port) {
        return flows.containsKey(key(nodeId, port));
    }

    public long rejected(String nodeId) {
        LongAdder count = rejected.get(nodeId);
        return count == null ? 0 : count.sum();
    }

    /** The latest sampled records of an output, oldest first. */
    public List<List<Object>> sample(String nodeId, String port) {
        Flow flow = flows.get(key(nodeId, port));
        return flow == null ? List.of() : flow.sample();
    }

    private static String key(String nodeId, String port) {
        return nodeId + "\u0000" + port;
    }

    private static final class Flow {
        final LongAdder total = new LongAdder();
        final AtomicLong sequence = new AtomicLong();
        final Object[] ring = new Object[SAMPLE_SIZE];
        int next;
        int size;

        void add(List<Object> values) {
            total.increment();
            long n = sequence.getAndIncrement();
            // every record at first, then one in 16 (and one in 256 on fast streams): previews stay cheap
            if (n < SAMPLE_SIZE || (n < 100_000 ? (n & 15) == 0 : (n & 255) == 0)) {
                synchronized (this) {
                    ring[next] = values;
                    next = (next + 1) % SAMPLE_SIZE;
                    size = Math.min(SAMPLE_SIZE, size + 1);
                }
            }
        }

        @SuppressWarnings("unchecked")
        synchronized List<List<Object>> sample() {
            List<List<Object>> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add((List<Object>) ring[(next - size + i + SAMPLE_SIZE) % SAMPLE_SIZE]);
            }
            return out;
        }
    }
}
