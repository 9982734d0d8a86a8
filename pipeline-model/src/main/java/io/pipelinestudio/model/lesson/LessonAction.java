package io.pipelinestudio.model.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.Map;

/** What a lesson step does, named by its {@code kind}: run the pipeline, compare the two modes, or change a setting. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(LessonAction.RunAction.class),
    @JsonSubTypes.Type(LessonAction.CompareAction.class),
    @JsonSubTypes.Type(LessonAction.SetAction.class)})
public sealed interface LessonAction {
    /** The kinds, as the file names them. */
    String KINDS = "run, compare or set";

    /** A short name for summaries, like {@code run STREAMING} or {@code set train.learningRate = 2.5}. */
    String summary();

    /**
     * Runs the pipeline in {@code mode} with the lesson's parameters, {@code parameters} overriding them for
     * this run only; {@code speed} (how many times faster than recorded the designer's player replays a
     * streaming run's event time, as its toolbar's x10; null for as fast as possible) does not change a check.
     */
    @JsonTypeName("run")
    record RunAction(ExecutionMode mode, Double speed, Map<String, String> parameters) implements LessonAction {
        public RunAction {
            if (mode == null) {
                throw new IllegalArgumentException("a run needs a 'mode': BATCH or STREAMING");
            }
            if (speed != null && !(speed > 0 && Double.isFinite(speed))) {
                throw new IllegalArgumentException("'speed' must be a number greater than 0 but is " + speed);
            }
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }

        @Override
        public String summary() {
            return "run " + mode;
        }
    }

    /** Runs the pipeline in BATCH and in STREAMING mode, which must write the same lines to every output. */
    @JsonTypeName("compare")
    record CompareAction() implements LessonAction {
        @Override
        public String summary() {
            return "compare";
        }
    }

    /**
     * Changes one setting of one node for the steps that follow, like a train node's {@code learningRate};
     * {@code setting} may name a nested one with dots ({@code window.sizeMs}).
     */
    @JsonTypeName("set")
    record SetAction(String node, String setting, JsonNode value) implements LessonAction {
        public SetAction {
            if (node == null || node.isBlank()) {
                throw new IllegalArgumentException("a set needs a 'node': the id of the node to change");
            }
            if (setting == null || setting.isBlank()) {
                throw new IllegalArgumentException("a set needs a 'setting': the name of the setting to change");
            }
            if (value == null || value.isMissingNode()) {
                throw new IllegalArgumentException("a set needs a 'value'");
            }
        }

        @Override
        public String summary() {
            return "set " + node + "." + setting + " = " + value;
        }
    }
}
