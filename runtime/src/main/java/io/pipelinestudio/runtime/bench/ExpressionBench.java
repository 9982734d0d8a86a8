package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.expr.CompiledExpression;
import io.pipelinestudio.model.expr.Expressions;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.runtime.functions.GeneratedRecords;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.apache.flink.types.Row;

/**
 * The cost per record of the expression language (CEL) in filters and computed fields, next to the
 * same logic written in Java, on generator records.
 */
final class ExpressionBench {
    private static final long DEFAULT_RECORDS = 2_000_000L;

    private ExpressionBench() {}

    static void run(BenchSettings settings, PrintStream out) {
        int n = (int) Math.min(Integer.MAX_VALUE, settings.records() > 0 ? settings.records() : DEFAULT_RECORDS);
        GeneratedRecords generator = new GeneratedRecords(16, 0, 100, 0, 42, Long.MAX_VALUE);
        Row[] rows = new Row[Math.min(n, 1 << 16)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = generator.map((long) i);
        }
        String filter = "value > 50.0 && key != \"key-3\"";
        String computed = "value * 2.0 + double(id % 10)";
        CompiledExpression celFilter = Expressions.compile(filter, GeneratorSourceNode.SCHEMA);
        CompiledExpression celComputed = Expressions.compile(computed, GeneratorSourceNode.SCHEMA);
        Predicate<Row> javaFilter = r -> (Double) r.getField(3) > 50.0 && !"key-3".equals(r.getField(1));
        ToDoubleFunction<Row> javaComputed = r -> (Double) r.getField(3) * 2.0 + (Long) r.getField(0) % 10;

        out.printf(Locale.ROOT, "expressions: %,d evaluations each, after a warm-up of the same size%n", n);
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            double celFilterNs = time(n, rows, r -> celFilter.test(r::getField) ? 1 : 0);
            double javaFilterNs = time(n, rows, r -> javaFilter.test(r) ? 1 : 0);
            double celMapNs = time(n, rows, r -> ((Double) celComputed.evaluate(r::getField)));
            double javaMapNs = time(n, rows, javaComputed);
            if (report) {
                out.printf(Locale.ROOT, "filter  %-36s CEL %7.1f ns/record   Java %6.1f ns/record%n",
                        filter, celFilterNs, javaFilterNs);
                out.printf(Locale.ROOT, "map     %-36s CEL %7.1f ns/record   Java %6.1f ns/record%n",
                        computed, celMapNs, javaMapNs);
            }
        }
    }

    private static double time(int n, Row[] rows, ToDoubleFunction<Row> work) {
        double sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += work.applyAsDouble(rows[i % rows.length]);
        }
        long elapsed = System.nanoTime() - start;
        if (sink == Double.MIN_VALUE) {
            System.out.print("");
        }
        return (double) elapsed / n;
    }
}
