package io.pipelinestudio.app.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StudioActionTest {
    @Test
    void noTwoActionsShareAShortcut() {
        List<StudioAction> withKeys = Arrays.stream(StudioAction.values())
                .filter(action -> action.accelerator().isPresent()).toList();

        assertThat(duplicates(withKeys, action -> action.accelerator().orElseThrow())).isEmpty();
        // "Shortcut+Z" and "Ctrl+Z" are different combinations but the same keys on Linux
        assertThat(duplicates(withKeys, StudioAction::shortcutText)).isEmpty();
    }

    @Test
    void noTwoActionsShareAnId() {
        assertThat(duplicates(Arrays.asList(StudioAction.values()), StudioAction::id)).isEmpty();
    }

    @Test
    void onlyMenuItemsGoWithoutAShortcut() {
        assertThat(StudioAction.values())
                .filteredOn(action -> action.reach() != StudioAction.Reach.MENU)
                .allMatch(StudioAction::hasShortcut);
    }

    @Test
    void aTooltipEndsWithTheShortcutInBrackets() {
        assertThat(StudioAction.STOP.tooltip()).isEqualTo("Cancel the running job (Shift+F5)");
        assertThat(StudioAction.DEPLOY.tooltip()).isEqualTo("Submit the pipeline to a Flink cluster");
    }

    private static <K> Map<K, List<String>> duplicates(List<StudioAction> actions, Function<StudioAction, K> key) {
        return actions.stream()
                .collect(Collectors.groupingBy(key, Collectors.mapping(StudioAction::id, Collectors.toList())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
