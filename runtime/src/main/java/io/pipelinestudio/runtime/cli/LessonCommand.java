package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.runtime.lesson.LessonCheck;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The {@code lesson} commands: {@code check} runs a lesson's steps headless and compares its golden outputs. */
final class LessonCommand {
    static final String USAGE = String.join("\n",
            "usage:",
            "  ./studio lesson check LESSON.json [--update] [--verbose]",
            "",
            "Runs every step of the lesson in order on the embedded cluster (at parallelism 1, its outputs written",
            "to a temporary folder, never over the lesson's files), applies its 'set' steps, and compares each",
            "expected output with its golden file as a set of lines: the order of lines does not count, decimal",
            "numbers may differ by a relative 1e-9. Prints one line per step.",
            "  --update    write the golden files from the runs instead (for the teacher); nothing is written",
            "              unless every run succeeds and every compare agrees",
            "exit codes: 0 every output matches, 1 an output differs or a run failed (the step and lines are",
            "named), 2 an invalid lesson or pipeline (each problem as 'step N: ...' or 'node-id: ...')");

    private final PrintStream out;
    private final PrintStream err;

    LessonCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws CliException {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            out.println(USAGE);
            return args.isEmpty() ? Cli.INVALID : Cli.OK;
        }
        if (!args.get(0).equals("check")) {
            throw new CliException(Cli.INVALID, "lesson: expected check but got '" + args.get(0) + "'; see ./studio"
                    + " lesson --help");
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        boolean update = rest.remove("--update");
        Arguments parsed = Arguments.parse(rest, List.of());
        if (parsed.positional.size() != 1 || !parsed.params.isEmpty()) {
            throw new CliException(Cli.INVALID, "lesson check: expected one lesson file but got "
                    + parsed.positional.size() + (parsed.positional.isEmpty() ? "" : ": " + parsed.positional));
        }
        LessonCheck.Verdict verdict = new LessonCheck(out, err, parsed.verbose)
                .check(Paths.get(parsed.positional.get(0)), update);
        return switch (verdict) {
            case PASSED -> Cli.OK;
            case FAILED -> Cli.FAILED;
            case INVALID -> Cli.INVALID;
        };
    }
}
