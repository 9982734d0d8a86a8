package io.pipelinestudio.app.shell;

import io.pipelinestudio.app.actions.ShortcutsDialog;
import io.pipelinestudio.app.canvas.CanvasView;
import io.pipelinestudio.app.run.ShowingObserver;
import io.pipelinestudio.app.training.TrainingCharts;
import io.pipelinestudio.app.code.CodeArea;
import io.pipelinestudio.app.code.CodeView;
import io.pipelinestudio.app.code.CodeViewModel;
import io.pipelinestudio.app.chart.WindowChartObserver;
import io.pipelinestudio.app.canvas.CanvasViewModel;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.export.DeployActions;
import io.pipelinestudio.app.export.DeploymentStatus;
import io.pipelinestudio.app.export.ExportActions;
import io.pipelinestudio.app.files.Autosave;
import io.pipelinestudio.app.files.Examples;
import io.pipelinestudio.app.files.ExamplesDialog;
import io.pipelinestudio.app.files.FileActions;
import io.pipelinestudio.app.files.FileDialogs;
import io.pipelinestudio.app.files.FileWorker;
import io.pipelinestudio.app.files.KnownPipelines;
import io.pipelinestudio.app.files.Recovery;
import io.pipelinestudio.app.lesson.LessonPanel;
import io.pipelinestudio.app.xray.OpenWindowsObserver;
import io.pipelinestudio.app.xray.WatermarkXray;
import io.pipelinestudio.app.lesson.LessonPlayer;
import io.pipelinestudio.app.palette.PaletteView;
import io.pipelinestudio.app.problems.ProblemsView;
import io.pipelinestudio.app.problems.SelectionProblems;
import io.pipelinestudio.app.properties.PropertiesView;
import io.pipelinestudio.app.properties.PropertiesViewModel;
import io.pipelinestudio.app.run.CanvasRunOverlay;
import io.pipelinestudio.app.run.EdgePreview;
import io.pipelinestudio.app.run.LaunchOptions;
import io.pipelinestudio.app.run.RunActions;
import io.pipelinestudio.app.run.RunConsent;
import io.pipelinestudio.app.run.ResultsPane;
import io.pipelinestudio.app.run.RunController;
import io.pipelinestudio.app.run.RunStatusView;
import io.pipelinestudio.app.run.RunToolbar;
import io.pipelinestudio.app.run.SharedRunner;
import io.pipelinestudio.app.settings.RememberedRunParameters;
import io.pipelinestudio.app.settings.SettingsStore;
import io.pipelinestudio.app.settings.UserSettings;
import io.pipelinestudio.app.theme.Theme;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.validate.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer window and the composition root that wires the document, its views and the file
 * actions together. One designer per window.
 */
public final class Designer {
    private final Stage stage;
    private final PipelineDocument document = new PipelineDocument();
    private final Selection selection = new Selection(document);
    private final ValidationService validation = new ValidationService(document);
    private final CanvasViewModel canvasModel = new CanvasViewModel(document, selection, validation);
    private final UserSettings settings;
    private final FileWorker worker = new FileWorker();
    private final Recovery recovery;
    private final FileActions files;
    private final Autosave autosave;
    private final CanvasView canvas;
    private final PaletteView palette;
    private final PropertiesView properties;
    private final ProblemsView problems;
    private final CodeViewModel codeModel;
    private final CodeView code;
    private final ExportActions exports;
    private final DeployActions deployments;
    private final Scene scene;
    private final RunController runs = new RunController(document, SharedRunner::get);
    private final ResultsPane results;
    private final CanvasRunOverlay runOverlay;
    private final RunActions runActions;
    private final WindowChartObserver windowCharts;
    private final EdgePreview edgePreview;
    private final LessonPlayer lessons;
    private final WatermarkXray xray;
    private final Path configDirectory;
    private final FileDialogs dialogs;
    private PresentationLayout presentation;

