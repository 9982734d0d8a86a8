package io.pipelinestudio.runtime.train;

/** Training that cannot go on: no examples, a constant feature to standardize, a diverging loss. */
final class TrainingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TrainingException(String message) {
        super(message);
    }
}
