package io.pipelinestudio.app.lesson;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.List;
import java.util.Map;

/** What a lesson does in the designer: show its pipeline, point at nodes, run, compare and change settings. */
public interface LessonStage {
    /** Shows {@code pipeline} as an unsaved pipeline (after asking about unsaved changes), then runs {@code then}. */
    void show(Pipeline pipeline, Runnable then);

    /** The pipeline as it is now, with the lesson's changes so far. */
    Pipeline pipeline();

    /** Replaces the pipeline with {@code changed}, as one edit that Undo takes back. */
    void edit(Pipeline changed, String description);

    /** Selects these nodes and brings the first into view; none clears the selection. */
    void highlight(List<String> nodeIds);

    /** Runs the pipeline; {@code replayFactor} 0 plays as fast as possible. */
    void run(ExecutionMode mode, Map<String, String> parameters, double replayFactor);

    /** Runs it in both modes and compares their results. */
    void compare(Map<String, String> parameters);

    /** Tells the person why a lesson cannot be played. */
    void refuse(String title, String why);
}
