package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.bench.BenchSettings;
import io.pipelinestudio.runtime.bench.Benchmarks;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunHandle;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headless command line of {@code ./studio}. Exit codes: 0 success, 2 an invalid pipeline or
 * command line (each problem on its own line as {@code target: message}), 1 a failed job (its root
 * cause; the stack trace only with {@code --verbose}).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;
    private static final Set<String> COMMANDS = Set.of("run", "validate", "bench", "export", "submit", "stop",
            "kafka", "lesson", "help", "--help", "-h");
    private static final String USAGE = String.join("\n",
            "usage:",
            "  ./studio                                 open the designer",
            "  ./studio PIPELINE.json                   open a pipeline in the designer",
            "  ./studio run PIPELINE.json [--mode batch|streaming] [--param NAME=VALUE ...]",
            "                                           [--parallelism N] [--rejected FILE] [--verbose]",
            "  ./studio validate PIPELINE.json [--mode batch|streaming] [--param NAME=VALUE ...]",
            "  ./studio export PIPELINE.json --format jar|java|plan --out PATH [--mode batch|streaming]",
            "                                           [--param NAME=VALUE ...] [--parallelism N]",
            "  ./studio submit PIPELINE.json --cluster http://HOST:PORT [--mode batch|streaming]",
            "                                           [--param NAME=VALUE ...] [--parallelism N] [--rejected FILE]",
            "                                           [--from-savepoint PATH [--allow-non-restored-state]]",
            "                                           [--wait] [--verbose]",
            "  ./studio stop JOB_ID --cluster http://HOST:PORT --savepoint DIR [--verbose]",
            "                                           stop a job with a savepoint; prints the savepoint's path",
            "  ./studio bench window-count [--records N] [--runs N] [--parallelism N]",
            "  ./studio bench sliding [--records N] [--runs N] [--parallelism N]",
            "  ./studio bench train [--records N] [--parallelism N]",
            "  ./studio bench expressions [--records N]",
            "  ./studio bench soak [--minutes N] [--sample-seconds S]",
            "                                           a streaming run watched for memory and throughput drift",
            "  ./studio kafka start [--port N]          start a local Kafka broker (port 9092; 0 picks a free one)",
            "  ./studio kafka produce --bootstrap HOST:PORT --topic T FILE",
            "                                           one message per line of FILE",
            "  ./studio kafka consume --bootstrap HOST:PORT --topic T [--max N] [--timeout S]",
            "                                           print the committed messages, one per line",
            "  ./studio kafka stop                      stop the broker kafka start left running",
            "  ./studio lesson check LESSON.json [--update]",
            "                                           run a lesson's steps and compare its golden outputs",
            "exit codes: 0 success, 1 the job failed, 2 invalid pipeline or command line");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether {@code args} name a headless command rather than something for the designer to open. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs a command writing to the given streams instead of the process's own. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(out, err).execute(Arrays.asList(args));
    }

    int execute(List<String> args) {
        boolean verbose = args.contains("--verbose") || args.contains("-v");
        try {
            String command = args.isEmpty() ? "help" : args.get(0);
            List<String> rest = args.subList(Math.min(1, args.size()), args.size());
            switch (command) {
                case "run":
                    return runCommand(Arguments.parse(rest, List.of("--mode", "--parallelism", "--rejected")));
                case "validate":
                    return validateCommand(Arguments.parse(rest, List.of("--mode")));
                case "export":
                    return new ExportCommands(err).export(
                            Arguments.parse(rest, List.of("--format", "--out", "--mode", "--parallelism")));
                case "submit":
                    List<String> submitArgs = new java.util.ArrayList<>(rest);
                    boolean wait = submitArgs.remove("--wait");
                    boolean allowNonRestoredState = submitArgs.remove("--allow-non-restored-state");
                    return new SubmitCommand(out, err).submit(Arguments.parse(submitArgs, List.of("--cluster", "--mode",
                            "--parallelism", "--rejected", "--from-savepoint")), wait, allowNonRestoredState);
                case "stop":
                    return new StopCommand(out, err).stop(Arguments.parse(rest, List.of("--cluster", "--savepoint")));
                case "bench":
                    return benchCommand(Arguments.parse(rest, List.of("--records", "--runs", "--parallelism",
                            "--minutes", "--sample-seconds")));
                case "kafka":
                    return new KafkaCommands(out, err).run(rest);
                case "lesson":
                    return new LessonCommand(out, err).run(rest);
                default:
                    out.println(USAGE);
                    return OK;
            }
        } catch (CliException e) {
            err.println(e.line());
            if (e.exitCode() == INVALID && e.getMessage().startsWith("unknown option")) {
                err.println(USAGE);
            }
            return e.exitCode();
        } catch (RuntimeException | Error e) {
            // an Error too (a missing class, memory): the process ends here either way, and should say why
            err.println("error: " + FailureWords.of(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private int validateCommand(Arguments args) throws CliException {
        Pipeline pipeline = read(args);
        ExecutionMode mode = args.mode(null);
        ValidationReport report = mode == null && args.params.isEmpty()
                ? PipelineValidator.validate(pipeline)
                : PipelineValidator.validateForRun(pipeline, mode == null ? ExecutionMode.STREAMING : mode, args.params);
        report.problems().forEach(p -> (p.isError() ? err : out).println(p));
        if (!report.valid()) {
            return INVALID;
        }
        out.println(pipeline.name() + ": valid (" + pipeline.nodes().size() + " nodes, "
                + pipeline.edges().size() + " edges)");
        return OK;
    }

    private int benchCommand(Arguments args) throws CliException {
        if (args.positional.size() != 1) {
            throw new CliException(INVALID, "expected one benchmark name: " + Benchmarks.NAMES);
        }
        BenchSettings settings = new BenchSettings(args.longOption("--records", 0), args.intOption("--runs", 3),
                args.intOption("--parallelism", 0), positiveOption(args, "--minutes"),
                positiveOption(args, "--sample-seconds"));
        if (args.positional.get(0).equals("soak") && settings.soakSamples() < BenchSettings.SOAK_MIN_SAMPLES) {
            throw new CliException(INVALID, "a soak of " + settings.soakMinutes() + " min with a sample every "
                    + settings.soakSampleSeconds() + " s takes " + settings.soakSamples() + " samples; expected at least "
                    + BenchSettings.SOAK_MIN_SAMPLES + ", one per quarter");
        }
        try {
            switch (Benchmarks.run(args.positional.get(0), settings, out)) {
                case UNKNOWN_NAME:
                    throw new CliException(INVALID, "unknown benchmark '" + args.positional.get(0)
                            + "'; expected one of " + Benchmarks.NAMES);
                case CHECK_FAILED:
                    return FAILED;
                default:
                    return OK;
            }
        } catch (CliException e) {
            throw e;
        } catch (Exception e) {
            err.println("error: the benchmark failed: " + FailureWords.of(e));
            if (args.verbose) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    /** A whole number of at least 1 when the option is given; 0 when it is not. */
    private static int positiveOption(Arguments args, String name) throws CliException {
        int value = args.intOption(name, 0);
        if (args.options.containsKey(name) && value < 1) {
            throw new CliException(INVALID, name + " expects a whole number of at least 1 but got " + value);
        }
        return value;
    }

    private int runCommand(Arguments args) throws CliException {
        Pipeline pipeline = read(args);
        ExecutionMode mode = args.mode(ExecutionMode.BATCH);
        RunOptions options = RunOptions.of(mode)
                .withParameters(args.params)
                .withParallelism(args.intOption("--parallelism", 0));
        if (args.options.containsKey("--rejected")) {
            options = options.withRejectedPath(Paths.get(args.options.get("--rejected")));
        }
        PreparedPipeline prepared;
        try {
            prepared = PreparedPipeline.prepare(pipeline, mode, options.parameters());
        } catch (InvalidPipelineException e) {
            e.problems().forEach(err::println);
            return INVALID;
        }
        try (PipelineRunner runner = new PipelineRunner()) {
            long started = System.nanoTime();
            RunHandle run = runner.start(prepared, options);
            RunResult result;
            try (StopOnSignal signals = new StopOnSignal(prepared.bound(), run, started, err)) {
                result = run.result().join();
            }
            return report(pipeline, mode, result, args.verbose);
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            if (args.verbose) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private int report(Pipeline pipeline, ExecutionMode mode, RunResult result, boolean verbose) {
        String seconds = String.format(Locale.ROOT, "%.2f s", result.duration().toMillis() / 1000.0);
        switch (result.state()) {
            case FINISHED:
                err.println(pipeline.name() + ": finished in " + seconds + " (" + mode + ")");
                if (result.rejectedTotal() > 0) {
                    StringBuilder perNode = new StringBuilder();
                    for (Map.Entry<String, Long> entry : result.rejectedByNode().entrySet()) {
                        perNode.append(perNode.length() == 0 ? "" : ", ")
                                .append(entry.getKey()).append(": ").append(entry.getValue());
                    }
                    err.println("rejected " + result.rejectedTotal() + " records (" + perNode + "), kept in "
                            + result.rejectedFile());
                }
                return OK;
            case CANCELED:
                err.println(pipeline.name() + ": cancelled after " + seconds);
                return FAILED;
            default:
                err.println(pipeline.name() + ": failed after " + seconds);
                err.println(result.failure());
                if (verbose && result.failure().stackTrace() != null) {
                    err.println(result.failure().stackTrace());
                }
                return FAILED;
        }
    }

    static Pipeline read(Arguments args) throws CliException {
        if (args.positional.size() != 1) {
            throw new CliException(INVALID, "expected one pipeline file but got " + args.positional.size()
                    + (args.positional.isEmpty() ? "" : ": " + args.positional));
        }
        Path file = Paths.get(args.positional.get(0));
        try {
            return PipelineJson.read(file);
        } catch (PipelineFormatException e) {
            if (e.target() == null) {
                throw new CliException(INVALID, file + ": " + e.getMessage());
            }
            throw CliException.problem(e.target() + ": " + e.problem()
                    + (e.jsonPath() == null ? " (in " : " (at " + e.jsonPath() + " in ") + file + ")");
        }
    }
}
