package io.pipelinestudio.runtime.testing;

import io.pipelinestudio.runtime.run.PipelineRunner;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit extension that injects the one {@link PipelineRunner} (and so the one embedded Flink cluster)
 * shared by every test class of the module; it is closed when the whole test run ends.
 */
public final class SharedRunner implements ParameterResolver {
    /** The default parallelism of test runs: enough to exercise exchanges between parallel instances. */
    public static final int PARALLELISM = 2;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedRunner.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PipelineRunner.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class).runner;
    }

    /** Kept in the root store, so JUnit closes it after the last test class. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private final PipelineRunner runner = new PipelineRunner(PARALLELISM);

        Holder() {
            runner.warmUp();
        }

        @Override
        public void close() throws Exception {
            runner.close();
        }
    }
}
