package io.pipelinestudio.runtime.bench;

/** What a benchmark run is asked for: records per run (0: the benchmark's default), runs, parallelism. */
public record BenchSettings(long records, int runs, int parallelism) {}
