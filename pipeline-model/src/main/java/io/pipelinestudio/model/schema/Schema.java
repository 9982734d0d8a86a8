package io.pipelinestudio.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The ordered fields of the records that flow along an edge. */
public record Schema(List<Field> fields) {
    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        fields = List.copyOf(fields);
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public int size() {
        return fields.size();
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Field> field(String name) {
        int index = indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(fields.get(index));
    }

    public List<String> names() {
        return fields.stream().map(Field::name).collect(Collectors.toList());
    }

    /** This schema with {@code field} replacing a field of the same name, or appended. */
    public Schema with(Field field) {
        List<Field> result = new ArrayList<>(fields);
        int index = indexOf(field.name());
        if (index >= 0) {
            result.set(index, field);
        } else {
            result.add(field);
        }
        return new Schema(result);
    }

    public Schema without(String name) {
        return new Schema(fields.stream().filter(f -> !f.name().equals(name)).collect(Collectors.toList()));
    }

    @Override
    public String toString() {
        return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
