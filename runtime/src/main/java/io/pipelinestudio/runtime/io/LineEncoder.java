package io.pipelinestudio.runtime.io;

import java.io.Serializable;

/** Turns a record into one line of text. */
@FunctionalInterface
public interface LineEncoder<T> extends Serializable {
    String encode(T record);
}
