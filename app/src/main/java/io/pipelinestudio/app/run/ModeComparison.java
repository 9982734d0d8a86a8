package io.pipelinestudio.app.run;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The same graph run in BATCH and then in STREAMING on the same bounded input, and the lines that reached
 * the sinks compared as multisets. Parallelism 1 makes the streaming run's lateness reproducible.
 */
public record ModeComparison(List<String> onlyInBatch, List<String> onlyInStreaming, int batchLines,
        int streamingLines, String failure) {
    private static final int SHOWN_DIFFERENCES = 500;

    public boolean equal() {
        return failure == null && onlyInBatch.isEmpty() && onlyInStreaming.isEmpty();
    }

    /** One sentence for the person who asked. */
    public String verdict() {
        if (failure != null) {
            return "Could not compare: " + failure;
        }
        if (equal()) {
            return "Equal: both modes gave the same " + batchLines + " result lines";
        }
        return "Different: " + onlyInBatch.size() + " lines only in BATCH, " + onlyInStreaming.size()
                + " only in STREAMING (" + batchLines + " vs " + streamingLines + " lines)";
    }

    /** Runs both modes one after the other (they may write the same files); blocks until both end. */
    static ModeComparison run(PipelineRunner runner, Pipeline pipeline, Map<String, String> parameters) {
        List<String> batch;
        List<String> streaming;
        try {
            batch = linesOf(runner, pipeline, parameters, ExecutionMode.BATCH);
            streaming = linesOf(runner, pipeline, parameters, ExecutionMode.STREAMING);
        } catch (InvalidPipelineException e) {
            return failed("the pipeline is not valid: " + e.getMessage());
        } catch (IllegalStateException e) {
            return failed(e.getMessage());
        }
        return of(batch, streaming);
    }

    /** Compares two sets of lines, each line counted as often as it occurs. */
    static ModeComparison of(List<String> batch, List<String> streaming) {
        Map<String, Integer> balance = new TreeMap<>();
        batch.forEach(line -> balance.merge(line, 1, Integer::sum));
        streaming.forEach(line -> balance.merge(line, -1, Integer::sum));
        List<String> onlyBatch = new ArrayList<>();
        List<String> onlyStreaming = new ArrayList<>();
        balance.forEach((line, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                (count > 0 ? onlyBatch : onlyStreaming).add(line);
            }
        });
        return new ModeComparison(onlyBatch, onlyStreaming, batch.size(), streaming.size(), null);
    }

    private static ModeComparison failed(String why) {
        return new ModeComparison(List.of(), List.of(), 0, 0, why);
    }

    private static List<String> linesOf(PipelineRunner runner, Pipeline pipeline, Map<String, String> parameters,
            ExecutionMode mode) throws InvalidPipelineException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        RunListener collect = new RunListener() {
            @Override
            public void onRecord(String sinkNodeId, List<Object> values) {
                lines.add(sinkNodeId + ": " + values.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
        };
        RunResult result = runner.run(pipeline, RunOptions.of(mode).withParameters(parameters).withParallelism(1)
                .withListener(collect));
        if (!result.succeeded()) {
            throw new IllegalStateException("the " + mode + " run ended " + result.state()
                    + (result.failure() == null ? "" : ": " + result.failure()));
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** At most a few hundred differences, for the view; the counts tell the rest. */
    public List<String> shownDifferences() {
        List<String> shown = new ArrayList<>();
        onlyInBatch.stream().limit(SHOWN_DIFFERENCES).forEach(line -> shown.add("- BATCH only:     " + line));
        onlyInStreaming.stream().limit(SHOWN_DIFFERENCES).forEach(line -> shown.add("+ STREAMING only: " + line));
        return shown;
    }
}
