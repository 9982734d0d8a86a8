package io.pipelinestudio.app.run;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The designer's command line: {@code PIPELINE.json [--run] [--present] [--mode batch|streaming] [--param k=v ...]}.
 * With {@code --run} the pipeline starts as soon as it is open, and with {@code --present} the window opens in
 * presentation mode, for demos.
 */
public record LaunchOptions(Optional<String> file, boolean run, boolean present, ExecutionMode mode,
        Map<String, String> parameters) {
    public LaunchOptions {
        parameters = Map.copyOf(parameters);
    }

    public static LaunchOptions parse(List<String> args) {
        String file = null;
        boolean run = false;
        boolean present = false;
        ExecutionMode mode = ExecutionMode.STREAMING;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--run" -> run = true;
                case "--present" -> present = true;
                case "--mode" -> mode = mode(value(args, ++i, arg));
                case "--param", "-p" -> {
                    String pair = value(args, ++i, arg);
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("Expected --param name=value but found '" + pair + "'");
                    }
                    parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                default -> {
                    if (arg.startsWith("--mode=")) {
                        mode = mode(arg.substring("--mode=".length()));
                    } else if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + arg
                                + "; expected PIPELINE.json [--run] [--present] [--mode batch|streaming] [--param name=value ...]");
                    } else if (file == null) {
                        file = arg;
                    } else {
                        throw new IllegalArgumentException("Expected one pipeline file but found '" + file
                                + "' and '" + arg + "'");
                    }
                }
            }
        }
        return new LaunchOptions(Optional.ofNullable(file), run, present, mode, parameters);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("Expected a value after " + option);
        }
        return args.get(index);
    }

    private static ExecutionMode mode(String text) {
        return ExecutionMode.parse(text);
    }
}
