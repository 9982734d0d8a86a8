package io.pipelinestudio.app.run;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/**
 * A live sample of the records on the selected edge, as a table with the columns of the edge's schema.
 * The records were sampled on the job's threads by {@link FlowCounters} (at most
 * {@value FlowCounters#SAMPLE_SIZE}); the table refreshes twice a second while the job runs.
 */
public final class EdgePreview extends BorderPane implements RunObserver {
    public static final String TAB_TITLE = "Preview";
    private final PipelineDocument document;
    private final ValidationService validation;
    private final CanvasRunOverlay overlay;
    private final RunController runs;
    private final TableView<List<Object>> table = new TableView<>();
    private final Label title = new Label();
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.millis(500), e -> fill()));
    private Edge edge;
    private List<Field> columns = List.of();

    public EdgePreview(PipelineDocument document, Selection selection, ValidationService validation,
            CanvasRunOverlay overlay, RunController runs, BiConsumer<String, javafx.scene.Node> addTab) {
        this.document = document;
        this.validation = validation;
        this.overlay = overlay;
        this.runs = runs;
        setId("edge-preview");
        table.setId("preview-table");
        table.setPlaceholder(new Label("No records seen on this connection yet: run the pipeline"));
        title.getStyleClass().add("preview-title");
        setTop(title);
        setCenter(table);
        refresh.setCycleCount(Animation.INDEFINITE);
        selection.edgesProperty().addListener((o, old, now) -> {
            // while designing, a click on a connection must not pull the results area open
            if (now.size() == 1 && overlay.counters() != null) {
                show(now.iterator().next());
                addTab.accept(TAB_TITLE, this);
            }
        });
        runs.runningProperty().addListener((o, was, running) -> {
            if (running) {
                refresh.play();
            } else {
                refresh.stop();
                fill();
            }
        });
    }

    private void show(String edgeId) {
        edge = document.pipeline().edges().stream().filter(e -> e.id().equals(edgeId)).findFirst().orElse(null);
        if (edge == null) {
            return;
        }
        ValidationReport report = validation.report();
        Optional<StreamInfo> stream = report == null ? Optional.empty() : report.stream(edge.from(), edge.fromPort());
        columns = stream.map(s -> s.schema().fields()).orElse(List.of());
        table.getColumns().clear();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            Field field = columns.get(i);
            TableColumn<List<Object>, String> column = new TableColumn<>(field.name());
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? String.valueOf(row.getValue().get(index)) : ""));
            table.getColumns().add(column);
        }
        fill();
    }

    private void fill() {
        if (edge == null) {
            return;
        }
        FlowCounters counters = overlay.counters();
        List<List<Object>> rows = counters == null ? List.of() : counters.sample(edge.from(), edge.fromPort());
        long total = counters == null ? 0 : counters.total(edge.from(), edge.fromPort());
        title.setText(edge.from() + "." + edge.fromPort() + " \u2192 " + edge.to() + "." + edge.toPort()
                + (counters == null ? "" : " \u00b7 latest " + rows.size() + " sampled of " + String.format("%,d", total)
                + (runs.isRunning() ? " (live)" : "")));
        table.getItems().setAll(rows);
    }

    /** Another pipeline was opened: its connections have no records seen yet. */
    @Override
    public void forget() {
        edge = null;
        columns = List.of();
        title.setText("");
        table.getColumns().clear();
        table.getItems().clear();
    }

    public List<List<Object>> rows() {
        return List.copyOf(table.getItems());
    }

    public List<String> columnNames() {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }
}
