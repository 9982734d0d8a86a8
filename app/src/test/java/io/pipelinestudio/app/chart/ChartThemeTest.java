package io.pipelinestudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.theme.Theme;
import java.awt.Color;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts' colours are the designer's: the palette stylesheets' colours and the Okabe–Ito series colours. */
class ChartThemeTest {
    @Test
    void theChartBackgroundLinesAndTextAreThePanelBorderAndTextColoursOfEachThemesStylesheet() throws Exception {
        for (Theme theme : Theme.values()) {
            String css = stylesheet(theme);
            ChartTheme chart = ChartTheme.of(theme);
            assertThat(chart.theme()).isEqualTo(theme);
            assertThat(chart.background()).as("%s -ps-panel", theme).isEqualTo(cssColor(css, "-ps-panel"));
            assertThat(chart.gridline()).as("%s -ps-border", theme).isEqualTo(cssColor(css, "-ps-border"));
            assertThat(chart.foreground()).as("%s -ps-text", theme).isEqualTo(cssColor(css, "-ps-text"));
            assertThat(chart.mutedText()).as("%s -ps-muted", theme).isEqualTo(cssColor(css, "-ps-muted"));
            assertThat(chart.axisLine()).as("%s -ps-border-strong", theme)
                    .isEqualTo(cssColor(css, "-ps-border-strong"));
        }
    }

    @Test
    void eachThemesSeriesColoursAreOkabeItoLeavingOutTheOneItsBackgroundHides() {
        assertThat(SeriesPalette.OKABE_ITO).hasSize(8).doesNotHaveDuplicates();
        assertThat(ChartTheme.LIGHT.series().colors()).hasSize(7).doesNotHaveDuplicates()
                .allMatch(SeriesPalette.OKABE_ITO::contains).doesNotContain(SeriesPalette.YELLOW);
        assertThat(ChartTheme.DARK.series().colors()).hasSize(7).doesNotHaveDuplicates()
                .allMatch(SeriesPalette.OKABE_ITO::contains).doesNotContain(SeriesPalette.BLACK);
        // the eighth series repeats the first colour, dashed
        assertThat(ChartTheme.LIGHT.series().color(7)).isEqualTo(ChartTheme.LIGHT.series().color(0));
        assertThat(ChartTheme.LIGHT.series().stroke(7)).isNotEqualTo(ChartTheme.LIGHT.series().stroke(0));
    }

    private static String stylesheet(Theme theme) throws Exception {
        String name = "/assets/css/theme-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".css";
        try (InputStream in = ChartThemeTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Color cssColor(String css, String variable) {
        Matcher matcher = Pattern.compile(Pattern.quote(variable) + ":\\s*#([0-9a-fA-F]{6});").matcher(css);
        assertThat(matcher.find()).as("%s in the stylesheet", variable).isTrue();
        return new Color(Integer.parseInt(matcher.group(1), 16));
    }
}
