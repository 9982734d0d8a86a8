package io.pipelinestudio.app.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeDescriptor;
import io.pipelinestudio.model.node.SettingRole;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One editable setting of a node kind, found by reflection on the node record's components (nested
 * records such as a window spec are flattened), read from and written to the node's JSON tree.
 */
final class PropertyDescriptor {
    enum Kind { STRING, WHOLE, DECIMAL, BOOLEAN, CHOICE, LIST, JSON }

    private static final Map<Class<?>, List<PropertyDescriptor>> CACHE = new ConcurrentHashMap<>();
    // the two settings every node has; each kind's own settings are helped by its descriptor
    private static final Map<String, String> COMMON_HELP = Map.of(
            "id", "The node's unique id; edges and results refer to it",
            "label", "The name shown on the card; the id when empty");

    final List<String> path;
    final String label;
    final String category;
    final String help;
    final Kind kind;
    final boolean nullable;
    final ListCodec codec;
    final List<String> choices;
    final SettingRole role;

    private PropertyDescriptor(List<String> path, String category, Kind kind, boolean nullable, ListCodec codec,
            List<String> choices, String hint, Map<String, String> settingHelp, Map<String, SettingRole> roles) {
        this.path = List.copyOf(path);
        this.role = path.size() == 1 ? roles.getOrDefault(path.get(0), SettingRole.TEXT) : SettingRole.TEXT;
        this.category = category;
        this.kind = kind;
        this.nullable = nullable;
        this.codec = codec;
        this.choices = choices;
        String leaf = path.get(path.size() - 1);
        this.label = path.size() > 1 ? humanize(path.get(0)) + " " + humanize(leaf).toLowerCase(Locale.ROOT)
                : leaf.equals("label") ? "Name" : humanize(leaf);
        String fallback = hint == null ? label : hint;
        this.help = path.size() > 1 ? fallback
                : settingHelp.getOrDefault(leaf, COMMON_HELP.getOrDefault(leaf, fallback));
    }

    String id() {
        return "property-" + String.join("-", path);
    }

    /** The setting as {@link Node#applies(String)} names it: {@code window.slideMs} for a nested one. */
    String setting() {
        return String.join(".", path);
    }

    /** The settings of a node kind, helped by its descriptor. */
    static List<PropertyDescriptor> of(Class<? extends Node> nodeType) {
        NodeDescriptor kind = NodeDescriptor.of(nodeType);
        return of(nodeType, kind.settingHelp(), kind.settingRoles());
    }

    /** The settings of any record, such as the job's, with the help of each component by name. */
    static List<PropertyDescriptor> of(Class<?> recordType, Map<String, String> settingHelp) {
        return of(recordType, settingHelp, Map.of());
    }

    private static List<PropertyDescriptor> of(Class<?> recordType, Map<String, String> settingHelp,
            Map<String, SettingRole> roles) {
        return CACHE.computeIfAbsent(recordType, type -> {
            List<PropertyDescriptor> result = new ArrayList<>();
            collect(type, List.of(), settingHelp, roles, result);
            return List.copyOf(result);
        });
    }

    /**
     * The editor of the setting's row: a switch, a list of choices, text with the input's fields or a file
     * chooser to help, or text that is parsed on commit.
     */
    PropertyItem.Editor editor() {
        return switch (kind) {
            case BOOLEAN -> PropertyItem.Editor.SWITCH;
            case CHOICE -> PropertyItem.Editor.CHOICE;
            case STRING -> switch (role) {
                case INPUT_FIELD -> PropertyItem.Editor.FIELD;
                case FILE_TO_READ -> PropertyItem.Editor.FILE_TO_READ;
                case FILE_TO_WRITE -> PropertyItem.Editor.FILE_TO_WRITE;
                case FOLDER_TO_WRITE -> PropertyItem.Editor.FOLDER;
                default -> PropertyItem.Editor.TEXT;
            };
            case LIST -> role == SettingRole.INPUT_FIELDS ? PropertyItem.Editor.FIELDS : PropertyItem.Editor.TEXT;
            default -> PropertyItem.Editor.TEXT;
        };
    }

