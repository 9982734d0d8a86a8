package io.pipelinestudio.runtime.job;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program arguments of an exported job ({@code --param NAME=VALUE}, {@code --mode},
 * {@code --parallelism}, {@code --rejected}) over the defaults chosen when it was exported.
 */
public record JobArguments(ExecutionMode mode, Map<String, String> parameters, int parallelism, Path rejectedPath) {
    public JobArguments {
        parameters = Map.copyOf(parameters);
        if (mode == null) {
            throw new IllegalArgumentException("Expected an execution mode but found none");
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("Expected a parallelism of at least 1 (or 0: the cluster's default)"
                    + " but found " + parallelism);
        }
    }

    public static JobArguments of(ExecutionMode mode, Map<String, String> parameters, int parallelism) {
        return new JobArguments(mode, parameters, parallelism, null);
    }

    /** Program arguments over these defaults; an argument it does not know is an error, never ignored. */
    public JobArguments override(List<String> args) {
        ExecutionMode newMode = mode;
        Map<String, String> newParameters = new LinkedHashMap<>(parameters);
        int newParallelism = parallelism;
        Path newRejected = rejectedPath;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (!name.equals(arg)) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(arg + " expects a value");
            }
            switch (name) {
                case "--param":
                case "-p":
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--param expects NAME=VALUE but got '" + value + "'");
                    }
                    newParameters.put(value.substring(0, eq), value.substring(eq + 1));
                    break;
                case "--mode":
                    newMode = ExecutionMode.parse(value);
                    break;
                case "--parallelism":
                    try {
                        newParallelism = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--parallelism expects a whole number but got '" + value + "'");
                    }
                    break;
                case "--rejected":
                    newRejected = Paths.get(value);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument '" + arg
                            + "'; expected --param NAME=VALUE, --mode batch|streaming, --parallelism N or --rejected FILE");
            }
        }
        return new JobArguments(newMode, newParameters, newParallelism, newRejected);
    }
}
