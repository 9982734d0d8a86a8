package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.runtime.codegen.JavaSource;
import java.util.Locale;

/**
 * The ids Pipeline Studio gives a Kafka node on the broker when the user gives none: a source's consumer
 * group and a sink's transactional id prefix, {@code pipeline-studio.<pipeline>.<node>}, so that two
 * pipelines never share one and a restarted or redeployed job finds its own again.
 */
final class KafkaIds {
    private KafkaIds() {}

    static String of(String nodeId, JavaSource java) {
        return "pipeline-studio." + slug(JavaTranslation.jobName(java.report().pipeline())) + "." + nodeId;
    }

    /** The job name as a Kafka id part: lower-case letters, digits and dashes. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "pipeline" : slug;
    }
}
