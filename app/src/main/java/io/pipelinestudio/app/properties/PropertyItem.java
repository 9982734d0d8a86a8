package io.pipelinestudio.app.properties;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the property sheet. Setting its value does not change it: it hands the value to the
 * view-model, which pushes a command; the row then shows what the model holds.
 */
public final class PropertyItem implements PropertySheet.Item {
    /**
     * Which editor the row uses: text, a switch, a fixed choice, read-only, or text with help to fill it in:
     * a field of the node's input, a list of them, a file to read or write, a folder to write into.
     */
    public enum Editor { TEXT, SWITCH, CHOICE, READ_ONLY, FIELD, FIELDS, FILE_TO_READ, FILE_TO_WRITE, FOLDER }

    private final String id;
    private final String name;
    private final String category;
    private final String description;
    private final Editor editor;
    private final List<String> choices;
    private final Consumer<Object> commit;
    private Supplier<List<String>> inputFields = List::of;
    private final ReadOnlyObjectWrapper<Object> value = new ReadOnlyObjectWrapper<>(this, "value");

    PropertyItem(String id, String name, String category, String description, Editor editor, List<String> choices,
            Object initial, Consumer<Object> commit) {
        this.id = id;
        this.name = name;
        this.category = category;
        this.description = description;
        this.editor = editor;
        this.choices = choices == null ? List.of() : choices;
        this.commit = commit;
        value.set(initial);
    }

    public String id() {
        return id;
    }

    public Editor editor() {
        return editor;
    }

    public List<String> choices() {
        return choices;
    }

    /** The fields of the node's input as now known, for the field editors; asked each time they open. */
    public List<String> inputFields() {
        return inputFields.get();
    }

    PropertyItem withInputFields(Supplier<List<String>> fields) {
        inputFields = fields;
        return this;
    }

    @Override
    public Class<?> getType() {
        return editor == Editor.SWITCH ? Boolean.class : String.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object newValue) {
        if (editor != Editor.READ_ONLY && !Objects.equals(newValue, value.get())) {
            commit.accept(newValue);
        }
    }

    @Override
    public boolean isEditable() {
        return editor != Editor.READ_ONLY;
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value.getReadOnlyProperty());
    }

    public ReadOnlyObjectProperty<Object> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Shows what the model now holds, without committing anything. */
    void show(Object modelValue) {
        value.set(modelValue);
    }
}
