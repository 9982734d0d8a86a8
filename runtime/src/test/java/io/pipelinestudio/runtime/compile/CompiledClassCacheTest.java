package io.pipelinestudio.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledClassCacheTest {
    @TempDir
    Path folder;

    @Test
    void classesComeBackByTheirKeyInANewCache() {
        new CompiledClassCache(folder).put("abc", Map.of("a.Job", new byte[] {1, 2, 3}, "a.Job$1", new byte[0]));

        Map<String, byte[]> read = new CompiledClassCache(folder).get("abc").orElseThrow();

        assertThat(read).containsOnlyKeys("a.Job", "a.Job$1");
        assertThat(read.get("a.Job")).containsExactly(1, 2, 3);
        assertThat(new CompiledClassCache(folder).get("other")).isEmpty();
    }

    @Test
    void aDamagedEntryIsAMissNotAnError() throws Exception {
        Files.write(folder.resolve("abc.classes"), new byte[] {0x50, 0x53, 0x4a, 0x43, 0, 0, 0, 9, 1});

        assertThat(new CompiledClassCache(folder).get("abc")).isEmpty();
    }

    @Test
    void onlyTheNewestEntriesAreKept() throws Exception {
        CompiledClassCache cache = new CompiledClassCache(folder);
        for (int i = 0; i < 70; i++) {
            cache.put("key" + i, Map.of("a.Job", new byte[] {(byte) i}));
            Files.setLastModifiedTime(folder.resolve("key" + i + ".classes"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.put("newest", Map.of("a.Job", new byte[] {1}));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".classes")).count()).isEqualTo(64);
        }
        assertThat(cache.get("newest")).isPresent();
        assertThat(cache.get("key0")).isEmpty();
    }
}
