package io.pipelinestudio.model.node;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a node kind once, on its record: the JSON type name, the palette line, the icon and the help
 * the designer shows. {@link NodeDescriptor} reads it; nothing else repeats it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NodeKind {
    /** The stable JSON type name, such as {@code window-aggregate}; never change it, files depend on it. */
    String name();

    /** The short name in the palette and on the card, such as {@code Window}. */
    String label();

    NodeFamily family();

    /** Position in the palette and in {@link Node#kinds()}: ascending, unique across kinds. */
    int order();

    /** The icon's name: {@code assets/icons/<icon>.svg}. */
    String icon();

    /** One line saying what the node does, for the palette's tooltip and the property sheet. */
    String description();

    /** Help for the settings (record components) that need more than their name. */
    SettingHelp[] settings() default {};

    /** Longer help shown under the property sheet (formulas, modes, what runs in parallel); empty for none. */
    String help() default "";
}
