package io.pipelinestudio.app.palette;

import io.pipelinestudio.app.theme.Icons;
import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.model.node.NodeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The searchable palette of node kinds grouped by family; kinds are dragged onto the canvas. */
public final class PaletteView extends VBox {
    /** What a palette drag carries: the node kind. */
    public static final DataFormat NODE_KIND = new DataFormat("application/x-pipelinestudio-node-kind");

    private final TextField search = new TextField();
    private final VBox groups = new VBox();
    private final List<Section> sections = new ArrayList<>();
    private final Consumer<String> onActivate;

    /** {@code onActivate} receives the kind of a double-clicked item. */
    public PaletteView(Consumer<String> onActivate) {
        this.onActivate = onActivate;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PALETTE);
        Label title = new Label("Nodes");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        search.setPromptText("Search nodes");
        search.setId("palette-search");
        VBox.setMargin(search, new javafx.geometry.Insets(0, 12, 4, 12));
        for (NodeFamily family : NodeFamily.values()) {
            Section section = new Section(family);
            sections.add(section);
            groups.getChildren().add(section.box);
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, search, scroll);
    }

    private void initListeners() {
        search.textProperty().addListener((obs, old, text) -> filter(text));
    }

    public TextField searchField() {
        return search;
    }

    private void filter(String text) {
        String query = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Section section : sections) {
            boolean any = false;
            for (Item item : section.items) {
                boolean match = query.isEmpty() || item.text.contains(query);
                item.box.setVisible(match);
                item.box.setManaged(match);
                any |= match;
            }
            boolean show = query.isEmpty() || any;
            section.box.setVisible(show);
            section.box.setManaged(show);
        }
    }

    private final class Section {
        final VBox box = new VBox();
        final List<Item> items = new ArrayList<>();

        Section(NodeFamily family) {
            box.getStyleClass().addAll(Styles.PALETTE_GROUP, Styles.FAMILY_PREFIX + family.name().toLowerCase(Locale.ROOT));
            Label header = new Label(family.title().toUpperCase(Locale.ROOT));
            header.getStyleClass().add("palette-group-title");
            box.getChildren().add(header);
            List<PaletteEntry> entries = PaletteCatalog.family(family);
            if (entries.isEmpty()) {
                Label empty = new Label("No node kinds yet");
                empty.getStyleClass().add(Styles.PALETTE_EMPTY);
                box.getChildren().add(empty);
            }
            for (PaletteEntry entry : entries) {
                Item item = new Item(entry);
                items.add(item);
                box.getChildren().add(item.box);
            }
        }
    }

    private final class Item {
        final HBox box = new HBox();
        final String text;

        Item(PaletteEntry entry) {
            text = (entry.label() + " " + entry.kind() + " " + entry.help() + " " + entry.family().title())
                    .toLowerCase(Locale.ROOT);
            box.setId("palette-" + entry.kind());
            box.getStyleClass().addAll(Styles.PALETTE_ITEM,
                    Styles.FAMILY_PREFIX + entry.family().name().toLowerCase(Locale.ROOT));
            Label label = new Label(entry.label());
            label.getStyleClass().add("palette-item-label");
            box.getChildren().addAll(Icons.icon(entry.icon(), 18), label);
            Tooltip.install(box, new Tooltip(entry.help() + "\nDrag onto the canvas, or double-click to add."));
            box.setOnDragDetected(e -> {
                Dragboard board = box.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(NODE_KIND, entry.kind());
                content.putString(entry.kind());
                board.setContent(content);
                board.setDragView(box.snapshot(null, null), 12, 12);
                e.consume();
            });
            box.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    onActivate.accept(entry.kind());
                }
            });
        }
    }
}
