package io.pipelinestudio.app.canvas;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a whole graph out left to right in layers: each node one layer after its furthest input, nodes
 * in a layer ordered by the average row of their inputs to keep edges short and uncrossed.
 */
public final class GraphLayout {
    static final double LAYER_GAP = 90;
    static final double ROW_GAP = 36;
    static final double MARGIN = 60;

    private GraphLayout() {}

    public static Map<String, Position> layout(Pipeline pipeline) {
        Map<String, Integer> layer = layers(pipeline);
        Map<Integer, List<Node>> byLayer = new HashMap<>();
        for (Node node : pipeline.nodes()) {
            byLayer.computeIfAbsent(layer.getOrDefault(node.id(), 0), k -> new ArrayList<>()).add(node);
        }
        Map<String, Double> row = new HashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        int layers = byLayer.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (int l = 0; l < layers; l++) {
            List<Node> nodes = byLayer.getOrDefault(l, List.of());
            Map<String, Double> wish = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                double index = i;
                List<Edge> inputs = pipeline.edgesInto(node.id());
                double sum = 0;
                int count = 0;
                for (Edge edge : inputs) {
                    Double r = row.get(edge.from());
                    if (r != null) {
                        sum += r;
                        count++;
                    }
                }
                wish.put(node.id(), count == 0 ? index * (NodeView.MIN_HEIGHT + ROW_GAP) + MARGIN : sum / count);
            }
            List<Node> ordered = new ArrayList<>(nodes);
            ordered.sort(Comparator.comparingDouble(n -> wish.get(n.id())));
            double nextFree = MARGIN;
            double x = MARGIN + l * (NodeView.WIDTH + LAYER_GAP);
            for (Node node : ordered) {
                double y = Math.max(nextFree, wish.get(node.id()));
                y = Math.round(y / CanvasView.GRID) * CanvasView.GRID;
                if (y < nextFree) {
                    y += CanvasView.GRID;
                }
                row.put(node.id(), y);
                positions.put(node.id(), new Position(x, y));
                nextFree = y + NodeView.height(node) + ROW_GAP;
            }
        }
        return positions;
    }

    /** Longest-path layering; nodes on a cycle keep the layer they had when the cycle was met. */
    private static Map<String, Integer> layers(Pipeline pipeline) {
        Map<String, Integer> inDegree = new LinkedHashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        pipeline.nodes().forEach(n -> inDegree.put(n.id(), 0));
        for (Edge edge : pipeline.edges()) {
            if (inDegree.containsKey(edge.from()) && inDegree.containsKey(edge.to())) {
                inDegree.merge(edge.to(), 1, Integer::sum);
                successors.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            }
        }
        Map<String, Integer> layer = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        inDegree.forEach((id, degree) -> {
            if (degree == 0) {
                ready.add(id);
                layer.put(id, 0);
            }
        });
        while (!ready.isEmpty()) {
            String id = ready.poll();
            for (String next : successors.getOrDefault(id, List.of())) {
                layer.merge(next, layer.get(id) + 1, Math::max);
                if (inDegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        pipeline.nodes().forEach(n -> layer.putIfAbsent(n.id(), 0));
        return layer;
    }
}