    public Designer(Stage stage, Path configDirectory, FileDialogs dialogs) {
        this.stage = stage;
        this.configDirectory = configDirectory;
        this.dialogs = dialogs;
        settings = new UserSettings(new SettingsStore(configDirectory));
        recovery = new Recovery(configDirectory);
        KnownPipelines knownPipelines = new KnownPipelines(configDirectory);
        files = new FileActions(stage, document, selection, settings, worker, knownPipelines, dialogs, canvasModel::say);
        autosave = new Autosave(document, worker, recovery);
        canvasModel.snapToGridProperty().set(settings.get().snapToGrid());
        canvas = new CanvasView(canvasModel);
        palette = new PaletteView(kind -> canvas.addAtCenter(kind));
        properties = new PropertiesView(new PropertiesViewModel(document, selection, canvasModel::say,
                validation::inputFieldsOf), dialogs);
        properties.showProblems(new SelectionProblems(validation, selection));
        problems = new ProblemsView(validation, this::openProblem);
        codeModel = new CodeViewModel(selection, validation);
        code = new CodeView(codeModel);
        exports = new ExportActions(stage, document, validation, dialogs, canvasModel::say);
        deployments = new DeployActions(stage, document, validation, configDirectory, canvasModel::say);
        results = new ResultsPane(runs);
        runOverlay = new CanvasRunOverlay(runs, canvas, this::showRejected);
        runActions = new RunActions(stage, document, runs, results, runOverlay,
                new RunConsent(stage, document, knownPipelines, worker), new RememberedRunParameters(settings));
        runs.addObserver(results);
        runs.addObserver(runOverlay);
        document.pipelineProperty().addListener((o, old, now) -> runOverlay.edited(now));
        windowCharts = new WindowChartObserver(results::addTab, dialogs, runs::say);
        runs.addObserver(windowCharts);
        TrainingCharts training = new TrainingCharts();
        training.bindStepRate(runs.stepsPerSecondProperty());
        runs.addObserver(new ShowingObserver(training, "Training", training.view(), results::addTab));
        edgePreview = new EdgePreview(document, selection, validation, runOverlay, runs, results::addTab);
        runs.addObserver(edgePreview);
        OpenWindowsObserver openWindows = new OpenWindowsObserver();
        runs.addObserver(openWindows);
        xray = new WatermarkXray(document, selection, runs, runOverlay, openWindows, results::addTab);
        runs.addObserver(xray);
        lessons = new LessonPlayer(new DesignerLessonStage(this), worker, configDirectory.resolve("lesson-outputs"));
        StudioMenus menus = new StudioMenus(this);
        canvas.setMenus(menus);
        scene = new Scene(layout(menus), settings.get().windowWidth(), settings.get().windowHeight());
        scene.getAccelerators().putAll(menus.windowShortcuts());
        initListeners();
        setTheme(settings.get().theme());
    }

