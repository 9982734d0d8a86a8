package io.pipelinestudio.runtime.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.groups.SourceReaderMetricGroup;
import org.apache.flink.util.UserCodeClassLoader;
import org.junit.jupiter.api.Test;

class GeneratedRecordsTest {
    private static final long START = 1_700_000_000_000L;

    /** What the generator learns of its instance: only how many there are. */
    private static SourceReaderContext instances(int parallelism) {
        return new SourceReaderContext() {
            @Override
            public SourceReaderMetricGroup metricGroup() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Configuration getConfiguration() {
                return new Configuration();
            }

            @Override
            public String getLocalHostName() {
                return "localhost";
            }

            @Override
            public int getIndexOfSubtask() {
                return 0;
            }

            @Override
            public void sendSplitRequest() {}

            @Override
            public void sendSourceEventToCoordinator(SourceEvent event) {}

            @Override
            public UserCodeClassLoader getUserCodeClassLoader() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int currentParallelism() {
                return parallelism;
            }
        };
    }

    @Test
    void anUnboundedGeneratorOnTwoInstancesNumbersItsRecordsAcrossThemSoEventTimeAdvancesOnBoth() {
        GeneratedRecords records = new GeneratedRecords(4, START, 1, 0, 7, Long.MAX_VALUE);
        records.open(instances(2));
        long secondRange = Long.MAX_VALUE / 2;

        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (long i = 0; i < 5; i++) {
            first.add(time(records, i));
            second.add(time(records, secondRange + i));
        }

        assertThat(first).containsExactly(START, START + 2, START + 4, START + 6, START + 8);
        assertThat(second).containsExactly(START + 1, START + 3, START + 5, START + 7, START + 9);
        Set<Long> ids = new HashSet<>();
        for (long i = 0; i < 1_000; i++) {
            ids.add((Long) records.map(i).getField(0));
            ids.add((Long) records.map(secondRange + i).getField(0));
        }
        assertThat(ids).as("no id twice").hasSize(2_000);
    }

    @Test
    void aBoundedGeneratorKeepsItsSequenceNumbersOnAnyNumberOfInstances() {
        GeneratedRecords records = new GeneratedRecords(4, START, 10, 0, 7, 1_000);
        records.open(instances(3));

        assertThat(records.map(999L).getField(0)).isEqualTo(999L);
        assertThat(time(records, 999)).isEqualTo(START + 9_990);
    }

    private static long time(GeneratedRecords records, long sequence) {
        return ((Instant) records.map(sequence).getField(2)).toEpochMilli();
    }
}
