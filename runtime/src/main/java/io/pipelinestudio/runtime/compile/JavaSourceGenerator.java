package io.pipelinestudio.runtime.compile;

import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.codegen.CommentText;
import io.pipelinestudio.runtime.codegen.JavaSource;
import java.util.ArrayList;
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
 * A pipeline's job as readable Java, the one description of it: a class whose {@code build} method adds
 * the job's operators with the plain DataStream API (each translator writes its node's statements), which
 * Pipeline Studio compiles and runs, exports as a project and a job jar, and shows node by node in the
 * designer's Code tab.
 */
public final class JavaSourceGenerator {
    /** The package of generated main classes. */
    public static final String PACKAGE = "pipelines";
    private static final String INDENT = "        ";
    private static final int MAX_CLASS_NAME = 60;

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
     * The class of the pipeline's job: {@code build(env, job)} adds its operators, node by node, and
     * {@code main} runs them with the program arguments. Pipeline Studio's own runs compile this class and
     * call {@code build} too. Parameters stay parameters ({@code job.parameter("name")}, defaults from the
     * pipeline and the values given) wherever a placeholder fills a string setting or part of one; should a
     * placeholder sit where code cannot read it at run time, the given values are written in instead, and
     * the class comment says so. A default parallelism of 0 leaves it to the cluster.
     */
    static GeneratedClass mainClass(PreparedPipeline prepared, int defaultParallelism) {
        Pipeline pipeline = prepared.pipeline();
        Map<String, String> values = prepared.values();
        JavaSource java = null;
        ValidationReport unbound = PipelineValidator.validate(pipeline, Optional.of(prepared.mode()), values);
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
            java = JavaTranslation.write(prepared.report());
        }
        String className = className(pipeline);
        return new GeneratedClass(PACKAGE, className, render(prepared, values, java, className, fixed,
                defaultParallelism));
    }

    private static String render(PreparedPipeline prepared, Map<String, String> values, JavaSource java,
            String className, boolean fixed, int defaultParallelism) {
        Pipeline pipeline = prepared.pipeline();
        Set<String> imports = new TreeSet<>(java.imports());
        imports.addAll(JobSettingsCode.imports(pipeline.jobSettings()));
        imports.addAll(List.of("java.util.LinkedHashMap", "java.util.Map",
                "io.pipelinestudio.runtime.job.JobContext",
                "org.apache.flink.api.common.RuntimeExecutionMode",
                "org.apache.flink.streaming.api.environment.StreamExecutionEnvironment"));
        if (java.helpers().contains("keyType")) {
            imports.add("org.apache.flink.api.common.typeinfo.TypeInformation");
        }
        String name = prepared.jobName();
        String mode = prepared.mode().name();
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n");
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append("\n/**\n");
        out.append(" * The job of the pipeline \"").append(CommentText.javadoc(name)).append("\"");
        if (pipeline.description() != null && !pipeline.description().isBlank()) {
            out.append(": ").append(CommentText.javadoc(pipeline.description()));
        }
        out.append("\n *\n");
        out.append(" * <p>Generated by Pipeline Studio from pipeline.json. {@link #build} adds the pipeline's operators to an\n");
        out.append(" * environment, node by node; Pipeline Studio's own runs call the same method, so this is the code\n");
        out.append(" * that runs there too. Program arguments: {@code --param NAME=VALUE}");
        if (!java.parameters().isEmpty()) {
            out.append(" (").append(CommentText.javadoc(String.join(", ", java.parameters()))).append(")");
        }
        out.append(",\n * {@code --mode batch|streaming} (default ").append(mode.toLowerCase(Locale.ROOT))
                .append("), {@code --parallelism N}, {@code --rejected FILE}, and\n")
                .append(" * {@code --plan} to print the execution plan instead of running.\n");
        if (fixed) {
            out.append(" *\n * <p>A parameter is used where this code cannot read it at run time, so the values given at\n");
            out.append(" * export are written in: ").append(CommentText.javadoc(values.toString())).append(".\n");
        }
        out.append(" */\n");
        out.append("public final class ").append(className).append(" {\n");
        out.append("    /** The pipeline's parameters and their defaults; {@code --param NAME=VALUE} overrides them. */\n");
        out.append("    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();\n");
        List<String> defaults = new ArrayList<>();
        for (ParameterSpec spec : pipeline.parameters()) {
            String value = values.get(spec.name());
            if (value != null && java.parameters().contains(spec.name())) {
                defaults.add(INDENT + "DEFAULTS.put(" + JavaSource.literal(spec.name()) + ", " + JavaSource.literal(value)
                        + ");\n");
            }
        }
        if (!defaults.isEmpty()) {
            out.append("\n    static {\n");
            defaults.forEach(out::append);
            out.append("    }\n");
        }
        out.append("\n    private ").append(className).append("() {}\n\n");
        out.append("    public static void main(String[] args) throws Exception {\n");
        out.append(INDENT).append("JobContext job = JobContext.fromArguments(args, DEFAULTS, RuntimeExecutionMode.")
                .append(mode).append(", ")
                .append(defaultParallelism).append(");\n");
        out.append(INDENT).append("Configuration conf = job.configuration(").append(JavaSource.literal(name)).append(");\n");
        out.append(INDENT).append("configure(conf);\n");
        out.append(INDENT).append("StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);\n");
        out.append(INDENT).append("build(env, job);\n");
        out.append(INDENT).append("job.execute(env, ").append(JavaSource.literal(name)).append(");\n");
        out.append("    }\n\n");
        out.append("    /** How the job survives failures: the pipeline's checkpoint and restart settings. */\n");
        out.append("    public static void configure(Configuration conf) {\n");
        for (String line : JobSettingsCode.statements(pipeline.jobSettings())) {
            out.append(INDENT).append(line).append('\n');
        }
        out.append("    }\n\n");
        out.append("    /** Adds the pipeline's operators to {@code env}; {@code job} gives parameters, mode and taps. */\n");
        out.append("    public static void build(StreamExecutionEnvironment env, JobContext job) {\n");
        for (String line : java.body().split("\n", -1)) {
            out.append(line.isEmpty() ? "" : INDENT + line).append('\n');
        }
        out.append("    }\n");
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

    /**
     * {@code window-count} becomes {@code WindowCountJob}. Only ASCII letters and digits are kept, and at
     * most {@value #MAX_CLASS_NAME} characters of them, so that any name gives a class whose file every
     * file system can hold.
     */
    static String className(Pipeline pipeline) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        String source = pipeline.name() == null ? "" : pipeline.name();
        for (char c : source.toCharArray()) {
            if (name.length() >= MAX_CLASS_NAME) {
                break;
            }
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
}
