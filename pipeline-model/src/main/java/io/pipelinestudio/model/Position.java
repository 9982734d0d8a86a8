package io.pipelinestudio.model;

/** Where a node's card sits on the designer's canvas. */
public record Position(double x, double y) {}
