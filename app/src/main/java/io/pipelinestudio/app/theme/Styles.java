package io.pipelinestudio.app.theme;

/** The CSS style classes and pseudo-classes the views use, in one place. */
public final class Styles {
    private Styles() {}

    public static final String NODE_CARD = "node-card";
    public static final String NODE_HEADER = "node-header";
    public static final String NODE_TITLE = "node-title";
    public static final String NODE_KIND = "node-kind";
    public static final String NODE_SUMMARY = "node-summary";
    public static final String NODE_ICON = "node-icon";
    public static final String PORT = "port";
    public static final String PORT_IN = "port-in";
    public static final String PORT_OUT = "port-out";
    public static final String PORT_LABEL = "port-label";
    public static final String EDGE = "edge";
    public static final String EDGE_LINE = "edge-line";
    public static final String EDGE_HIT = "edge-hit";
    public static final String EDGE_ARROW = "edge-arrow";
    public static final String BADGE = "problem-badge";
    public static final String CANVAS = "pipeline-canvas";
    public static final String RUBBER_BAND = "rubber-band";
    public static final String CONNECTION_PREVIEW = "connection-preview";
    public static final String PALETTE = "palette";
    public static final String PALETTE_ITEM = "palette-item";
    public static final String PALETTE_GROUP = "palette-group";
    public static final String PALETTE_EMPTY = "palette-empty";
    public static final String PROBLEMS = "problems";
    public static final String PROBLEM_CELL = "problem-cell";
    public static final String STATUS_BAR = "status-bar";
    public static final String PANEL_TITLE = "panel-title";
    public static final String ICON = "icon";
    public static final String SHORTCUTS_TABLE = "shortcuts-table";
    public static final String SHORTCUTS_COLUMN_HEADER = "shortcuts-column-header";
    public static final String SHORTCUTS_GROUP = "shortcuts-group";
    public static final String SHORTCUT_ACTION = "shortcut-action";
    public static final String SHORTCUT_KEYS = "shortcut-keys";

    /** On the scene's root while the designer presents: the stylesheets enlarge the type under it. */
    public static final String PRESENTING = "presenting";

    public static final String SELECTED = "selected";
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String ACCEPTS = "accepts";
    public static final String REJECTS = "rejects";
    public static final String FAMILY_PREFIX = "family-";
}
