package io.pipelinestudio.model.node;

/** The palette groups, in the seed's partition → process → aggregate order, plus the two ends. */
public enum NodeFamily {
    SOURCE("Sources"),
    PARTITION("Partition"),
    PROCESS("Process"),
    AGGREGATE("Aggregate"),
    TRAIN("Train"),
    SINK("Sinks");

    private final String title;

    NodeFamily(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
