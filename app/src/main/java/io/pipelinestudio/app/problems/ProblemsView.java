package io.pipelinestudio.app.problems;

import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.Severity;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The list of the pipeline's problems; double-clicking one selects the node or edge at fault. */
public final class ProblemsView extends VBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass(Styles.ERROR);
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass(Styles.WARNING);

    private final ValidationService validation;
    private final Consumer<Problem> onOpen;
    private final ListView<Problem> list = new ListView<>();
    private final Label title = new Label("Problems");
    private final Label count = new Label();

    /** {@code onOpen} receives the problem a person double-clicks or presses Enter on. */
    public ProblemsView(ValidationService validation, Consumer<Problem> onOpen) {
        this.validation = validation;
        this.onOpen = onOpen;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PROBLEMS);
        title.getStyleClass().add(Styles.PANEL_TITLE);
        count.getStyleClass().add("problem-count");
        count.setId("problem-count");
        HBox header = new HBox(8, title, count);
        header.getStyleClass().add("problems-header");
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems: the pipeline is valid"));
        list.setCellFactory(v -> new ProblemCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    private void initListeners() {
        validation.reportProperty().addListener((obs, old, now) -> show(now));
        show(validation.report());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
    }

    private void open() {
        Problem problem = list.getSelectionModel().getSelectedItem();
        if (problem != null) {
            onOpen.accept(problem);
        }
    }

    public ListView<Problem> list() {
        return list;
    }

    private void show(ValidationReport report) {
        List<Problem> problems = report == null ? List.of() : report.problems().stream()
                .sorted(Comparator.comparing(Problem::severity)).toList();
        list.getItems().setAll(problems);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        count.setText(errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings"));
        count.pseudoClassStateChanged(ERROR, errors > 0);
    }

    private static final class ProblemCell extends ListCell<Problem> {
        private final Region dot = new Region();
        private final Label target = new Label();
        private final Label message = new Label();
        private final HBox box = new HBox(8, dot, target, message);

        ProblemCell() {
            getStyleClass().add(Styles.PROBLEM_CELL);
            dot.getStyleClass().add("severity-dot");
            target.getStyleClass().add("problem-target");
            message.getStyleClass().add("problem-message");
            // a message wraps within the list's width instead of being cut: it is the whole explanation
            message.setWrapText(true);
            message.setMinWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
            target.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(message, Priority.ALWAYS);
            box.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            HBox.setMargin(dot, new javafx.geometry.Insets(5, 0, 0, 0));
            // the cell takes the list's width rather than the message's, so that the list never scrolls sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean error = problem.severity() == Severity.ERROR;
            dot.pseudoClassStateChanged(ERROR, error);
            dot.pseudoClassStateChanged(WARNING, !error);
            target.setText(problem.target());
            message.setText(problem.message());
            setGraphic(box);
            setTooltip(new Tooltip(problem.message()));
        }
    }
}
