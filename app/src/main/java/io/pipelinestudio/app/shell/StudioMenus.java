package io.pipelinestudio.app.shell;

import static io.pipelinestudio.app.actions.StudioAction.*;

import io.pipelinestudio.app.actions.ActionGroup;
import io.pipelinestudio.app.actions.StudioAction;
import io.pipelinestudio.app.canvas.CanvasMenus;
import io.pipelinestudio.app.palette.PaletteCatalog;
import io.pipelinestudio.app.palette.PaletteEntry;
import io.pipelinestudio.app.theme.Icons;
import io.pipelinestudio.app.theme.Theme;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar and the context menus, made from the action table so that they share its actions and shortcuts. */
final class StudioMenus implements CanvasMenus {
    private final Designer designer;
    private final StudioActions actions;

    StudioMenus(Designer designer) {
        this.designer = designer;
        this.actions = new StudioActions(designer);
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), arrangeMenu(), runMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    /** The shortcuts without a menu item that work anywhere in the window. */
    Map<KeyCombination, Runnable> windowShortcuts() {
        return actions.windowShortcuts();
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return menu(ActionGroup.FILE, item(NEW), item(OPEN), recent, item(EXAMPLES), item(OPEN_LESSON), new SeparatorMenuItem(),
                item(SAVE), item(SAVE_AS), exportMenu(), new SeparatorMenuItem(), item(QUIT));
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
        MenuItem undo = item(UNDO);
        MenuItem redo = item(REDO);
        Menu edit = menu(ActionGroup.EDIT, undo, redo, new SeparatorMenuItem(),
                item(CUT), item(COPY), item(PASTE), item(DUPLICATE), item(DELETE), new SeparatorMenuItem(),
                item(SELECT_ALL));
        edit.setOnShowing(e -> {
            var commands = designer.document().commands();
            undo.setText(commands.canUndo() ? UNDO.text() + " " + commands.undoDescription() : UNDO.text());
            redo.setText(commands.canRedo() ? REDO.text() + " " + commands.redoDescription() : REDO.text());
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
        CheckMenuItem snap = actions.checkItem(SNAP_TO_GRID);
        snap.selectedProperty().bindBidirectional(designer.canvasModel().snapToGridProperty());
        CheckMenuItem dark = actions.checkItem(DARK_THEME);
        dark.setSelected(designer.settings().get().theme() == Theme.DARK);
        dark.setOnAction(e -> designer.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        designer.settings().settingsProperty().addListener((o, old, now) -> dark.setSelected(now.theme() == Theme.DARK));
        CheckMenuItem presenting = actions.checkItem(PRESENTATION);
        presenting.selectedProperty().bindBidirectional(designer.presentation().presentingProperty());
        CheckMenuItem resultsOnly = actions.checkItem(MAXIMIZE_RESULTS);
        resultsOnly.selectedProperty().bindBidirectional(designer.presentation().resultsMaximizedProperty());
        return menu(ActionGroup.VIEW, item(ZOOM_IN), item(ZOOM_OUT), item(ACTUAL_SIZE), item(ZOOM_TO_FIT),
                new SeparatorMenuItem(), snap, dark, new SeparatorMenuItem(), presenting, resultsOnly);
    }

    private Menu arrangeMenu() {
        return menu(ActionGroup.ARRANGE, item(AUTO_LAYOUT));
    }

    private Menu exportMenu() {
        Menu export = new Menu("Export", null, item(EXPORT_JAR), item(EXPORT_JAVA), item(EXPORT_PLAN));
        export.setId("menu-export");
        export.disableProperty().bind(designer.exports().busyProperty());
        return export;
    }

    /** Running on the embedded cluster; items of other run targets join this menu below a separator. */
    private Menu runMenu() {
        var runs = designer.runs();
        MenuItem deploy = item(DEPLOY);
        deploy.disableProperty().bind(designer.deployments().busyProperty());
        MenuItem stopDeployed = item(STOP_DEPLOYED);
        stopDeployed.disableProperty().bind(designer.deployments().stoppableProperty().not());
        MenuItem run = item(RUN_PIPELINE);
        MenuItem withParameters = item(RUN_WITH_PARAMETERS);
        MenuItem stop = item(STOP);
        run.disableProperty().bind(runs.runningProperty());
        withParameters.disableProperty().bind(runs.runningProperty());
        stop.disableProperty().bind(runs.runningProperty().not());
        ToggleGroup modes = new ToggleGroup();
        RadioMenuItem batch = actions.radioItem(BATCH_MODE);
        RadioMenuItem streaming = actions.radioItem(STREAMING_MODE);
        batch.setToggleGroup(modes);
        streaming.setToggleGroup(modes);
        Runnable showMode = () -> (runs.modeProperty().get() == ExecutionMode.BATCH ? batch : streaming).setSelected(true);
        showMode.run();
        runs.modeProperty().addListener(o -> showMode.run());
        batch.setOnAction(e -> runs.modeProperty().set(ExecutionMode.BATCH));
        streaming.setOnAction(e -> runs.modeProperty().set(ExecutionMode.STREAMING));
        CheckMenuItem metrics = actions.checkItem(LIVE_METRICS);
        metrics.selectedProperty().bindBidirectional(designer.runOverlay().liveMetricsProperty());
        return menu(ActionGroup.RUN, run, withParameters, stop, new SeparatorMenuItem(), batch, streaming,
                new SeparatorMenuItem(), item(COMPARE_MODES), metrics, item(FLINK_DASHBOARD),
                new SeparatorMenuItem(), deploy, stopDeployed);
    }

    private Menu helpMenu() {
        return menu(ActionGroup.HELP, item(SHORTCUTS), new SeparatorMenuItem(), item(ABOUT));
    }

    @Override
    public ContextMenu forNode(String nodeId) {
        return context(actions.contextItem(COPY), actions.contextItem(DUPLICATE), actions.contextItem(CUT),
                new SeparatorMenuItem(), actions.contextItem(DELETE));
    }

    @Override
    public ContextMenu forEdge(String edgeId) {
        return context(actions.contextItem(DELETE, "Delete Connection"));
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
        return context(add, new SeparatorMenuItem(), actions.contextItem(PASTE), actions.contextItem(SELECT_ALL),
                new SeparatorMenuItem(), actions.contextItem(AUTO_LAYOUT), actions.contextItem(ZOOM_TO_FIT));
    }

    private static ContextMenu context(MenuItem... items) {
        ContextMenu menu = new ContextMenu(items);
        menu.getStyleClass().add("canvas-context-menu");
        return menu;
    }

    private MenuItem item(StudioAction action) {
        return actions.menuItem(action);
    }

    private static Menu menu(ActionGroup group, MenuItem... items) {
        Menu menu = new Menu(group.title(), null, items);
        menu.setId(group.menuId());
        return menu;
    }
}
