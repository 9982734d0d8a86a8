package io.pipelinestudio.app.run;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunListener;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.Node;

/**
 * A live view with one tab in the results area, shown as soon as a run gives it something to follow
 * (the training charts for a pipeline with train nodes), and never for runs it has nothing to show of.
 */
public final class ShowingObserver implements RunObserver {
    private final RunObserver view;
    private final String title;
    private final Node content;
    private final BiConsumer<String, Node> addTab;

    public ShowingObserver(RunObserver view, String title, Node content, BiConsumer<String, Node> addTab) {
        this.view = view;
        this.title = title;
        this.content = content;
        this.addTab = addTab;
    }

    @Override
    public Set<String> watched(Pipeline pipeline) {
        return view.watched(pipeline);
    }

    @Override
    public RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        if (!view.watched(pipeline).isEmpty()) {
            addTab.accept(title, content);
        }
        return view.started(pipeline, mode, runLabel);
    }

    @Override
    public void forget() {
        view.forget();
    }
}
