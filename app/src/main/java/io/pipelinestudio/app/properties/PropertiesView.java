package io.pipelinestudio.app.properties;

import io.pipelinestudio.app.files.FileDialogs;
import io.pipelinestudio.app.theme.Styles;
import java.util.Comparator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/** The property sheet of the selection (ControlsFX PropertySheet), with editors that commit on Enter. */
public final class PropertiesView extends VBox {
    private final PropertiesViewModel model;
    private final FileDialogs dialogs;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final PropertySheet sheet = new PropertySheet();
    private final Label help = new Label();
    private final TitledPane helpPane = new TitledPane("Help", new ScrollPane(help));

    public PropertiesView(PropertiesViewModel model, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("properties");
        setId("properties");
        Label header = new Label("Properties");
        header.getStyleClass().add(Styles.PANEL_TITLE);
        title.getStyleClass().add("properties-title");
        title.setId("properties-title");
        subtitle.getStyleClass().add("properties-subtitle");
        subtitle.setWrapText(true);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        // ControlsFX sorts categories by name and opens the first: keep the view-model's order instead, so
        // that the pipeline's own rows open before its "Job" rows
        sheet.setCategoryComparator(
                Comparator.comparingInt(this::firstRowOf).thenComparing(Comparator.naturalOrder()));
        sheet.setPropertyEditorFactory(item -> createEditor((PropertyItem) item));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        help.setId("node-help");
        help.getStyleClass().add("node-help");
        help.setWrapText(true);
        ScrollPane helpScroll = (ScrollPane) helpPane.getContent();
        helpScroll.setFitToWidth(true);
        helpScroll.setPrefViewportHeight(200);
        helpPane.setId("node-help-pane");
        helpPane.getStyleClass().add("node-help-pane");
        getChildren().addAll(header, title, subtitle, sheet, helpPane);
    }

    /** Shows {@code problems} (those of the selection) between the title and the properties. */
    public void showProblems(javafx.scene.Node problems) {
        getChildren().add(getChildren().indexOf(sheet), problems);
    }

    private void initListeners() {
        title.textProperty().bind(model.titleProperty());
        subtitle.textProperty().bind(model.subtitleProperty());
        help.textProperty().bind(model.helpProperty());
        helpPane.visibleProperty().bind(model.helpProperty().isNotEmpty());
        helpPane.managedProperty().bind(helpPane.visibleProperty());
        sheet.getItems().setAll(model.items());
        model.items().addListener((javafx.collections.ListChangeListener<PropertyItem>) c ->
                sheet.getItems().setAll(model.items()));
    }

    private int firstRowOf(String category) {
        for (int row = 0; row < model.items().size(); row++) {
            if (model.items().get(row).getCategory().equals(category)) {
                return row;
            }
        }
        return Integer.MAX_VALUE;
    }

    private PropertyEditor<?> createEditor(PropertyItem item) {
        return switch (item.editor()) {
            case SWITCH -> new SwitchEditor(item);
            case CHOICE -> new ChoiceEditor(item);
            case FIELD, FIELDS, FILE_TO_READ, FILE_TO_WRITE, FOLDER -> new AssistedTextEditor(item, dialogs);
            default -> new TextEditor(item);
        };
    }

    private static final class SwitchEditor implements PropertyEditor<Object> {
        private final CheckBox box = new CheckBox();

        SwitchEditor(PropertyItem item) {
            box.setId(item.id());
            box.setSelected(Boolean.TRUE.equals(item.getValue()));
            item.valueProperty().addListener((o, old, now) -> box.setSelected(Boolean.TRUE.equals(now)));
            box.setOnAction(e -> item.setValue(box.isSelected()));
        }

        @Override
        public CheckBox getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.isSelected();
        }

        @Override
        public void setValue(Object value) {
            box.setSelected(Boolean.TRUE.equals(value));
        }
    }

    private static final class ChoiceEditor implements PropertyEditor<Object> {
        private final ComboBox<String> combo = new ComboBox<>();
        private boolean updating;

        ChoiceEditor(PropertyItem item) {
            combo.setId(item.id());
            combo.getItems().setAll(item.choices());
            combo.setMaxWidth(Double.MAX_VALUE);
            show(item.getValue());
            item.valueProperty().addListener((o, old, now) -> show(now));
            combo.valueProperty().addListener((o, old, now) -> {
                if (!updating && now != null) {
                    item.setValue(now);
                }
            });
        }

        private void show(Object value) {
            updating = true;
            try {
                combo.setValue(value == null || value.toString().isEmpty() ? null : value.toString());
            } finally {
                updating = false;
            }
        }

        @Override
        public ComboBox<String> getEditor() {
            return combo;
        }

        @Override
        public Object getValue() {
            return combo.getValue();
        }

        @Override
        public void setValue(Object value) {
            show(value);
        }
    }
}
