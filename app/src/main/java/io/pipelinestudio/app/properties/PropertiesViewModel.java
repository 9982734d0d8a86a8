package io.pipelinestudio.app.properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.edit.EditNodeCommand;
import io.pipelinestudio.app.edit.EditPipelineCommand;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings of the selection as property rows: a node's record components, an edge's ends, or the
 * pipeline's name, description and job settings when nothing is selected. Every change becomes a command
 * that puts a new record in the model.
 */
public final class PropertiesViewModel {
    private final PipelineDocument document;
    private final Selection selection;
    private final Consumer<String> messages;
    private final Function<String, List<String>> inputFields;
    private final JobSettingsRows jobRows;
    private final ObservableList<PropertyItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper(this, "help", "");
    private final List<Runnable> refreshers = new ArrayList<>();
    private String shownKey;
    private Object lastShown;

    /** {@code inputFields} gives the fields a node's input carries as far as they are known (for field editors). */
    public PropertiesViewModel(PipelineDocument document, Selection selection, Consumer<String> messages,
            Function<String, List<String>> inputFields) {
        this.document = document;
        this.selection = selection;
        this.messages = messages;
        this.inputFields = inputFields;
        this.jobRows = new JobSettingsRows(document, messages);
        document.pipelineProperty().addListener(o -> update());
        selection.nodesProperty().addListener(o -> update());
        selection.edgesProperty().addListener(o -> update());
        update();
    }

