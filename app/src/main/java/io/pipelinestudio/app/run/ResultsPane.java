package io.pipelinestudio.app.run;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The results area: the run log, and a tab per live view (window charts, previews, comparisons, training
 * curves). Views are added by title; adding a title that exists replaces its content.
 */
public final class ResultsPane extends TabPane implements RunObserver {
    private final ListView<String> log = new ListView<>();
    private Runnable onViewShown = () -> { };

    public ResultsPane(RunController controller) {
        setId("results-pane");
        getStyleClass().add("results-pane");
        log.setId("run-log");
        log.getStyleClass().add("run-log");
        log.setItems(controller.log());
        controller.log().addListener((ListChangeListener<String>) change -> {
            // follow the newest line
            if (!controller.log().isEmpty()) {
                log.scrollTo(controller.log().size() - 1);
            }
        });
        Tab logTab = new Tab("Run log", log);
        logTab.setId("tab-run-log");
        logTab.setClosable(false);
        getTabs().add(logTab);
    }

    /** Shows {@code content} in the tab titled {@code title}, creating the tab if needed, and selects it. */
    public Tab addTab(String title, Node content) {
        Tab tab = tab(title).orElseGet(() -> {
            Tab created = new Tab(title);
            created.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            getTabs().add(created);
            return created;
        });
        if (tab.getContent() != content) {
            tab.setContent(content);
        }
        getSelectionModel().select(tab);
        onViewShown.run();
        return tab;
    }

    /** Called whenever a live view is shown, so that the window can make room for it. */
    public void setOnViewShown(Runnable action) {
        onViewShown = action;
    }

    public Optional<Tab> tab(String title) {
        return getTabs().stream().filter(t -> t.getText().equals(title)).findFirst();
    }

    public void showLog() {
        getSelectionModel().select(0);
    }

    /** The live views of another pipeline's runs close; the log stays, emptied by the controller. */
    @Override
    public void forget() {
        getTabs().remove(1, getTabs().size());
        showLog();
    }
}
