package io.pipelinestudio.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Unexpected failures as the command line words them: the cause that says something, no Java class names. */
class FailureWordsTest {
    @Test
    void theDeepestCauseThatSaysSomethingIsTold() {
        Throwable failure = new IllegalStateException("The benchmark job failed",
                new RuntimeException(new NoSuchFileException("/tmp/gone/lines.csv")));

        assertThat(FailureWords.of(failure)).isEqualTo("no such file or folder: /tmp/gone/lines.csv");
    }

    @Test
    void errorsOfTheJavaRuntimeAreToldToo() {
        assertThat(FailureWords.of(new OutOfMemoryError("Java heap space")))
                .isEqualTo("the Java runtime ran out of memory (Java heap space); give it more with STUDIO_JAVA_OPTS=-Xmx4g, say");
        assertThat(FailureWords.of(new NoClassDefFoundError("org/apache/flink/Missing")))
                .isEqualTo("org/apache/flink/Missing");
    }

    @Test
    void aFailureWithoutAnyMessageSaysWhereToLookAndNamesNoClass() {
        assertThat(FailureWords.of(new IllegalStateException(new NullPointerException())))
                .isEqualTo("an unexpected failure with no message; --verbose shows where");
        assertThat(FailureWords.of(new StackOverflowError()))
                .isEqualTo("an unexpected error in the Java runtime with no message; --verbose shows where");
    }
}
