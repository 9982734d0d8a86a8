package io.pipelinestudio.app.shell;

import io.pipelinestudio.app.about.AboutDialog;
import io.pipelinestudio.app.about.ProductInfo;
import io.pipelinestudio.app.canvas.CanvasMenus;
import io.pipelinestudio.app.export.ExportActions;
import io.pipelinestudio.app.palette.PaletteCatalog;
import io.pipelinestudio.app.palette.PaletteEntry;
import io.pipelinestudio.app.theme.Icons;
import io.pipelinestudio.app.theme.Theme;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar and the context menus, all driving the same actions with the same shortcuts. */
final class StudioMenus implements CanvasMenus {
    private final Designer designer;

    StudioMenus(Designer designer) {
        this.designer = designer;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), arrangeMenu(), runMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return menu("File", "menu-file",
                item("New", "Shortcut+N", "menu-new", designer.files()::newPipeline),
                item("Open\u2026", "Shortcut+O", "menu-open", designer.files()::open),
                recent,
                item("Examples\u2026", "Shortcut+Shift+E", "menu-examples", designer::showExamples),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", "menu-save", designer.files()::save),
                item("Save As\u2026", "Shortcut+Shift+S", "menu-save-as", designer.files()::saveAs),
                exportMenu(),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", "menu-quit", designer::requestClose));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String file : designer.settings().get().recentFiles()) {
            MenuItem item = new MenuItem(file);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> designer.files().open(Path.of(file)));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", designer::undo);
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo", designer::redo);
        Menu edit = menu("Edit", "menu-edit", undo, redo, new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", "menu-cut", designer::cut),
                item("Copy", "Shortcut+C", "menu-copy", designer::copy),
                item("Paste", "Shortcut+V", "menu-paste", designer::paste),
                item("Duplicate", "Shortcut+D", "menu-duplicate", designer::duplicate),
                item("Delete", "Delete", "menu-delete", designer::delete),
                new SeparatorMenuItem(),
                item("Select All", "Shortcut+A", "menu-select-all", designer::selectAll));
        edit.setOnShowing(e -> {
            var commands = designer.document().commands();
            undo.setText(commands.canUndo() ? "Undo " + commands.undoDescription() : "Undo");
            redo.setText(commands.canRedo() ? "Redo " + commands.redoDescription() : "Redo");
        });
        designer.document().commands().revisionProperty().addListener(o -> {
            undo.setDisable(!designer.document().commands().canUndo());
            redo.setDisable(!designer.document().commands().canRedo());
        });
        undo.setDisable(true);
        redo.setDisable(true);
        return edit;
    }

    private Menu viewMenu() {
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setId("menu-snap");
        snap.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        snap.selectedProperty().bindBidirectional(designer.canvasModel().snapToGridProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.setSelected(designer.settings().get().theme() == Theme.DARK);
        dark.setOnAction(e -> designer.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        designer.settings().settingsProperty().addListener((o, old, now) -> dark.setSelected(now.theme() == Theme.DARK));
        return menu("View", "menu-view",
                item("Zoom In", "Shortcut+Equals", "menu-zoom-in", () -> designer.canvas().zoomIn()),
                item("Zoom Out", "Shortcut+Minus", "menu-zoom-out", () -> designer.canvas().zoomOut()),
                item("Actual Size", "Shortcut+0", "menu-zoom-reset", () -> designer.canvas().resetZoom()),
                item("Zoom to Fit", "Shortcut+1", "menu-zoom-fit", () -> designer.canvas().zoomToFit()),
                new SeparatorMenuItem(), snap, dark);
    }

    private Menu arrangeMenu() {
        return menu("Arrange", "menu-arrange",
                item("Auto-layout", "Shortcut+L", "menu-layout", designer::autoLayout));
    }

    private Menu exportMenu() {
        Menu export = menu("Export", "menu-export",
                item("Job Jar\u2026", null, "menu-export-jar", () -> designer.exports().export(ExportActions.Format.JAR)),
                item("Java Project\u2026", null, "menu-export-java",
                        () -> designer.exports().export(ExportActions.Format.JAVA)),
                item("Plan JSON\u2026", null, "menu-export-plan",
                        () -> designer.exports().export(ExportActions.Format.PLAN)));
        export.disableProperty().bind(designer.exports().busyProperty());
        return export;
    }

    /** Running on the embedded cluster; items of other run targets join this menu below a separator. */
    private Menu runMenu() {
        var actions = designer.runActions();
        var runs = designer.runs();
        MenuItem deploy = item("Deploy to Cluster\u2026", null, "menu-deploy", designer.deployments()::deploy);
        deploy.disableProperty().bind(designer.deployments().busyProperty());
        MenuItem stopDeployed = item("Stop Job with Savepoint\u2026", null, "menu-deploy-stop",
                designer.deployments()::stopWithSavepoint);
        stopDeployed.disableProperty().bind(designer.deployments().stoppableProperty().not());
        MenuItem run = item("Run", "F5", "menu-run-start", actions::run);
        MenuItem withParameters = item("Run with Parameters\u2026", "Shortcut+F5", "menu-run-parameters",
                actions::runWithParameters);
        MenuItem stop = item("Stop", "Shift+F5", "menu-run-stop", actions::stop);
        run.disableProperty().bind(runs.runningProperty());
        withParameters.disableProperty().bind(runs.runningProperty());
        stop.disableProperty().bind(runs.runningProperty().not());
        javafx.scene.control.ToggleGroup modes = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioMenuItem batch = new javafx.scene.control.RadioMenuItem("Batch Mode");
        javafx.scene.control.RadioMenuItem streaming = new javafx.scene.control.RadioMenuItem("Streaming Mode");
        batch.setId("menu-run-batch");
        streaming.setId("menu-run-streaming");
        batch.setToggleGroup(modes);
        streaming.setToggleGroup(modes);
        Runnable showMode = () -> (runs.modeProperty().get() == ExecutionMode.BATCH ? batch : streaming).setSelected(true);
        showMode.run();
        runs.modeProperty().addListener(o -> showMode.run());
        batch.setOnAction(e -> runs.modeProperty().set(ExecutionMode.BATCH));
        streaming.setOnAction(e -> runs.modeProperty().set(ExecutionMode.STREAMING));
        CheckMenuItem metrics = new CheckMenuItem("Live Metrics on the Canvas");
        metrics.setId("menu-run-metrics");
        metrics.selectedProperty().bindBidirectional(designer.runOverlay().liveMetricsProperty());
        return menu("Run", "menu-run", run, withParameters, stop, new SeparatorMenuItem(), batch, streaming,
                new SeparatorMenuItem(),
                item("Compare Batch and Streaming", "Shortcut+Shift+B", "menu-run-compare", actions::compareModes),
                metrics,
                item("Open Flink Dashboard", null, "menu-run-dashboard", actions::openDashboard),
                new SeparatorMenuItem(), deploy, stopDeployed);
    }

    private Menu helpMenu() {
        return menu("Help", "menu-help",
                item("Keyboard Shortcuts", "F1", "menu-shortcuts", designer::showShortcuts),
                new SeparatorMenuItem(),
                item("About Pipeline Studio", null, "menu-about",
                        () -> AboutDialog.show(designer.stage(), ProductInfo.load())));
    }

    @Override
    public ContextMenu forNode(String nodeId) {
        return context(
                item("Copy", "Shortcut+C", null, designer::copy),
                item("Duplicate", "Shortcut+D", null, designer::duplicate),
                item("Cut", "Shortcut+X", null, designer::cut),
                new SeparatorMenuItem(),
                item("Delete", "Delete", null, designer::delete));
    }

    @Override
    public ContextMenu forEdge(String edgeId) {
        return context(item("Delete Connection", "Delete", null, designer::delete));
    }

    @Override
    public ContextMenu forCanvas(Point2D at) {
        Menu add = new Menu("Add Node");
        for (NodeFamily family : NodeFamily.values()) {
            var entries = PaletteCatalog.family(family);
            if (entries.isEmpty()) {
                continue;
            }
            Menu group = new Menu(family.title());
            for (PaletteEntry entry : entries) {
                MenuItem item = new MenuItem(entry.label(), Icons.icon(entry.icon(), 16));
                item.setOnAction(e -> designer.canvasModel().addNode(entry.kind(), at));
                group.getItems().add(item);
            }
            add.getItems().add(group);
        }
        return context(add, new SeparatorMenuItem(),
                item("Paste", "Shortcut+V", null, designer::paste),
                item("Select All", "Shortcut+A", null, designer::selectAll),
                new SeparatorMenuItem(),
                item("Auto-layout", "Shortcut+L", null, designer::autoLayout),
                item("Zoom to Fit", "Shortcut+1", null, () -> designer.canvas().zoomToFit()));
    }

    private static ContextMenu context(MenuItem... items) {
        ContextMenu menu = new ContextMenu(items);
        menu.getStyleClass().add("canvas-context-menu");
        return menu;
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
