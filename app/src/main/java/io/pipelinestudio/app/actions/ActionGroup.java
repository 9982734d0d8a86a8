package io.pipelinestudio.app.actions;

/** The headings actions are listed under: the menus of the menu bar, plus the canvas's own gestures. */
public enum ActionGroup {
    FILE("File"),
    EDIT("Edit"),
    VIEW("View"),
    ARRANGE("Arrange"),
    RUN("Run"),
    CANVAS("Canvas"),
    HELP("Help");

    private final String title;

    ActionGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The id of the group's menu in the menu bar, such as {@code menu-file}. */
    public String menuId() {
        return "menu-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
