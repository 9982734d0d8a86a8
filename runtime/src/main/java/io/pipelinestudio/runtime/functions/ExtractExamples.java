package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.train.Example;
import java.util.Locale;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/**
 * Turns records into training examples in parallel, rejecting those a model cannot learn from: a
 * non-finite feature or label, or, for a logistic regression, a label other than 0 or 1.
 */
public final class ExtractExamples extends RejectingFunction<Row, Example> {
    private static final long serialVersionUID = 1L;
    private final int[] featureIndexes;
    private final String[] featureNames;
    private final int labelIndex;
    private final boolean binaryLabel;

    public ExtractExamples(String nodeId, int[] featureIndexes, String[] featureNames, int labelIndex,
            boolean binaryLabel) {
        super(nodeId);
        this.featureIndexes = featureIndexes.clone();
        this.featureNames = featureNames.clone();
        this.labelIndex = labelIndex;
        this.binaryLabel = binaryLabel;
    }

    @Override
    public void processElement(Row row, Context context, Collector<Example> out) {
        double[] x = new double[featureIndexes.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = ((Number) row.getField(featureIndexes[j])).doubleValue();
            if (!Double.isFinite(x[j])) {
                reject(context, "the feature '" + featureNames[j] + "' is " + x[j] + "; expected a finite number",
                        row.toString());
                return;
            }
        }
        double y = ((Number) row.getField(labelIndex)).doubleValue();
        if (!Double.isFinite(y) || (binaryLabel && y != 0 && y != 1)) {
            reject(context, String.format(Locale.ROOT, "the label is %s; expected %s", y,
                    binaryLabel ? "0 or 1" : "a finite number"), row.toString());
            return;
        }
        out.collect(new Example(x, y));
    }
}
