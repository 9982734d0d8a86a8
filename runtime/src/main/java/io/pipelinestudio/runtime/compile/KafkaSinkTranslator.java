package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import io.pipelinestudio.runtime.io.JsonFormatter;
import io.pipelinestudio.runtime.io.RowMessageSerializer;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link KafkaSinkNode}: Flink's Kafka sink, one message per record. For
 * exactly-once, the transactional ids start with the job's name and the node id.
 */
final class KafkaSinkTranslator extends AbstractNodeTranslator<KafkaSinkNode> {
    /** A Kafka broker's default largest transaction timeout: 15 minutes. */
    static final long TRANSACTION_TIMEOUT_MS = 900_000;

    @Override
    public void translate(KafkaSinkNode node, JavaSource java) {
        java.use(KafkaSink.class, DeliveryGuarantee.class, RowMessageSerializer.class, Row.class);
        Schema input = java.inputSchema(node);
        String format;
        if (node.format() == MessageFormat.JSON) {
            java.use(JsonFormatter.class);
            format = "new JsonFormatter(" + JavaSource.names(input.names()) + ")";
        } else {
            java.use(DelimitedFormatter.class);
            format = "new DelimitedFormatter(" + JavaSource.literal(node.delimiter().charAt(0)) + ")";
        }
        int key = node.keyField() == null || node.keyField().isBlank() ? -1 : input.names().indexOf(node.keyField());
        java.comment(switch (node.delivery()) {
            case EXACTLY_ONCE -> "one message per record, in Kafka transactions committed with each checkpoint:"
                    + " readers with isolation.level=read_committed see each record once";
            case AT_LEAST_ONCE -> "one message per record, flushed with each checkpoint: none is lost, some may"
                    + " be written again after a restart";
            case NONE -> "one message per record, without waiting for the brokers to acknowledge them";
        });
        String sink = "KafkaSink.<Row>builder()"
                + "\n.setBootstrapServers(" + java.string(node.bootstrapServers()) + ")"
                + "\n.setRecordSerializer(new RowMessageSerializer(" + java.string(node.topic()) + ", " + format
                + ", " + key + "))"
                + "\n.setDeliveryGuarantee(DeliveryGuarantee." + node.delivery().name() + ")";
        if (node.delivery() == io.pipelinestudio.model.node.DeliveryGuarantee.EXACTLY_ONCE) {
            sink += "\n.setTransactionalIdPrefix(" + JavaSource.literal(transactionalIdPrefix(node, java)) + ")"
                    // Flink asks for an hour, which brokers refuse by default (transaction.max.timeout.ms is 15
                    // minutes); a transaction only needs to outlive a checkpoint interval and a restart
                    + "\n.setProperty(\"transaction.timeout.ms\", \"" + TRANSACTION_TIMEOUT_MS + "\")";
        }
        String kafka = java.declare("KafkaSink<Row>", node, "kafka", sink + "\n.build()");
        java.statement(java.input(node) + "\n.sinkTo(" + kafka + ")" + java.identify(name(node, ""), uid(node, "")));
    }

    /** Unique per job and sink, stable across restarts and redeploys, as Kafka's transaction fencing needs. */
    static String transactionalIdPrefix(KafkaSinkNode node, JavaSource java) {
        return KafkaIds.of(node.id(), java);
    }
}
