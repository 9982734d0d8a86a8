package io.pipelinestudio.app.run;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.SinkNode;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.text.UserText;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a run of a pipeline would write, in words, with the parameters it would run with. */
final class RunWrites {
    private RunWrites() {}

    static List<String> of(Pipeline pipeline, Map<String, String> parameters) {
        Pipeline bound = ParameterBinding.bind(pipeline, parameters);
        List<String> writes = new ArrayList<>();
        for (Node node : bound.nodes()) {
            for (String written : node.filesWritten()) {
                writes.add(describe(written) + "  (" + node.id() + ")");
            }
            if (node instanceof SinkNode) {
                for (String servers : node.kafkaClusters()) {
                    writes.add("Kafka at " + UserText.quote(servers) + "  (" + node.id() + ")");
                }
            }
        }
        return writes;
    }

    private static String describe(String written) {
        Path path;
        try {
            path = Path.of(written).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return UserText.quote(written) + ": not a path this computer can name";
        }
        // shown whole, never shortened: this is where the run writes
        String shown = UserText.visible(path.toString());
        if (Files.isDirectory(path)) {
            return shown + ": an existing folder; files are added to it";
        }
        return shown + (Files.exists(path) ? ": exists and will be replaced" : ": new");
    }
}
