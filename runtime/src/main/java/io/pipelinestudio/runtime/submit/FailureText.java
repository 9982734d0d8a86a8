package io.pipelinestudio.runtime.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Turns the error texts a Flink cluster answers with, often whole stack traces, into the sentence that matters. */
final class FailureText {
    private static final String MAIN_FAILED = "The main method caused an error: ";
    private static final String NODE_FAILURE = "NodeFailureException: ";

    private FailureText() {}

    /** The REST API's {@code "errors"} array, without Flink's generic first entry and without stack frames. */
    static String ofErrors(JsonNode errors) {
        List<String> texts = new ArrayList<>();
        errors.forEach(e -> texts.add(e.asText()));
        texts.removeIf(t -> t.equals("Internal server error.") && texts.size() > 1);
        if (texts.isEmpty()) {
            return "no reason given";
        }
        for (String text : texts) {
            int main = text.indexOf(MAIN_FAILED);
            if (main >= 0) {
                return withoutStack(text.substring(main + MAIN_FAILED.length()));
            }
        }
        return rootCause(String.join("\n", texts));
    }

    /** The failure of a job: the node at fault if one is named, else the innermost cause. */
    static String rootCause(String stackTrace) {
        for (String line : stackTrace.split("\n")) {
            int node = line.indexOf(NODE_FAILURE);
            if (node >= 0) {
                return line.substring(node + NODE_FAILURE.length()).strip();
            }
        }
        String cause = null;
        for (String line : stackTrace.split("\n")) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).strip();
            }
        }
        return cause != null ? cause : withoutStack(stackTrace);
    }

    private static String withoutStack(String text) {
        StringBuilder message = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("at ") || stripped.startsWith("Caused by:") || stripped.startsWith("...")
                    || stripped.startsWith("<Exception on server side") || stripped.startsWith("End of exception")) {
                if (message.length() > 0) {
                    break;
                }
                continue;
            }
            message.append(message.length() == 0 ? "" : "\n").append(line.stripTrailing());
        }
        return message.toString().strip();
    }
}
