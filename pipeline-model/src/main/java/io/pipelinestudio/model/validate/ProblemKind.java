package io.pipelinestudio.model.validate;

/** What is wrong; lets tools group and explain problems. */
public enum ProblemKind {
    DUPLICATE_ID,
    UNKNOWN_NODE,
    UNKNOWN_PORT,
    UNCONNECTED_INPUT,
    INPUT_ALREADY_CONNECTED,
    CYCLE,
    UNKNOWN_FIELD,
    DUPLICATE_FIELD,
    TYPE_MISMATCH,
    MISSING_KEY,
    MISSING_EVENT_TIME,
    BAD_EXPRESSION,
    BAD_PARAMETER,
    UNDECLARED_PARAMETER,
    MISSING_PARAMETER_VALUE,
    UNBOUNDED_IN_BATCH,
    NO_SINK,
    MODE_DEPENDENT_RESULT,
    JOB_SETTINGS,
    /** An input file not there (yet): a warning, since it may be written before the run. */
    MISSING_INPUT_FILE
}
