package io.pipelinestudio.runtime.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.compile.JavaTranslation;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A pipeline's job as readable Java: a main class that builds it with the plain DataStream API, calling
 * the runtime's own functions with the arguments the translators give them (each translator writes its
 * node's statements), so it behaves as the designer's runs do. Also one node's statements on their own,
 * for the designer's code view.
 */
public final class JavaSourceGenerator {
    /** The package of generated main classes. */
    public static final String PACKAGE = "pipelines";
    private static final String INDENT = "        ";

    private JavaSourceGenerator() {}

    /** A generated class: its package, simple name and source text. */
    public record GeneratedClass(String packageName, String simpleName, String source) {
        public String qualifiedName() {
            return packageName + "." + simpleName;
        }
    }

    /**
     * The statements a node contributes to the job, with a comment naming it; they use the variables of
     * the nodes before it and {@code env}. When the node cannot be written yet (its pipeline has problems
     * there), a comment saying why.
     */
    public static String forNode(ValidationReport report, String nodeId) {
        if (report.pipeline().node(nodeId).isEmpty()) {
            return "// no node '" + nodeId + "' in this pipeline\n";
        }
        if (!report.topologicalOrder().contains(nodeId)) {
            return "// " + nodeId + ": no code until the pipeline's graph is sound (see the problems)\n";
        }
        Map<String, String> failures = new HashMap<>();
        JavaSource java = JavaTranslation.writeWhatCan(report, failures);
        if (failures.containsKey(nodeId)) {
            String problems = report.problemsOf(nodeId).stream().filter(p -> p.isError()).map(p -> p.message())
                    .collect(Collectors.joining("; "));
            return "// " + nodeId + ": no code yet: " + (problems.isEmpty() ? failures.get(nodeId) : problems) + "\n";
        }
        return java.block(nodeId);
    }

    /**
     * The main class building the pipeline's job. Parameters stay parameters ({@code --param NAME=VALUE},
     * defaults from the pipeline and {@code defaults}) wherever a placeholder fills a whole string setting
     * or part of one; should a placeholder sit where code cannot read it at run time, the export-time
     * values are written in instead, and the class comment says so.
     */
    public static GeneratedClass mainClass(Pipeline pipeline, JobArguments defaults) throws InvalidPipelineException {
        ValidationReport bound = PipelineValidator.validateForRun(pipeline, defaults.mode(), defaults.parameters());
        if (!bound.valid()) {
            throw new InvalidPipelineException(bound.errors());
        }
        Map<String, String> values = ParameterBinding.effectiveValues(pipeline, defaults.parameters());
        JavaSource java = null;
        ValidationReport unbound = PipelineValidator.validate(pipeline, Optional.of(defaults.mode()), values);
        if (unbound.valid()) {
            try {
                java = JavaTranslation.write(unbound);
                if (!java.parameterTexts().containsAll(placeholderTexts(pipeline))) {
                    java = null;
                }
            } catch (RuntimeException e) {
                java = null; // a placeholder where a number or a character is needed: bind it now
            }
        }
        boolean fixed = java == null;
        if (fixed) {
            java = JavaTranslation.write(bound);
        }
        String className = className(pipeline);
        return new GeneratedClass(PACKAGE, className, render(pipeline, defaults, values, java, className, fixed));
    }