    private static void collect(Class<?> type, List<String> prefix, Map<String, String> help,
            Map<String, SettingRole> roles, List<PropertyDescriptor> out) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            Class<?> raw = component.getType();
            String category = prefix.isEmpty() && (component.getName().equals("id") || component.getName().equals("label"))
                    ? "General" : "Settings";
            if (raw == String.class) {
                out.add(new PropertyDescriptor(path, category, Kind.STRING, true, null, null, null, help, roles));
            } else if (raw == long.class || raw == int.class || raw == Long.class || raw == Integer.class) {
                out.add(new PropertyDescriptor(path, category, Kind.WHOLE, !raw.isPrimitive(), null, null,
                        raw.isPrimitive() ? "A whole number" : "A whole number, or empty for none", help, roles));
            } else if (raw == double.class || raw == Double.class) {
                out.add(new PropertyDescriptor(path, category, Kind.DECIMAL, !raw.isPrimitive(), null, null, "A number",
                        help, roles));
            } else if (raw == boolean.class || raw == Boolean.class) {
                out.add(new PropertyDescriptor(path, category, Kind.BOOLEAN, false, null, null, null, help, roles));
            } else if (raw.isEnum()) {
                List<String> names = Arrays.stream(raw.getEnumConstants())
                        .map(c -> PipelineJson.mapper().valueToTree(c).asText()).toList();
                out.add(new PropertyDescriptor(path, category, Kind.CHOICE, true, null, names, null, help, roles));
            } else if (raw.isRecord() && prefix.isEmpty()) {
                collect(raw, path, help, roles, out);
            } else if (List.class.isAssignableFrom(raw)) {
                ListCodec codec = ListCodec.forElement(elementType(component.getGenericType()));
                out.add(codec == null
                        ? new PropertyDescriptor(path, category, Kind.JSON, true, null, null, "JSON", help, roles)
                        : new PropertyDescriptor(path, category, Kind.LIST, false, codec, null, codec.hint(), help, roles));
            } else {
                out.add(new PropertyDescriptor(path, category, Kind.JSON, true, null, null, "JSON", help, roles));
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

    /** The value the editor shows: a Boolean for switches, text for everything else. */
    Object read(ObjectNode tree) {
        JsonNode value = tree;
        for (String step : path) {
            value = value == null ? null : value.get(step);
        }
        if (kind == Kind.BOOLEAN) {
            return value != null && value.asBoolean();
        }
        if (value == null || value.isNull()) {
            return "";
        }
        return switch (kind) {
            case LIST -> codec.format(value);
            case JSON -> value.toString();
            default -> value.asText();
        };
    }

    /** Writes an edited value into the tree; throws with a readable message when the text is not valid. */
    void write(ObjectNode tree, Object value) {
        ObjectNode parent = tree;
        for (String step : path.subList(0, path.size() - 1)) {
            JsonNode child = parent.get(step);
            if (!(child instanceof ObjectNode)) {
                child = parent.putObject(step);
            }
            parent = (ObjectNode) child;
        }
        String leaf = path.get(path.size() - 1);
        if (kind == Kind.BOOLEAN) {
            parent.put(leaf, Boolean.TRUE.equals(value));
            return;
        }
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty() && kind != Kind.LIST) {
            if (!nullable) {
                throw new IllegalArgumentException(label + " needs a value");
            }
            parent.putNull(leaf);
            return;
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (kind) {
            case WHOLE -> {
                try {
                    parent.put(leaf, Long.parseLong(text.replace("_", "")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + " must be a whole number but is '" + text + "'");
                }
            }
            case DECIMAL -> {
                try {
                    parent.put(leaf, Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + " must be a number but is '" + text + "'");
                }
            }
            case LIST -> parent.set(leaf, codec.parse(text));
            case JSON -> {
                try {
                    parent.set(leaf, PipelineJson.mapper().readTree(text));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(label + " must be JSON: " + e.getOriginalMessage());
                }
            }
            default -> parent.set(leaf, json.textNode(text));
        }
    }

    static String humanize(String name) {
        String spaced = name.replaceAll("Ms$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String result = Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        return name.endsWith("Ms") ? result + " (ms)" : result;
    }
}
