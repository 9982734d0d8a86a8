package io.pipelinestudio.app.code;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.compile.JavaSourceGenerator;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The DataStream code the selected node contributes to its job, written by the node's translator (the
 * same writer as the Java export) on a background thread whenever the selection or the validated graph
 * changes; only the newest request's result is shown.
 */
public final class CodeViewModel {
    private final Selection selection;
    private final ValidationService validation;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(this, "generating");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final AtomicLong latest = new AtomicLong();
    private final ExecutorService executor = BackgroundThreads.single("code-view");

    public CodeViewModel(Selection selection, ValidationService validation) {
        this.selection = selection;
        this.validation = validation;
        selection.nodesProperty().addListener(o -> refresh());
        validation.reportProperty().addListener(o -> refresh());
        active.addListener(o -> refresh());
        refresh();
    }

    /** The code of the selected node, empty when there is none to show. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** What the code is, or why there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty generatingProperty() {
        return generating.getReadOnlyProperty();
    }

    /** Whether the code is shown at all; a hidden view writes nothing. */
    public BooleanProperty activeProperty() {
        return active;
    }

    private void refresh() {
        long ticket = latest.incrementAndGet();
        if (!active.get()) {
            return;
        }
        Set<String> nodes = selection.nodes();
        if (nodes.size() != 1) {
            code.set("");
            message.set(nodes.isEmpty() ? "Select a node to see the DataStream code it contributes to the job."
                    : "Select a single node to see its code.");
            generating.set(false);
            return;
        }
        String id = nodes.iterator().next();
        ValidationReport report = validation.report();
        if (report == null || report.pipeline().node(id).isEmpty()) {
            // the report of the graph with this node is on its way and refreshes again
            message.set("Checking the pipeline\u2026");
            generating.set(true);
            return;
        }
        generating.set(true);
        executor.execute(() -> {
            if (latest.get() != ticket) {
                return;
            }
            String text;
            try {
                text = JavaSourceGenerator.forNode(report, id);
            } catch (RuntimeException e) {
                text = "// " + id + ": no code: " + e.getMessage() + "\n";
            }
            String written = text;
            Platform.runLater(() -> {
                // a newer selection or graph has been asked for since: its result follows
                if (latest.get() == ticket) {
                    code.set(written);
                    message.set(describe(report, id, written));
                    generating.set(false);
                }
            });
        });
    }

    private static String describe(ValidationReport report, String id, String written) {
        if (written.startsWith("// " + id + ": no code") || written.startsWith("// no node")) {
            return "No code for this node until the problems are fixed (see Problems).";
        }
        if (!report.valid()) {
            return "The pipeline has problems; this is the node's code so far, and the job is complete once they"
                    + " are fixed.";
        }
        return "The DataStream API calls this node adds to the job. File \u2192 Export \u2192 Java Project writes"
                + " the whole job.";
    }
}
