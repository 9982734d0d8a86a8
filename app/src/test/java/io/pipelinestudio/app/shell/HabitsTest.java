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
    void theChosenModeIsTheHighlightedToggleInBothThemes() {
        // the themes' -ps-accent (theme-light.css, theme-dark.css)
        java.util.Map<Theme, javafx.scene.paint.Color> accents = java.util.Map.of(
                Theme.LIGHT, javafx.scene.paint.Color.web("#4f5fe8"), Theme.DARK, javafx.scene.paint.Color.web("#7c8cff"));
        for (Theme theme : Theme.values()) {
            Fx.run(() -> designer.setTheme(theme));
            robot.clickOn("#mode-batch");

            assertThat(background("#mode-batch")).as("the chosen mode in %s", theme).isEqualTo(accents.get(theme));
            assertThat(background("#mode-streaming")).as("the other mode in %s", theme)
                    .isNotEqualTo(accents.get(theme));
        }
    }

    private javafx.scene.paint.Paint background(String query) {
        return Fx.get(() -> {
            javafx.scene.layout.Region toggle = (javafx.scene.layout.Region) robot.lookup(query).query();
            toggle.applyCss();
            var fills = toggle.getBackground().getFills();
            return fills.get(fills.size() - 1).getFill();
        });
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
