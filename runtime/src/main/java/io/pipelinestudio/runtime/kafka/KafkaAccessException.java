package io.pipelinestudio.runtime.kafka;

/** Kafka could not be reached, or refused a read or write; the message names the address and what failed. */
public final class KafkaAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KafkaAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
