package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.node.WindowAggregateNode;
import java.util.Map;

/** The one translator of each node kind, like the translator map of Flink's {@code StreamGraphGenerator}. */
final class Translators {
    private static final Map<Class<? extends Node>, NodeTranslator<?>> BY_KIND = Map.ofEntries(
            Map.entry(CsvSourceNode.class, new CsvSourceTranslator()),
            Map.entry(GeneratorSourceNode.class, new GeneratorSourceTranslator()),
            Map.entry(KafkaSourceNode.class, new KafkaSourceTranslator()),
            Map.entry(KeyByNode.class, new KeyByTranslator()),
            Map.entry(RebalanceNode.class, new RebalanceTranslator()),
            Map.entry(EventTimeNode.class, new EventTimeTranslator()),
            Map.entry(ParseNode.class, new ParseTranslator()),
            Map.entry(ProjectNode.class, new ProjectTranslator()),
            Map.entry(FilterNode.class, new FilterTranslator()),
            Map.entry(MapNode.class, new MapTranslator()),
            Map.entry(FlatMapNode.class, new FlatMapTranslator()),
            Map.entry(ReduceNode.class, new ReduceTranslator()),
            Map.entry(WindowAggregateNode.class, new WindowAggregateTranslator()),
            Map.entry(TrainNode.class, new TrainTranslator()),
            Map.entry(PredictNode.class, new PredictTranslator()),
            Map.entry(CsvSinkNode.class, new CsvSinkTranslator()),
            Map.entry(FileSinkNode.class, new FileSinkTranslator()),
            Map.entry(KafkaSinkNode.class, new KafkaSinkTranslator()),
            Map.entry(ConsoleSinkNode.class, new ConsoleSinkTranslator()),
            Map.entry(ChartSinkNode.class, new ChartSinkTranslator()));

    private Translators() {}

    @SuppressWarnings("unchecked")
    static <N extends Node> NodeTranslator<N> forNode(N node) {
        NodeTranslator<?> translator = BY_KIND.get(node.getClass());
        if (translator == null) {
            throw new IllegalStateException("Expected a translator for node kind " + node.kind() + " but found none");
        }
        return (NodeTranslator<N>) translator;
    }

    static boolean covers(Class<? extends Node> kind) {
        return BY_KIND.containsKey(kind);
    }
}
