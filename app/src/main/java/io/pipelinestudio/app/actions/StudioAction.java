package io.pipelinestudio.app.actions;

import static io.pipelinestudio.app.actions.ActionGroup.ARRANGE;
import static io.pipelinestudio.app.actions.ActionGroup.CANVAS;
import static io.pipelinestudio.app.actions.ActionGroup.EDIT;
import static io.pipelinestudio.app.actions.ActionGroup.FILE;
import static io.pipelinestudio.app.actions.ActionGroup.HELP;
import static io.pipelinestudio.app.actions.ActionGroup.RUN;
import static io.pipelinestudio.app.actions.ActionGroup.VIEW;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * The one table of the designer's actions and their shortcuts, from which the menus, the context menus, the
 * toolbar's tooltips and Help → Keyboard Shortcuts are all made, so that they cannot disagree.
 */
public enum StudioAction {
    NEW(FILE, "new", "New", "Shortcut+N", "Start an empty pipeline"),
    OPEN(FILE, "open", "Open\u2026", "Shortcut+O", "Open a pipeline file"),
    EXAMPLES(FILE, "examples", "Examples\u2026", "Shortcut+Shift+E", "Open one of the bundled example pipelines"),
    OPEN_LESSON(FILE, "open-lesson", "Open Lesson\u2026",
            "Play a lesson: a pipeline with its data, and steps to explain and run one by one"),
    SAVE(FILE, "save", "Save", "Shortcut+S", "Save the pipeline"),
    SAVE_AS(FILE, "save-as", "Save As\u2026", "Shortcut+Shift+S", "Save the pipeline under a new name"),
    EXPORT_JAR(FILE, "export-jar", "Job Jar\u2026", "Export the pipeline as a job jar for a Flink cluster"),
    EXPORT_JAVA(FILE, "export-java", "Java Project\u2026", "Export the pipeline as a Java project"),
    EXPORT_PLAN(FILE, "export-plan", "Plan JSON\u2026", "Export the pipeline's execution plan as JSON"),
    QUIT(FILE, "quit", "Quit", "Shortcut+Q", "Close the designer"),

    UNDO(EDIT, "undo", "Undo", "Shortcut+Z", "Undo the last edit"),
    REDO(EDIT, "redo", "Redo", "Shortcut+Shift+Z", "Redo the last undone edit"),
    // many users learnt Redo as Ctrl+Y; the menu shows only one shortcut, so this one works window-wide
    REDO_ALTERNATIVE(EDIT, Reach.WINDOW, "redo-alternative", "Redo", "Shortcut+Y", "Redo the last undone edit"),
    CUT(EDIT, "cut", "Cut", "Shortcut+X", "Copy the selection, then delete it"),
    COPY(EDIT, "copy", "Copy", "Shortcut+C", "Copy the selection"),
    PASTE(EDIT, "paste", "Paste", "Shortcut+V", "Paste what was copied"),
    DUPLICATE(EDIT, "duplicate", "Duplicate", "Shortcut+D", "Copy and paste the selection in one step"),
    DELETE(EDIT, "delete", "Delete", "Delete", "Delete the selection"),
    DELETE_BACKWARD(EDIT, Reach.CANVAS, "delete-backward", "Delete", "Backspace", "Delete the selection"),
    SELECT_ALL(EDIT, "select-all", "Select All", "Shortcut+A", "Select every node and connection"),

    ZOOM_IN(VIEW, "zoom-in", "Zoom In", "Shortcut+Equals", "Magnify the canvas"),
    ZOOM_OUT(VIEW, "zoom-out", "Zoom Out", "Shortcut+Minus", "Shrink the canvas"),
    ACTUAL_SIZE(VIEW, "zoom-reset", "Actual Size", "Shortcut+0", "Show the canvas at 100 %"),
    ZOOM_TO_FIT(VIEW, "zoom-fit", "Zoom to Fit", "Shortcut+1", "Show every node"),
    SNAP_TO_GRID(VIEW, "snap", "Snap to Grid", "Shortcut+Shift+G", "Align moved nodes to the grid"),
    DARK_THEME(VIEW, "dark", "Dark Theme", "Shortcut+Shift+T", "Switch between the dark and the light theme"),
    PRESENTATION(VIEW, "presentation", "Presentation", "Shortcut+Shift+P",
            "Larger type, and the results beside the canvas, for a projector"),
    MAXIMIZE_RESULTS(VIEW, "maximize-results", "Results Full Screen", "Shortcut+Shift+M",
            "Give the whole window to the results area, or take the canvas back"),

    AUTO_LAYOUT(ARRANGE, "layout", "Auto-layout", "Shortcut+L", "Arrange the nodes from sources to sinks"),