    public ObservableList<PropertyItem> items() {
        return items;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The selected node kind's longer help (formulas, settings, parallelism); empty when it has none. */
    public ReadOnlyStringProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    private void update() {
        Pipeline pipeline = document.pipeline();
        Optional<Node> node = selection.nodes().size() == 1 && selection.edges().isEmpty()
                ? pipeline.node(selection.nodes().iterator().next()) : Optional.empty();
        Optional<Edge> edge = selection.nodes().isEmpty() && selection.edges().size() == 1
                ? pipeline.edges().stream().filter(e -> e.id().equals(selection.edges().iterator().next())).findFirst()
                : Optional.empty();
        String key;
        if (node.isPresent()) {
            // the rows shown change with the settings that apply, such as a window's slide for a sliding window
            key = "node:" + node.get().id() + ":" + node.get().kind() + ":" + applicable(node.get()).stream()
                    .map(PropertyDescriptor::setting).collect(java.util.stream.Collectors.joining(","));
        } else if (edge.isPresent()) {
            key = "edge:" + edge.get().id();
        } else if (selection.isEmpty()) {
            key = "pipeline";
        } else {
            key = "many";
        }
        Object shownObject = node.isPresent() ? node.get() : edge.isPresent() ? edge.get()
                : Arrays.asList(pipeline.name(), pipeline.description(), pipeline.job());
        if (key.equals(shownKey) && shownObject.equals(lastShown)) {
            return;
        }
        lastShown = shownObject;
        if (key.equals(shownKey)) {
            refreshers.forEach(Runnable::run);
            return;
        }
        shownKey = key;
        refreshers.clear();
        help.set(node.map(n -> n.descriptor().help()).orElse(""));
        List<PropertyItem> rows = new ArrayList<>();
        if (node.isPresent()) {
            showNode(node.get(), rows);
        } else if (edge.isPresent()) {
            showEdge(edge.get(), rows);
        } else if (selection.isEmpty()) {
            showPipeline(rows);
        } else {
            int count = selection.nodes().size() + selection.edges().size();
            title.set(count + (count == 1 ? " element selected" : " elements selected"));
            subtitle.set("Select one node to edit its settings");
        }
        items.setAll(rows);
    }

    private void showNode(Node node, List<PropertyItem> rows) {
        String nodeId = node.id();
        title.set(node.displayName());
        NodeDescriptor kind = node.descriptor();
        subtitle.set(kind.label() + " \u00b7 " + kind.family().title() + " \u00b7 " + kind.description());
        String category = kind.label() + " settings";
        for (PropertyDescriptor descriptor : applicable(node)) {
            // one category: the sheet's accordion would otherwise hide all but the first group
            PropertyItem item = new PropertyItem(descriptor.id(), descriptor.label, category,
                    descriptor.help, descriptor.editor(), descriptor.choices, descriptor.read(tree(node)),
                    value -> commitNode(nodeId, descriptor, value)).withInputFields(() -> inputFields.apply(nodeId));
            rows.add(item);
            refreshers.add(() -> document.pipeline().node(nodeId)
                    .ifPresent(current -> item.show(descriptor.read(tree(current)))));
        }
    }

    /** The settings that mean something with the node's other settings as they are. */
    private static List<PropertyDescriptor> applicable(Node node) {
        return PropertyDescriptor.of(node.getClass()).stream().filter(d -> node.applies(d.setting())).toList();
    }

    private void showEdge(Edge edge, List<PropertyItem> rows) {
        title.set("Connection");
        subtitle.set(edge.id());
        rows.add(new PropertyItem("property-from", "From", "Connection", "The output port records leave by",
                PropertyItem.Editor.READ_ONLY, null, edge.from() + " \u00b7 " + edge.fromPort(), v -> { }));
        rows.add(new PropertyItem("property-to", "To", "Connection", "The input port records arrive at",
                PropertyItem.Editor.READ_ONLY, null, edge.to() + " \u00b7 " + edge.toPort(), v -> { }));
    }

    private void showPipeline(List<PropertyItem> rows) {
        title.set("Pipeline");
        subtitle.set("Select a node to edit its settings");
        PropertyItem name = new PropertyItem("property-pipeline-name", "Name", "Pipeline", "The pipeline's name",
                PropertyItem.Editor.TEXT, null, text(document.pipeline().name()), value -> {
                    Pipeline p = document.pipeline();
                    document.execute(new EditPipelineCommand(document, blankToNull(value), p.description(), "Rename pipeline"));
                });
        PropertyItem description = new PropertyItem("property-pipeline-description", "Description", "Pipeline",
                "One line on what the pipeline does; the examples gallery shows it", PropertyItem.Editor.TEXT, null,
                text(document.pipeline().description()), value -> {
                    Pipeline p = document.pipeline();
                    document.execute(new EditPipelineCommand(document, p.name(), blankToNull(value), "Edit description"));
                });
        rows.add(name);
        rows.add(description);
        refreshers.add(() -> {
            name.show(text(document.pipeline().name()));
            description.show(text(document.pipeline().description()));
        });
        // a category of its own, closed at first: the name and description are what most edits are about
        rows.addAll(jobRows.create(refreshers));
    }

    private void commitNode(String nodeId, PropertyDescriptor descriptor, Object value) {
        Optional<Node> current = document.pipeline().node(nodeId);
        if (current.isEmpty()) {
            return;
        }
        ObjectNode tree = tree(current.get());
        try {
            descriptor.write(tree, value);
            Node edited = PipelineJson.mapper().treeToValue(tree, Node.class);
            if (edited.equals(current.get())) {
                refreshers.forEach(Runnable::run);
                return;
            }
            if (!edited.id().equals(nodeId) && document.pipeline().node(edited.id()).isPresent()) {
                throw new IllegalArgumentException("another node already has the id '" + edited.id() + "'");
            }
            document.execute(new EditNodeCommand(document, nodeId, edited,
                    "Set " + descriptor.label.toLowerCase(java.util.Locale.ROOT) + " of " + nodeId));
            if (!edited.id().equals(nodeId)) {
                selection.selectNode(edited.id());
            }
            messages.accept("");
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            messages.accept("Cannot set " + descriptor.label.toLowerCase(java.util.Locale.ROOT) + ": " + reason(e));
            refreshers.forEach(Runnable::run);
        }
    }

    /** Why a value was refused, in the words of the innermost cause, without Jackson's location details. */
    static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException json
                ? json.getOriginalMessage() : cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        int detail = message.indexOf(" (for ");
        return detail > 0 ? message.substring(0, detail) : message;
    }

    private static ObjectNode tree(Node node) {
        return (ObjectNode) PipelineJson.mapper().valueToTree(node);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
