package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options the commands share: {@code --mode}, repeated {@code --param k=v}, and flags. */
final class Arguments {
    final List<String> positional = new ArrayList<>();
    final Map<String, String> params = new LinkedHashMap<>();
    final Map<String, String> options = new LinkedHashMap<>();
    boolean verbose;

    static Arguments parse(List<String> args, List<String> valueOptions) throws CliException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--verbose") || arg.equals("-v")) {
                parsed.verbose = true;
            } else if (arg.equals("--param") || arg.equals("-p")) {
                parsed.addParam(value(args, ++i, arg));
            } else if (arg.startsWith("--param=")) {
                parsed.addParam(arg.substring("--param=".length()));
            } else if (arg.startsWith("--") && arg.contains("=")
                    && valueOptions.contains(arg.substring(0, arg.indexOf('=')))) {
                parsed.options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (valueOptions.contains(arg)) {
                parsed.options.put(arg, value(args, ++i, arg));
            } else if (arg.startsWith("-")) {
                throw new CliException(2, "unknown option " + arg);
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    /** An option that must be given, with a value that is not blank; {@code expected} says what it takes. */
    String required(String option, String expected) throws CliException {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new CliException(2, option + " is required: " + expected);
        }
        return value;
    }

    ExecutionMode mode(ExecutionMode fallback) throws CliException {
        String mode = options.get("--mode");
        if (mode == null) {
            return fallback;
        }
        try {
            return ExecutionMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new CliException(2, e.getMessage());
        }
    }

    int intOption(String name, int fallback) throws CliException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new CliException(2, name + " expects a whole number but got '" + value + "'");
        }
    }

    long longOption(String name, long fallback) throws CliException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new CliException(2, name + " expects a whole number but got '" + value + "'");
        }
    }

    private void addParam(String assignment) throws CliException {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new CliException(2, "--param expects NAME=VALUE but got '" + assignment + "'");
        }
        params.put(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    private static String value(List<String> args, int index, String option) throws CliException {
        if (index >= args.size()) {
            throw new CliException(2, option + " expects a value");
        }
        return args.get(index);
    }
}
