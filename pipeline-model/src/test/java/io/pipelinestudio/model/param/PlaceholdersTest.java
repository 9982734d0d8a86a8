package io.pipelinestudio.model.param;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void namesListsEachPlaceholderOnceInOrderOfAppearance() {
        assertThat(Placeholders.names("${dir}/${run.id}-${dir}_${_tmp}.csv"))
                .containsExactly("dir", "run.id", "_tmp");
    }

    @Test
    void namesSkipsEscapedPlaceholdersAndThingsThatAreNotPlaceholders() {
        assertThat(Placeholders.names("$${literal} ${1st} ${} $name {x} ${ok}")).containsExactly("ok");
        assertThat(Placeholders.names(null)).isEmpty();
        assertThat(Placeholders.names("plain text")).isEmpty();
    }

    @Test
    void substituteReplacesEachPlaceholderByItsValue() {
        String result = Placeholders.substitute("${dir}/in-${day}.csv, again ${dir}",
                Map.of("dir", "data", "day", "2024-01-31"));

        assertThat(result).isEqualTo("data/in-2024-01-31.csv, again data");
    }

    @Test
    void substituteLeavesPlaceholdersWithoutAValue() {
        assertThat(Placeholders.substitute("${dir}/${file}", Map.of("dir", "data"))).isEqualTo("data/${file}");
    }

    @Test
    void doubledDollarStandsForALiteralPlaceholder() {
        String result = Placeholders.substitute("$${dir} is replaced by ${dir}", Map.of("dir", "data"));

        assertThat(result).isEqualTo("${dir} is replaced by data");
    }

    @Test
    void valuesAreInsertedLiterally() {
        // '$' and '\' mean something to Matcher.appendReplacement; they must not here
        String result = Placeholders.substitute("path=${p}", Map.of("p", "C:\\temp\\$1${x}"));

        assertThat(result).isEqualTo("path=C:\\temp\\$1${x}");
    }
}
