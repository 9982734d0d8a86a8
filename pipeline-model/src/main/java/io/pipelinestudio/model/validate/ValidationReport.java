package io.pipelinestudio.model.validate;

import io.pipelinestudio.model.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the validator found: every problem at once, the nodes in an order where each comes after
 * its inputs, and the stream it inferred on each output port.
 */
public record ValidationReport(Pipeline pipeline, List<Problem> problems, List<String> topologicalOrder,
        Map<PortRef, StreamInfo> streams) {
    public ValidationReport {
        problems = List.copyOf(problems);
        topologicalOrder = List.copyOf(topologicalOrder);
        streams = Map.copyOf(streams);
    }

    public boolean valid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> problemsOf(String target) {
        return problems.stream().filter(p -> p.target().equals(target)).toList();
    }

    public Optional<StreamInfo> stream(String node, String port) {
        return Optional.ofNullable(streams.get(new PortRef(node, port)));
    }
}
