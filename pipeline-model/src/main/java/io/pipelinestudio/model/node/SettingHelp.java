package io.pipelinestudio.model.node;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The help text of one setting of a node kind, by its record component's name. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface SettingHelp {
    /** The record component, such as {@code learningRate}. */
    String name();

    String help();

    /** What the value names: an input field, a file, or plain text. */
    SettingRole role() default SettingRole.TEXT;
}
