package io.pipelinestudio.app.shell;

import static io.pipelinestudio.app.actions.StudioAction.*;

import io.pipelinestudio.app.about.AboutDialog;
import io.pipelinestudio.app.about.ProductInfo;
import io.pipelinestudio.app.actions.StudioAction;
import io.pipelinestudio.app.export.ExportActions;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCombination;

/** Binds the actions of the table to what the designer does for them, and makes the items that trigger them. */
final class StudioActions {
    private final Map<StudioAction, Runnable> handlers = new EnumMap<>(StudioAction.class);

    StudioActions(Designer designer) {
        var files = designer.files();
        handlers.put(NEW, files::newPipeline);
        handlers.put(OPEN, files::open);
        handlers.put(EXAMPLES, designer::showExamples);
        handlers.put(OPEN_LESSON, designer::openLesson);
        handlers.put(SAVE, files::save);
        handlers.put(SAVE_AS, files::saveAs);
        handlers.put(EXPORT_JAR, () -> designer.exports().export(ExportActions.Format.JAR));
        handlers.put(EXPORT_JAVA, () -> designer.exports().export(ExportActions.Format.JAVA));
        handlers.put(EXPORT_PLAN, () -> designer.exports().export(ExportActions.Format.PLAN));
        handlers.put(QUIT, designer::requestClose);
        handlers.put(UNDO, designer::undo);
        handlers.put(REDO, designer::redo);
        handlers.put(REDO_ALTERNATIVE, designer::redo);
        handlers.put(CUT, designer::cut);
        handlers.put(COPY, designer::copy);
        handlers.put(PASTE, designer::paste);
        handlers.put(DUPLICATE, designer::duplicate);
        handlers.put(DELETE, designer::delete);
        handlers.put(SELECT_ALL, designer::selectAll);
        handlers.put(ZOOM_IN, () -> designer.canvas().zoomIn());
        handlers.put(ZOOM_OUT, () -> designer.canvas().zoomOut());
        handlers.put(ACTUAL_SIZE, () -> designer.canvas().resetZoom());
        handlers.put(ZOOM_TO_FIT, () -> designer.canvas().zoomToFit());
        handlers.put(AUTO_LAYOUT, designer::autoLayout);
        var runs = designer.runActions();
        handlers.put(RUN_PIPELINE, runs::run);
        handlers.put(RUN_WITH_PARAMETERS, runs::runWithParameters);
        handlers.put(STOP, runs::stop);
        handlers.put(COMPARE_MODES, runs::compareModes);
        handlers.put(FLINK_DASHBOARD, runs::openDashboard);
        handlers.put(DEPLOY, designer.deployments()::deploy);
        handlers.put(STOP_DEPLOYED, designer.deployments()::stopWithSavepoint);
        handlers.put(SHORTCUTS, designer::showShortcuts);
        handlers.put(ABOUT, () -> AboutDialog.show(designer.stage(), ProductInfo.load()));
    }

    /** The action's item of the menu bar, with the id tests and the shortcuts dialog know it by. */
    MenuItem menuItem(StudioAction action) {
        MenuItem item = contextItem(action);
        item.setId(action.menuId());
        return item;
    }

    /** The action's item in a context menu: no id, since the menu bar's item already has it. */
    MenuItem contextItem(StudioAction action) {
        return triggering(new MenuItem(action.text()), action);
    }

    /** An item that names the action for what it acts on here, such as Delete Connection. */
    MenuItem contextItem(StudioAction action, String text) {
        return triggering(new MenuItem(text), action);
    }

    /** A check item, whose state its menu binds: the table gives its words, id and accelerator. */
    CheckMenuItem checkItem(StudioAction action) {
        return described(new CheckMenuItem(action.text()), action);
    }

    /** A radio item, whose group and state its menu sets: the table gives its words, id and accelerator. */
    RadioMenuItem radioItem(StudioAction action) {
        return described(new RadioMenuItem(action.text()), action);
    }

    /** The shortcuts that have no menu item but work anywhere in the window, to add to the scene's accelerators. */
    Map<KeyCombination, Runnable> windowShortcuts() {
        Map<KeyCombination, Runnable> shortcuts = new HashMap<>();
        for (StudioAction action : StudioAction.values()) {
            if (action.reach() == StudioAction.Reach.WINDOW) {
                shortcuts.put(action.accelerator().orElseThrow(), handler(action));
            }
        }
        return shortcuts;
    }

    private MenuItem triggering(MenuItem item, StudioAction action) {
        Runnable handler = handler(action);
        action.accelerator().ifPresent(item::setAccelerator);
        item.setOnAction(e -> handler.run());
        return item;
    }

    private static <T extends MenuItem> T described(T item, StudioAction action) {
        item.setId(action.menuId());
        action.accelerator().ifPresent(item::setAccelerator);
        return item;
    }

    private Runnable handler(StudioAction action) {
        Runnable handler = handlers.get(action);
        if (handler == null) {
            throw new IllegalStateException(
                    "Expected a handler bound to the action '" + action.id() + "' but found none");
        }
        return handler;
    }
}