    private BorderPane layout(StudioMenus menus) {
        StackPane canvasArea = new StackPane(canvas, emptyHint());
        SplitPane bottom = new SplitPane(problems, results);
        bottom.setDividerPositions(0.4);
        SplitPane middle = new SplitPane(canvasArea, bottom);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.76);
        // a chart or a preview needs more room than the problems list: grow the bottom once it shows one
        results.setOnViewShown(() -> {
            if (presentation.editing() && middle.getDividerPositions()[0] > 0.56) {
                middle.setDividerPositions(0.56);
            }
        });
        SplitPane.setResizableWithParent(bottom, false);
        TabPane side = sidePanel();
        SplitPane main = new SplitPane(palette, middle, side);
        main.setDividerPositions(0.15, 0.77);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(side, false);
        main.getStyleClass().add("main-split");
        BorderPane root = new BorderPane(main);
        presentation = new PresentationLayout(root, main, middle, bottom, canvasArea, results);
        root.setTop(new VBox(menus.menuBar(), new RunToolbar(runs, runActions::run, runActions::compareModes)));
        StatusBarView status = new StatusBarView(canvasModel, canvas);
        status.addIndicator(new RunStatusView(runs));
        status.addIndicator(new DeploymentStatus(deployments, canvasModel::say));
        root.setBottom(status);
        root.getStyleClass().add("designer");
        return root;
    }

    /** The selection's properties and, beside them, the DataStream code it contributes, written only while shown. */
    private TabPane sidePanel() {
        Tab propertiesTab = new Tab("Properties", properties);
        propertiesTab.setId("tab-properties");
        Tab codeTab = new Tab("Code", code);
        codeTab.setId("tab-code");
        TabPane side = new TabPane(propertiesTab, codeTab);
        showLessonsIn(side);
        side.setId("side-tabs");
        side.getStyleClass().add("side-tabs");
        side.getStylesheets().add(java.util.Objects.requireNonNull(Designer.class.getResource("/assets/css/side-panel.css"),
                "Expected the stylesheet assets/css/side-panel.css on the class path but it is missing").toExternalForm());
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        codeModel.activeProperty().bind(codeTab.selectedProperty());
        return side;
    }

    /** A lesson's steps take a tab of their own beside the canvas while it is played. */
    private void showLessonsIn(TabPane side) {
        Tab lessonTab = new Tab("Lesson", new LessonPanel(lessons));
        lessonTab.setId("tab-lesson");
        lessons.lessonProperty().addListener((o, old, now) -> {
            if (now == null) {
                side.getTabs().remove(lessonTab);
            } else {
                if (!side.getTabs().contains(lessonTab)) {
                    side.getTabs().add(0, lessonTab);
                }
                side.getSelectionModel().select(lessonTab);
            }
        });
    }

    /** Asks for a lesson file, starting in the shipped lessons' folder, and plays it. */
    public void openLesson() {
        files.whenDiscardable(() -> dialogs.chooseOpen(stage, Examples.lessonsFolder().orElse(Path.of("")))
                .ifPresent(lessons::open));
    }

    public WatermarkXray xray() {
        return xray;
    }

    public LessonPlayer lessons() {
        return lessons;
    }

    private VBox emptyHint() {
        Label title = new Label("Start a pipeline");
        title.getStyleClass().add("empty-title");
        Label hint = new Label("Drag a source from the palette onto the canvas, or open an example with File \u2192 Examples.");
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, title, hint);
        box.getStyleClass().add("empty-state");
        box.setMaxSize(360, 120);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> document.pipeline().nodes().isEmpty(), document.pipelineProperty()));
        return box;
    }

    private void initListeners() {
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleBinding());
        stage.setMaximized(settings.get().maximized());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        canvasModel.snapToGridProperty().addListener((o, old, snap) -> settings.update(s -> s.withSnapToGrid(snap)));
        files.setAfterLoad(() -> {
            Platform.runLater(canvas::zoomToFit);
            runActions.loaded();
            lessons.loaded();
        });
    }

    /** Shows the window, offers to restore unsaved work from a crash, then opens a file named on the command line. */
    public void show(List<String> args) {
        LaunchOptions launch;
        try {
            launch = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            canvasModel.say(e.getMessage());
            launch = LaunchOptions.parse(List.of());
        }
        show(launch);
    }

    private void show(LaunchOptions launch) {
        List<String> args = launch.file().map(List::of).orElse(List.of());
        if (launch.run()) {
            runActions.runAfterNextLoad(launch.mode(), launch.parameters());
        }
        presentation.presentingProperty().set(launch.present());
        stage.show();
        canvas.requestFocus();
        // the embedded Flink cluster starts in the background once the window is drawn, so that Run finds it
        // ready and the window's first frame does not share the machine with it
        FirstFrame.then(runs::warmUp);
        worker.submit(recovery::read, recovered -> {
            if (recovered.isPresent() && offerRestore(recovered.get())) {
                files.restore(recovered.get());
            } else if (!args.isEmpty()) {
                files.open(Path.of(args.get(0)));
            }
            autosave.start();
        }, e -> {
            canvasModel.say("Cannot read the recovery copy: " + e.getMessage());
            autosave.start();
        });
    }

    private boolean offerRestore(Recovery.Recovered recovered) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        alert.initOwner(stage);
        alert.setTitle("Restore unsaved changes");
        alert.setHeaderText("Pipeline Studio did not close normally");
        alert.getDialogPane().setContent(new Label("Restore the unsaved changes to "
                + (recovered.file() == null ? "an untitled pipeline" : recovered.file().getFileName().toString())
                + " from the last session?"));
        alert.getDialogPane().setId("restore-dialog");
        boolean yes = alert.showAndWait().orElse(discard) == restore;
        if (!yes) {
            autosave.discard();
        }
        return yes;
    }

    public void requestClose() {
        files.whenDiscardable(() -> {
            autosave.stop();
            settings.update(s -> s.withWindow(stage.isMaximized() ? s.windowWidth() : stage.getWidth(),
                    stage.isMaximized() ? s.windowHeight() : stage.getHeight(), stage.isMaximized()));
            settings.flush();
            autosave.discard();
            stage.hide();
            Platform.exit();
        });
    }

    public void setTheme(Theme theme) {
        theme.applyTo(scene);
        scene.setFill(theme.canvasBackground());
        canvas.setTheme(theme);
        io.pipelinestudio.app.chart.ChartTheme.use(theme);
        settings.update(s -> s.withTheme(theme));
    }

    // ---- actions that respect text editing: a focused text field keeps its own shortcuts ----

    private Optional<TextInputControl> editingText() {
        return scene.getFocusOwner() instanceof TextInputControl text ? Optional.of(text) : Optional.empty();
    }

    private Optional<CodeArea> readingCode() {
        return scene.getFocusOwner() instanceof CodeArea area ? Optional.of(area) : Optional.empty();
    }

    public void undo() {
        editingText().ifPresentOrElse(TextInputControl::undo, document::undo);
    }

    public void redo() {
        editingText().ifPresentOrElse(TextInputControl::redo, document::redo);
    }

    public void copy() {
        if (readingCode().isPresent()) {
            readingCode().get().copySelection();
            return;
        }
        editingText().ifPresentOrElse(TextInputControl::copy, canvasModel::copy);
    }

    public void cut() {
        editingText().ifPresentOrElse(TextInputControl::cut, () -> {
            canvasModel.copy();
            canvasModel.deleteSelection();
        });
    }

    public void paste() {
        editingText().ifPresentOrElse(TextInputControl::paste, canvasModel::paste);
    }

    public void duplicate() {
        if (editingText().isEmpty()) {
            canvasModel.duplicate();
        }
    }

    public void delete() {
        editingText().ifPresentOrElse(TextInputControl::deleteNextChar, canvasModel::deleteSelection);
    }

    public void selectAll() {
        if (readingCode().isPresent()) {
            readingCode().get().selectAll();
            return;
        }
        editingText().ifPresentOrElse(TextInputControl::selectAll, canvasModel::selectAll);
    }

    public void autoLayout() {
        canvasModel.autoLayout();
        Platform.runLater(canvas::zoomToFit);
    }

    public void showExamples() {
        canvasModel.say("Reading examples\u2026");
        worker.submit(Examples::list, list -> {
            canvasModel.say("");
            ExamplesDialog.show(stage, list, files::openExample);
        }, e -> canvasModel.say("Cannot read the examples: " + e.getMessage()));
    }

    public void showShortcuts() {
        ShortcutsDialog.show(stage);
    }

    private void openProblem(Problem problem) {
        String target = problem.target();
        if (document.pipeline().node(target).isPresent()) {
            selection.selectNode(target);
            canvas.centerOn(target);
        } else if (document.pipeline().edges().stream().map(Edge::id).anyMatch(target::equals)) {
            selection.selectEdge(target);
        }
    }

    /** Shows a live view (a chart, a preview, training curves) as a tab of the results area. */
    public void addResultsTab(String title, javafx.scene.Node content) {
        results.addTab(title, content);
    }

    private void showRejected(String nodeId) {
        runActions.showRejected(nodeId);
    }

    public RunActions runActions() {
        return runActions;
    }

    /** Presentation mode and the full-screen results, for the View menu. */
    PresentationLayout presentation() {
        return presentation;
    }

    // ---- for tests and the benchmark ----

    public RunController runs() {
        return runs;
    }

    public ResultsPane results() {
        return results;
    }

    public EdgePreview edgePreview() {
        return edgePreview;
    }

    public WindowChartObserver windowCharts() {
        return windowCharts;
    }

    public CanvasRunOverlay runOverlay() {
        return runOverlay;
    }

    public Stage stage() {
        return stage;
    }

    public PipelineDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public ValidationService validation() {
        return validation;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public CanvasViewModel canvasModel() {
        return canvasModel;
    }

    public FileActions files() {
        return files;
    }

    public UserSettings settings() {
        return settings;
    }

    public Autosave autosave() {
        return autosave;
    }

    public ExportActions exports() {
        return exports;
    }

    public DeployActions deployments() {
        return deployments;
    }

    public CodeViewModel codeModel() {
        return codeModel;
    }
}
