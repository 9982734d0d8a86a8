package io.pipelinestudio.app.validation;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.Severity;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.io.InputFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns, while the pipeline is designed, about input files that are not there: a run would fail on them,
 * and a typo in a path is cheaper to see now. A warning, not an error: the file may be written before the
 * run. Paths are resolved as a run resolves them, with the parameters' defaults; a path whose parameter
 * has no default is judged when the run binds it.
 */
final class MissingInputs {
    private MissingInputs() {}

    /** {@code report} with a warning for each input file of its pipeline that does not exist. */
    static ValidationReport addTo(ValidationReport report) {
        List<Problem> warnings = new ArrayList<>();
        // a node that does not bind is checked as written: its paths without placeholders still tell
        for (Node node : ParameterBinding.nodesWithDefaults(report.pipeline()).orElse(report.pipeline().nodes())) {
            for (String file : node.filesRead()) {
                if (file == null || file.isBlank() || !Placeholders.names(file).isEmpty()) {
                    continue;
                }
                describe(file).ifPresent(why -> warnings.add(new Problem(Severity.WARNING,
                        ProblemKind.MISSING_INPUT_FILE, node.id(), why)));
            }
        }
        if (warnings.isEmpty()) {
            return report;
        }
        List<Problem> problems = new ArrayList<>(report.problems());
        problems.addAll(warnings);
        return new ValidationReport(report.pipeline(), problems, report.topologicalOrder(), report.streams());
    }

    /** A missing file may yet be written before the run; a folder is a mistake either way. */
    private static java.util.Optional<String> describe(String file) {
        return InputFile.problem(file).filter(problem -> problem.fault() != InputFile.Fault.UNREADABLE)
                .map(problem -> problem.fault() == InputFile.Fault.MISSING
                        ? problem.message() + " (yet): a run would fail unless it is there by then" : problem.message());
    }
}
