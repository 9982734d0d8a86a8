package io.pipelinestudio.app.xray;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.Node;
import java.util.Optional;

/**
 * Where a node's event time comes from: the nearest event-time node upstream (or a Kafka source that sets
 * event time), with the field it reads, how far out of order records may be, and whether idleness is set.
 */
record EventTimeOrigin(String nodeId, String field, long outOfOrdernessMs, boolean idlenessSet) {
    static Optional<EventTimeOrigin> of(Pipeline pipeline, String nodeId) {
        String current = nodeId;
        for (int hops = 0; hops <= pipeline.nodes().size(); hops++) {
            Optional<Edge> in = pipeline.mainInputOf(current);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            Node upstream = pipeline.node(in.get().from()).orElse(null);
            if (upstream instanceof EventTimeNode time) {
                return Optional.of(new EventTimeOrigin(time.id(), time.field(), time.maxOutOfOrdernessMs(),
                        time.idleTimeoutMs() > 0));
            }
            if (upstream instanceof KafkaSourceNode kafka && kafka.hasEventTime()) {
                return Optional.of(new EventTimeOrigin(kafka.id(), kafka.eventTimeField(),
                        kafka.maxOutOfOrdernessMs(), kafka.idleTimeoutMs() > 0));
            }
            if (upstream == null) {
                return Optional.empty();
            }
            current = upstream.id();
        }
        return Optional.empty();
    }
}
