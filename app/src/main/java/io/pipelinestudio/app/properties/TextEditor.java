package io.pipelinestudio.app.properties;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text field that commits on Enter or when it loses focus, goes back to the model's value on Escape, and
 * shows the model's value otherwise.
 */
class TextEditor implements PropertyEditor<Object> {
    private final PropertyItem item;
    private final TextField field = new TextField();

    TextEditor(PropertyItem item) {
        this.item = item;
        field.setId(item.id());
        field.setEditable(item.isEditable());
        field.setTooltip(new Tooltip(item.getDescription()));
        show(item.getValue());
        item.valueProperty().addListener((ObservableValue<?> o, Object old, Object now) -> show(now));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(item.getValue());
                e.consume();
            }
        });
    }

    /** Hands the text to the model; then shows what the model kept, which differs if it refused it. */
    void commit() {
        item.setValue(field.getText());
        show(item.getValue());
    }

    TextField field() {
        return field;
    }

    private void show(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    @Override
    public javafx.scene.Node getEditor() {
        return field;
    }

    @Override
    public Object getValue() {
        return field.getText();
    }

    @Override
    public void setValue(Object value) {
        show(value);
    }
}
