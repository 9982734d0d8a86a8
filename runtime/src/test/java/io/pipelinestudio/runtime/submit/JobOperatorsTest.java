package io.pipelinestudio.runtime.submit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The operators of a pipeline's job, as a savepoint knows them, without running anything. */
class JobOperatorsTest {
    private static JobOperators kafkaWindowCount() throws Exception {
        Pipeline pipeline = PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples/kafka-window-count.json"));
        return JobOperators.of(Prepared.of(pipeline, ExecutionMode.STREAMING));
    }

    @Test
    void operatorIdsAreTheOnesFlinkWritesIntoSavepoints() throws Exception {
        Map<String, String> idOfUid = kafkaWindowCount().operators().stream()
                .collect(Collectors.toMap(JobOperators.JobOperator::uid, JobOperators.JobOperator::id));

        // as the _metadata of a savepoint of this job on a Flink 2.3.0 cluster lists them
        assertThat(idOfUid).containsEntry("count", "b71731f1c0df9c3076c4a455334d0ad6")
                .containsEntry("events/read", "d385a0fc37f1080713ee962c66168e17")
                .containsEntry("Sink Committer: counts", "8817f6136745799ad8ae2357ed8146ad")
                .containsEntry("counts", "7968152a5bbe1581827fbee6788b6bd1");
    }

    @Test
    void everyOperatorIsNamedByItsNodeAndStatefulOnesAreMarked() throws Exception {
        JobOperators operators = kafkaWindowCount();

        assertThat(operators.pipeline()).isEqualTo("kafka-window-count");
        assertThat(operators.operators()).allSatisfy(o -> {
            if (o.uid().startsWith("pipeline/")) {
                assertThat(o.node()).as("the rejected records belong to no node").isNull();
            } else {
                assertThat(o.node()).as(o.uid()).isNotNull();
            }
        });
        assertThat(operators.operators()).filteredOn(o -> "count".equals(o.node()))
                .allSatisfy(o -> assertThat(o.label()).isEqualTo("Count per 10 s"));
        Map<String, Boolean> stateful = operators.operators().stream()
                .collect(Collectors.toMap(JobOperators.JobOperator::uid, JobOperators.JobOperator::stateful));
        assertThat(stateful).containsExactlyInAnyOrderEntriesOf(Map.of(
                "events", false, "events/read", true, // the source's splits and offsets
                "count/pre-aggregate", false, // partial counts travel ahead of each barrier: nothing to keep
                "count", true, "count/late-records", false, "count/late", false, // the window's contents
                "counts", true, "Sink Committer: counts", true, // exactly-once writer state and committables
                "chart", false, "pipeline/rejected", false));
    }

    @Test
    void operatorsSurviveTheirFile() throws Exception {
        JobOperators operators = kafkaWindowCount();
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("operators-").resolve("job.json");

        OperatorsFile.write(operators, file);

        assertThat(OperatorsFile.read(file).operators()).isEqualTo(operators.operators());
        assertThat(OperatorsFile.read(file).pipeline()).isEqualTo(operators.pipeline());
    }
}
