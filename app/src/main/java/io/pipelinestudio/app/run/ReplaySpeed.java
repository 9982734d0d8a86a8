package io.pipelinestudio.app.run;

/**
 * How fast a streaming run plays its event time: as recorded, ten or a hundred times faster, or as fast as
 * the machine goes. Watching a stream build windows needs the first; a result needs the last.
 */
public enum ReplaySpeed {
    REAL_TIME("\u00d71", 1),
    TEN_TIMES("\u00d710", 10),
    HUNDRED_TIMES("\u00d7100", 100),
    FASTEST("As fast as possible", 0);

    private final String text;
    private final double eventTimePerWallTime;

    ReplaySpeed(String text, double eventTimePerWallTime) {
        this.text = text;
        this.eventTimePerWallTime = eventTimePerWallTime;
    }

    /** Event-time milliseconds per wall-clock millisecond; 0 for as fast as possible. */
    public double factor() {
        return eventTimePerWallTime;
    }

    @Override
    public String toString() {
        return text;
    }
}
