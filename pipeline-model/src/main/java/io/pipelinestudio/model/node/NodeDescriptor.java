package io.pipelinestudio.model.node;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the {@link NodeKind} annotation of a node record says, read once per kind; the palette, the help,
 * the JSON subtypes and {@link Node#kinds()} all come from here.
 */
public record NodeDescriptor(Class<? extends Node> type, String name, String label, NodeFamily family, int order,
        String icon, String description, Map<String, String> settingHelp, Map<String, SettingRole> settingRoles,
        String help) {
    private static final ClassValue<NodeDescriptor> BY_TYPE = new ClassValue<>() {
        @Override
        protected NodeDescriptor computeValue(Class<?> type) {
            return read(type.asSubclass(Node.class));
        }
    };
    private static final List<NodeDescriptor> ALL = Stream.of(Node.class.getPermittedSubclasses())
            .flatMap(NodeDescriptor::records)
            .map(NodeDescriptor::of)
            .sorted(Comparator.comparingInt(NodeDescriptor::order))
            .toList();

    public NodeDescriptor {
        settingHelp = Map.copyOf(settingHelp);
        settingRoles = Map.copyOf(settingRoles);
    }

    /** The descriptor of a node record; fails when the record has no {@link NodeKind}. */
    public static NodeDescriptor of(Class<? extends Node> type) {
        return BY_TYPE.get(type);
    }

    /** Every node kind, in palette order. */
    public static List<NodeDescriptor> all() {
        return ALL;
    }

    public static Optional<NodeDescriptor> named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** What one setting's value names; {@link SettingRole#TEXT} unless the kind says otherwise. */
    public SettingRole roleOf(String setting) {
        return settingRoles.getOrDefault(setting, SettingRole.TEXT);
    }

    /** The help of one setting, if the kind gives one. */
    public Optional<String> helpOf(String setting) {
        return Optional.ofNullable(settingHelp.get(setting));
    }

    private static NodeDescriptor read(Class<? extends Node> type) {
        NodeKind kind = type.getAnnotation(NodeKind.class);
        if (kind == null) {
            throw new IllegalStateException("Expected @NodeKind on " + type.getName() + " but found none");
        }
        // sinks share their ports through SinkNode, so a sink filed under another family would draw wrongly
        if (SinkNode.class.isAssignableFrom(type) != (kind.family() == NodeFamily.SINK)) {
            throw new IllegalStateException("Expected " + type.getName() + " to be in the SINK family exactly when"
                    + " it implements SinkNode but found family " + kind.family());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, SettingRole> roles = new LinkedHashMap<>();
        for (SettingHelp setting : kind.settings()) {
            if (setting.role() != SettingRole.TEXT) {
                roles.put(setting.name(), setting.role());
            }
            boolean component = Arrays.stream(type.getRecordComponents())
                    .anyMatch(c -> c.getName().equals(setting.name()));
            if (!component || settings.put(setting.name(), setting.help()) != null) {
                throw new IllegalStateException("Expected help for distinct settings of " + type.getName()
                        + " but found '" + setting.name() + "', " + (component ? "given twice" : "not one of them"));
            }
        }
        return new NodeDescriptor(type, kind.name(), kind.label(), kind.family(), kind.order(), kind.icon(),
                kind.description(), settings, roles, kind.help());
    }

    /** The records under a sealed node type, through sealed sub-interfaces such as {@link SinkNode}. */
    private static Stream<Class<? extends Node>> records(Class<?> type) {
        if (type.isInterface()) {
            return Stream.of(type.getPermittedSubclasses()).flatMap(NodeDescriptor::records);
        }
        return Stream.of(type.asSubclass(Node.class));
    }
}
