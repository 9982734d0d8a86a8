package io.pipelinestudio.runtime.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own per-user config folder, where {@code submit} remembers the jobs it submitted,
 * so that tests leave the user's folder alone; the folder and the previous setting go back afterwards.
 */
final class OwnConfigFolder implements BeforeAllCallback, AfterAllCallback {
    /** The property the command line's {@code UserConfigFolder} reads. */
    private static final String PROPERTY = "pipelinestudio.config.dir";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OwnConfigFolder.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put("folder", Files.createTempDirectory("pipeline-studio-config-"));
        String before = System.getProperty(PROPERTY);
        if (before != null) {
            store.put("before", before);
        }
        System.setProperty(PROPERTY, store.get("folder", Path.class).toString());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        String before = store.get("before", String.class);
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
        try (Stream<Path> files = Files.walk(store.get("folder", Path.class))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
