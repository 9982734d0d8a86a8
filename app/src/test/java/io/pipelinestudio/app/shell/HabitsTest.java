package io.pipelinestudio.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.settings.SettingsStore;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.theme.Theme;
import org.junit.jupiter.api.Test;

class HabitsTest extends DesignerTest {
    @Test
    void theDarkThemeIsRememberedForTheNextLaunch() {
        robot.clickOn("View");
        robot.clickOn("Dark Theme");

        assertThat(Fx.get(() -> designer.stage().getScene().getStylesheets()))
                .anyMatch(sheet -> sheet.endsWith("theme-dark.css"));
        Fx.waitUntil("the theme to be saved",
                () -> new SettingsStore(configDirectory).load().theme() == Theme.DARK);
    }

    @Test
    void searchingThePaletteShowsOnlyMatchingKinds() {
        palette.search("window");

        assertThat(palette.shows("window-aggregate")).isTrue();
        assertThat(palette.shows("filter")).isFalse();
    }

    @Test
    void theTitleMarksUnsavedChangesAndUndoingThemClearsTheMark() {
        assertThat(files.title()).doesNotStartWith("\u25CF");
        palette.drop("generator", 300, 200);
        assertThat(files.title()).startsWith("\u25CF ");

        canvas.undo();

        assertThat(files.title()).doesNotStartWith("\u25CF");
    }
}
