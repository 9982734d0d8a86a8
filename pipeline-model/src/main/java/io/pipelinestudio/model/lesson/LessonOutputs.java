package io.pipelinestudio.model.lesson;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.param.Placeholders;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a pipeline reads and writes, as a lesson names them: the parameters whose values are paths
 * (resolved against the lesson's folder), and the outputs a step may expect (a parameter a file is written
 * through, the id of a node that writes a file, or {@link #REJECTED}).
 */
public final class LessonOutputs {
    /** The output name of the rejected records of a run. */
    public static final String REJECTED = "rejected";

    private LessonOutputs() {}

    /** The parameters used in a path a node reads or writes: their values in a lesson are relative to its folder. */
    public static Set<String> pathParameters(Pipeline pipeline) {
        Set<String> names = new LinkedHashSet<>();
        for (Node node : pipeline.nodes()) {
            node.filesRead().forEach(path -> names.addAll(Placeholders.names(path)));
            node.filesWritten().forEach(path -> names.addAll(Placeholders.names(path)));
        }
        return names;
    }

    /** The parameters used in a path a node writes: a check gives them values inside its own folder. */
    public static Set<String> outputParameters(Pipeline pipeline) {
        Set<String> names = new LinkedHashSet<>();
        pipeline.nodes().forEach(node -> node.filesWritten().forEach(path -> names.addAll(Placeholders.names(path))));
        return names;
    }

    /** Every name a step's {@code expect} may use. */
    public static Set<String> names(Pipeline pipeline) {
        Set<String> names = new LinkedHashSet<>(outputParameters(pipeline));
        pipeline.nodes().stream().filter(node -> !node.filesWritten().isEmpty()).forEach(node -> names.add(node.id()));
        names.add(REJECTED);
        return names;
    }

    /**
     * The nodes that write to a path without a parameter in it: a check could not write elsewhere, so it
     * would overwrite that file; a lesson gives every output through a parameter.
     */
    public static List<Node> fixedOutputs(Pipeline pipeline) {
        return pipeline.nodes().stream()
                .filter(node -> node.filesWritten().stream().anyMatch(path -> Placeholders.names(path).isEmpty()))
                .toList();
    }
}