    RUN_PIPELINE(RUN, "run-start", "Run", "F5", "Run the pipeline on the embedded Flink cluster"),
    RUN_WITH_PARAMETERS(RUN, "run-parameters", "Run with Parameters\u2026", "Shortcut+F5",
            "Ask for the pipeline's parameters, then run it"),
    STOP(RUN, "run-stop", "Stop", "Shift+F5", "Cancel the running job"),
    BATCH_MODE(RUN, "run-batch", "Batch Mode", "Run in Flink's batch execution mode"),
    STREAMING_MODE(RUN, "run-streaming", "Streaming Mode", "Run in Flink's streaming execution mode"),
    COMPARE_MODES(RUN, "run-compare", "Compare Batch and Streaming", "Shortcut+Shift+B",
            "Run in both modes on the same input and compare the results"),
    LIVE_METRICS(RUN, "run-metrics", "Live Metrics on the Canvas", "Count the records of every node while a job runs"),
    FLINK_DASHBOARD(RUN, "run-dashboard", "Open Flink Dashboard", "Open the embedded cluster's web dashboard"),
    DEPLOY(RUN, "deploy", "Deploy to Cluster\u2026", "Submit the pipeline to a Flink cluster"),
    STOP_DEPLOYED(RUN, "deploy-stop", "Stop Job with Savepoint\u2026",
            "Stop the deployed job, keeping its state in a savepoint"),

    MOVE_SELECTION(CANVAS, "move-selection", "Move Selection", Gesture.of("Arrow keys"),
            "Move the selected nodes by one grid step"),
    MOVE_SELECTION_FAR(CANVAS, "move-selection-far", "Move Selection Five Grid Steps",
            Gesture.of("Shift+Arrow keys"), "Move the selected nodes by five grid steps"),
    SELECT_NONE(CANVAS, Reach.CANVAS, "select-none", "Select None", "Esc", "Clear the selection"),
    ADD_TO_SELECTION(CANVAS, "add-to-selection", "Add to Selection", Gesture.of("Shift+click", "Shortcut+click"),
            "Add a node or connection to the selection, or take it out"),
    SELECT_AREA(CANVAS, "select-area", "Select Area", Gesture.of("Drag on empty canvas"),
            "Select the nodes and connections inside a rectangle"),
    CONNECT(CANVAS, "connect", "Connect", Gesture.of("Drag from an output port to an input port"),
            "Connect two nodes; while you drag, the ports that accept the connection are highlighted"),
    ZOOM(CANVAS, "zoom", "Zoom", Gesture.of("Mouse wheel", "pinch"), "Zoom around the pointer"),
    PAN(CANVAS, "pan", "Pan", Gesture.of("Middle-drag", "Space+drag", "Shift+wheel", "two-finger scroll"),
            "Move the view of the canvas"),

    SHORTCUTS(HELP, "shortcuts", "Keyboard Shortcuts", "F1", "List every action and its shortcut"),
    ABOUT(HELP, "about", "About Pipeline Studio", "Show versions and licences");

    /** Where an action is offered, which decides who handles its shortcut. */
    public enum Reach {
        /** An item of the menu bar, whose accelerator the menu bar handles. */
        MENU,
        /** A shortcut without a menu item, handled by the window wherever the focus is. */
        WINDOW,
        /** A key or mouse gesture the canvas handles while it has the focus or the pointer. */
        CANVAS
    }

    private final ActionGroup group;
    private final Reach reach;
    private final String id;
    private final String text;
    private final KeyCombination accelerator;
    private final Gesture gesture;
    private final String description;

    /** A menu item without a shortcut. */
    StudioAction(ActionGroup group, String id, String text, String description) {
        this(group, Reach.MENU, id, text, null, description);
    }

    /** A menu item with an accelerator, written in {@code KeyCombination}'s syntax. */
    StudioAction(ActionGroup group, String id, String text, String accelerator, String description) {
        this(group, Reach.MENU, id, text, accelerator, description);
    }

    /** A key without a menu item. */
    StudioAction(ActionGroup group, Reach reach, String id, String text, String accelerator, String description) {
        this.group = group;
        this.reach = reach;
        this.id = id;
        this.text = text;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        this.gesture = null;
        this.description = description;
    }

    /** A gesture of the canvas that no single key combination describes, such as dragging. */
    StudioAction(ActionGroup group, String id, String text, Gesture gesture, String description) {
        this.group = group;
        this.reach = Reach.CANVAS;
        this.id = id;
        this.text = text;
        this.accelerator = null;
        this.gesture = gesture;
        this.description = description;
    }

    public ActionGroup group() {
        return group;
    }

    public Reach reach() {
        return reach;
    }

    /** Stable and unique; a menu item's id is {@link #menuId()}. */
    public String id() {
        return id;
    }

    public String menuId() {
        return "menu-" + id;
    }

    /** The words a menu item shows, in title case. */
    public String text() {
        return text;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** One sentence on what the action does, for tooltips. */
    public String description() {
        return description;
    }

    /** The shortcut as this platform writes it ("Ctrl+S" on Linux, "⌘S" on macOS), or the gesture; empty if none. */
    public String shortcutText() {
        if (accelerator != null) {
            return accelerator.getDisplayText();
        }
        return gesture == null ? "" : gesture.text();
    }

    public boolean hasShortcut() {
        return !shortcutText().isEmpty();
    }

    /** The description and, in brackets, the shortcut: what a toolbar button's tooltip says. */
    public String tooltip() {
        return hasShortcut() ? description + " (" + shortcutText() + ")" : description;
    }
}