    private static String render(Pipeline pipeline, JobArguments defaults, Map<String, String> values,
            JavaSource java, String className, boolean fixed) {
        Set<String> imports = new TreeSet<>(java.imports());
        imports.addAll(List.of("java.util.HashMap", "java.util.Locale", "java.util.Map",
                "org.apache.flink.api.common.RuntimeExecutionMode", "org.apache.flink.configuration.Configuration",
                "org.apache.flink.configuration.ExecutionOptions", "org.apache.flink.configuration.PipelineOptions",
                "org.apache.flink.streaming.api.environment.StreamExecutionEnvironment"));
        if (java.helpers().contains("keyType")) {
            imports.add("org.apache.flink.api.common.typeinfo.TypeInformation");
        }
        String name = pipeline.name() == null || pipeline.name().isBlank() ? "pipeline" : pipeline.name();
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n");
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append("\n/**\n");
        out.append(" * The job of the pipeline \"").append(javadoc(name)).append("\"");
        if (pipeline.description() != null && !pipeline.description().isBlank()) {
            out.append(": ").append(javadoc(pipeline.description()));
        }
        out.append("\n *\n");
        out.append(" * <p>Generated by Pipeline Studio. It builds the same Flink job as the designer's runs, node by\n");
        out.append(" * node, with the same functions from the Pipeline Studio runtime (io.pipelinestudio:runtime), so it\n");
        out.append(" * gives the same results. Program arguments: {@code --param NAME=VALUE}");
        if (!java.parameters().isEmpty()) {
            out.append(" (").append(String.join(", ", java.parameters())).append(")");
        }
        out.append(",\n * {@code --mode batch|streaming} (default ").append(defaults.mode().name().toLowerCase(Locale.ROOT))
                .append(") and {@code --parallelism N}.\n");
        if (fixed) {
            out.append(" *\n * <p>A parameter is used where this code cannot read it at run time, so the values given at\n");
            out.append(" * export are written in: ").append(javadoc(values.toString())).append(".\n");
        }
        out.append(" */\n");
        out.append("public final class ").append(className).append(" {\n");
        out.append("    /** The pipeline's parameters: the defaults, then {@code --param NAME=VALUE}. */\n");
        out.append("    private static final Map<String, String> PARAMETERS = new HashMap<>();\n\n");
        out.append("    private ").append(className).append("() {}\n\n");
        out.append("    public static void main(String[] args) throws Exception {\n");
        for (ParameterSpec spec : pipeline.parameters()) {
            String value = values.get(spec.name());
            if (value != null && java.parameters().contains(spec.name())) {
                out.append(INDENT).append("PARAMETERS.put(").append(JavaSource.literal(spec.name())).append(", ")
                        .append(JavaSource.literal(value)).append(");\n");
            }
        }
        out.append(INDENT).append("RuntimeExecutionMode mode = RuntimeExecutionMode.").append(defaults.mode().name())
                .append(";\n");
        out.append(INDENT).append("int parallelism = ").append(defaults.parallelism()).append(";\n");
        out.append(INDENT).append("for (int i = 0; i < args.length; i++) {\n");
        out.append(INDENT).append("    String value = i + 1 < args.length ? args[i + 1] : \"\";\n");
        out.append(INDENT).append("    if (args[i].equals(\"--param\") && value.indexOf('=') > 0) {\n");
        out.append(INDENT).append("        PARAMETERS.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));\n");
        out.append(INDENT).append("    } else if (args[i].equals(\"--mode\")) {\n");
        out.append(INDENT).append("        mode = RuntimeExecutionMode.valueOf(value.toUpperCase(Locale.ROOT));\n");
        out.append(INDENT).append("    } else if (args[i].equals(\"--parallelism\")) {\n");
        out.append(INDENT).append("        parallelism = Integer.parseInt(value);\n");
        out.append(INDENT).append("    } else {\n");
        out.append(INDENT).append("        throw new IllegalArgumentException(\"Expected --param NAME=VALUE, --mode batch|streaming\"\n");
        out.append(INDENT).append("                + \" or --parallelism N but found \" + args[i]);\n");
        out.append(INDENT).append("    }\n");
        out.append(INDENT).append("    i++;\n");
        out.append(INDENT).append("}\n\n");
        out.append(INDENT).append("Configuration config = new Configuration();\n");
        out.append(INDENT).append("config.set(ExecutionOptions.RUNTIME_MODE, mode);\n");
        out.append(INDENT).append("// every record is a Row of declared field types; nothing may fall back to Kryo\n");
        out.append(INDENT).append("config.set(PipelineOptions.GENERIC_TYPES, false);\n");
        out.append(INDENT).append("config.set(PipelineOptions.NAME, ").append(JavaSource.literal(name)).append(");\n");
        out.append(INDENT).append("StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);\n");
        out.append(INDENT).append("if (parallelism > 0) {\n");
        out.append(INDENT).append("    env.setParallelism(parallelism);\n");
        out.append(INDENT).append("}\n\n");
        for (String line : java.body().split("\n", -1)) {
            out.append(line.isEmpty() ? "" : INDENT + line).append('\n');
        }
        out.append(INDENT).append("env.execute(").append(JavaSource.literal(name)).append(");\n");
        out.append("    }\n");
        if (java.helpers().contains("parameter")) {
            out.append("\n    /** A parameter's value: given with {@code --param NAME=VALUE}, else its default. */\n");
            out.append("    private static String parameter(String name) {\n");
            out.append("        String value = PARAMETERS.get(name);\n");
            out.append("        if (value == null) {\n");
            out.append("            throw new IllegalArgumentException(\"Expected --param \" + name + \"=VALUE: the parameter has no default\");\n");
            out.append("        }\n");
            out.append("        return value;\n");
            out.append("    }\n");
        }
        if (java.helpers().contains("keyType")) {
            out.append("\n    /** keyBy wants the key type as the selector declares it; keys are field values or key rows. */\n");
            out.append("    @SuppressWarnings(\"unchecked\")\n");
            out.append("    private static TypeInformation<Object> keyType(TypeInformation<?> type) {\n");
            out.append("        return (TypeInformation<Object>) type;\n");
            out.append("    }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    /** The string settings holding placeholders, as the pipeline file has them. */
    static Set<String> placeholderTexts(Pipeline pipeline) {
        Set<String> texts = new HashSet<>();
        for (Node node : pipeline.nodes()) {
            collect(PipelineJson.mapper().valueToTree(node), texts);
        }
        return texts;
    }

    private static void collect(JsonNode tree, Set<String> texts) {
        if (tree.isTextual() && !Placeholders.names(tree.textValue()).isEmpty()) {
            texts.add(tree.textValue());
        } else if (tree.isContainerNode()) {
            tree.forEach(child -> collect(child, texts));
        }
    }

    /** {@code window-count} becomes {@code WindowCountJob}. */
    static String className(Pipeline pipeline) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        String source = pipeline.name() == null ? "" : pipeline.name();
        for (char c : source.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "Pipeline");
        }
        return name.append("Job").toString();
    }

    private static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("\n", " ");
    }
}
