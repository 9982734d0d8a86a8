package io.pipelinestudio.app.properties;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the property sheet. Setting its value does not change it: it hands the value to the
 * view-model, which pushes a command; the row then shows what the model holds.
 */
public final class PropertyItem implements PropertySheet.Item {
    /** Which editor the row uses. */
    public enum Editor { TEXT, SWITCH, CHOICE, READ_ONLY }

    private final String id;
    private final String name;
    private final String category;
    private final String description;
    private final Editor editor;
    private final List<String> choices;
    private final Consumer<Object> commit;
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
