package io.pipelinestudio.runtime.codegen;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.PortRef;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Java source of a pipeline's job as translators write it, node by node: plain DataStream API calls
 * on the runtime's own functions, with the same arguments the running job gets. Tracks imports, the
 * variable holding each output port's stream, the streams of rejected records, and the
 * {@code ${name}} parameters the code reads with {@code parameter("name")}.
 */
public final class JavaSource {
    /** Continuation lines of a statement are indented this much more than its first line. */
    private static final String CONTINUATION = "        ";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}");
    private final ValidationReport report;
    private final Set<String> imports = new TreeSet<>();
    private final Map<PortRef, String> streams = new HashMap<>();
    private final Map<String, StringBuilder> blocks = new LinkedHashMap<>();
    private final List<String> rejected = new ArrayList<>();
    private final Set<String> variables = new HashSet<>();
    private final Set<String> helpers = new TreeSet<>();
    private final Set<String> parameters = new LinkedHashSet<>();
    private final Set<String> parameterTexts = new HashSet<>();
    private final Map<String, String> declaredTypes = new HashMap<>();
    private final Set<PortRef> singleInstance = new HashSet<>();
    private StringBuilder current;

    public JavaSource(ValidationReport report) {
        this.report = report;
        variables.addAll(List.of("env", "args", "job", "DEFAULTS"));
    }

    public ValidationReport report() {
        return report;
    }

    /** Starts the block of statements of one node (or of the pipeline's own parts, by a made-up id). */
    public void begin(String blockId, String heading) {
        current = new StringBuilder();
        blocks.put(blockId, current);
        comment(heading);
    }

    /** The statements written for one node, or null when it wrote none. */
    public String block(String blockId) {
        StringBuilder block = blocks.get(blockId);
        return block == null ? null : block.toString();
    }

    /** Every block, in the order written, separated by empty lines. */
    public String body() {
        return blocks.values().stream().map(StringBuilder::toString).collect(Collectors.joining("\n"));
    }

    public Set<String> imports() {
        return Collections.unmodifiableSet(imports);
    }

    /** Helper methods of the generated class the statements call ({@code keyType}). */
    public Set<String> helpers() {
        return Collections.unmodifiableSet(helpers);
    }

    /** The parameters the statements read. */
    public Set<String> parameters() {
        return Collections.unmodifiableSet(parameters);
    }

    /** The string settings that were written as parameter reads, with their placeholders. */
    public Set<String> parameterTexts() {
        return Collections.unmodifiableSet(parameterTexts);
    }

    /** Variables of the rejected-record streams, in the order the nodes produced them. */
    public List<String> rejectedStreams() {
        return List.copyOf(rejected);
    }

    public JavaSource use(Class<?>... types) {
        for (Class<?> type : types) {
            if (!type.isPrimitive() && !type.getPackageName().equals("java.lang")) {
                imports.add(type.getCanonicalName());
            }
        }
        return this;
    }

    /**
     * A comment line (or lines) above the statements that follow. The text may come from a pipeline file,
     * so it is made harmless first: see {@link CommentText#lineComment}.
     */
    public void comment(String text) {
        for (String line : wrap(CommentText.lineComment(text), 96)) {
            current.append("// ").append(line).append('\n');
        }
    }

    /** One statement; its continuation lines (after {@code \n}) are indented. */
    public void statement(String code) {
        current.append(code.replace("\n", "\n" + CONTINUATION)).append(";\n");
    }

    /** Declares a variable named after the node (and a suffix) and returns its name. */
    public String declare(String type, Node node, String suffix, String expression) {
        String name = variable(node, suffix);
        statement(type + " " + name + " = " + expression);
        declaredTypes.put(name, type);
        return name;
    }

    /**
     * A fresh variable name from the node's id: {@code window-count} and {@code files} give
     * {@code windowCountFiles}. Only ASCII letters and digits of the id are kept, so any id gives a valid name.
     */
    public String variable(Node node, String suffix) {
        String base = camel(node.id() + (suffix.isEmpty() ? "" : "-" + suffix));
        if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
            base = "node" + Character.toUpperCase(base.isEmpty() ? 'x' : base.charAt(0)) + base.substring(Math.min(1, base.length()));
        }
        if (javax.lang.model.SourceVersion.isKeyword(base)) {
            base = base + "Stream";
        }
        String name = base;
        for (int i = 2; !variables.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** The variable holding the stream on the node's {@code in} port. */
    public String input(Node node) {
        return input(node, Node.IN);
    }

    /** The variable holding the stream on one of the node's input ports. */
    public String input(Node node, String port) {
        Edge edge = inputEdge(node, port);
        String variable = streams.get(new PortRef(edge.from(), edge.fromPort()));
        if (variable == null) {
            throw new IllegalStateException("Expected " + edge.from() + " to be written before " + node.id());
        }
        return variable;
    }

    /** The node whose output feeds the node's {@code in} port. */
    public Node inputNode(Node node) {
        return report.pipeline().node(inputEdge(node, Node.IN).from()).orElseThrow();
    }

    public StreamInfo inputInfo(Node node) {
        Edge edge = inputEdge(node, Node.IN);
        return info(edge.from(), edge.fromPort());
    }

    public Schema inputSchema(Node node) {
        return inputInfo(node).schema();
    }

    public Schema outputSchema(Node node) {
        return info(node.id(), Node.OUT).schema();
    }

    /**
     * Records the stream of one of the node's output ports, then applies the steps every output shares,
     * in this one place: a node fed only by single instances (a train node's steps) runs as one too,
     * unless it partitions, so its records stay in order; and the stream is handed to the designer's live
     * views when they watch it ({@link io.pipelinestudio.runtime.job.JobContext#watch}).
     */
    public void output(Node node, String port, String variable) {
        PortRef ref = new PortRef(node.id(), port);
        streams.put(ref, variable);
        if (node.family() != NodeFamily.PARTITION && inputsAreSingle(node)) {
            singleInstance.add(ref);
            if (declaredTypes.getOrDefault(variable, "").startsWith("SingleOutputStreamOperator")) {
                statement(variable + ".setParallelism(1)");
            }
        }
        statement("job.watch(" + variable + ", " + literal(node.id()) + ", " + literal(port) + ")");
    }

    /** Records an output port whose operator runs as one instance by itself (it sets parallelism 1). */
    public void singleOutput(Node node, String port, String variable) {
        singleInstance.add(new PortRef(node.id(), port));
        streams.put(new PortRef(node.id(), port), variable);
        statement("job.watch(" + variable + ", " + literal(node.id()) + ", " + literal(port) + ")");
    }

    /**
     * Whether the node's operators run as one instance, because every input comes from one (as {@link #output}
     * decides): a translator that declares more than the output's operator sets their parallelism alike.
     */
    public boolean runsAsOne(Node node) {
        return node.family() != NodeFamily.PARTITION && inputsAreSingle(node);
    }

    private boolean inputsAreSingle(Node node) {
        if (node.inputPorts().isEmpty()) {
            return false;
        }
        for (String port : node.inputPorts()) {
            Edge edge = inputEdge(node, port);
            if (!singleInstance.contains(new PortRef(edge.from(), edge.fromPort()))) {
                return false;
            }
        }
        return true;
    }

    public boolean isConnected(Node node, String port) {
        return report.pipeline().edges().stream().anyMatch(e -> e.from().equals(node.id()) && e.fromPort().equals(port));
    }

    /** Declares the node's stream of rejected records from {@code expression}; the job writes them all to one file. */
    public void reject(Node node, String expression) {
        rejected.add(declare("DataStream<RejectedRecord>", node, "rejected", expression));
        imports.add("io.pipelinestudio.runtime.functions.RejectedRecord");
        imports.add("org.apache.flink.streaming.api.datastream.DataStream");
    }

    /** {@code .name(...).uid(...)}, on lines of their own. */
    public String identify(String name, String uid) {
        return "\n.name(" + literal(name) + ")\n.uid(" + literal(uid) + ")";
    }

    /** Marks a helper method of the generated class as used and returns its name. */
    public String helper(String name) {
        helpers.add(name);
        return name;
    }

    /**
     * A string setting as Java: a literal, or, where it holds {@code ${name}} placeholders, the
     * concatenation of literals and {@code job.parameter("name")} reads.
     */
    public String string(String value) {
        if (value == null) {
            return "null";
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int end = 0;
        boolean parameterised = false;
        while (matcher.find()) {
            literal.append(value, end, matcher.start());
            if (matcher.group().startsWith("$$")) {
                literal.append(matcher.group().substring(1));
            } else {
                if (literal.length() > 0) {
                    parts.add(literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add("job.parameter(" + literal(matcher.group(1)) + ")");
                parameters.add(matcher.group(1));
                parameterised = true;
            }
            end = matcher.end();
        }
        literal.append(value.substring(end));
        if (literal.length() > 0 || parts.isEmpty()) {
            parts.add(literal(literal.toString()));
        }
        if (parameterised) {
            parameterTexts.add(value);
        }
        return String.join(" + ", parts);
    }

    /** {@code new String[] {...}} of string settings, each as {@link #string}. */
    public String strings(List<String> values) {
        return "new String[] {" + values.stream().map(this::string).collect(Collectors.joining(", ")) + "}";
    }

    /** {@code new String[] {...}} of names, always literal. */
    public static String names(List<String> values) {
        return "new String[] {" + values.stream().map(JavaSource::literal).collect(Collectors.joining(", ")) + "}";
    }

    public static String ints(int[] values) {
        StringBuilder out = new StringBuilder("new int[] {");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return out.append('}').toString();
    }

    /** {@code new FieldType[] {FieldType.STRING, ...}}. */
    public String fieldTypes(FieldType[] types) {
        imports.add(FieldType.class.getCanonicalName());
        StringBuilder out = new StringBuilder("new FieldType[] {");
        for (int i = 0; i < types.length; i++) {
            out.append(i == 0 ? "" : ", ").append("FieldType.").append(types[i].name());
        }
        return out.append('}').toString();
    }

    /** Flink's type of one field: {@code Types.STRING}, {@code Types.LONG}, ... */
    public String fieldType(FieldType type) {
        imports.add("org.apache.flink.api.common.typeinfo.Types");
        switch (type) {
            case STRING:
                return "Types.STRING";
            case LONG:
                return "Types.LONG";
            case DOUBLE:
                return "Types.DOUBLE";
            case BOOLEAN:
                return "Types.BOOLEAN";
            case TIMESTAMP:
                return "Types.INSTANT";
            default:
                throw new IllegalArgumentException("Expected a known field type but found " + type);
        }
    }

    /** Flink's row type of a schema: {@code Types.ROW_NAMED(new String[] {...}, Types.STRING, ...)}. */
    public String rowType(Schema schema) {
        imports.add("org.apache.flink.api.common.typeinfo.Types");
        StringBuilder out = new StringBuilder("Types.ROW_NAMED(").append(names(schema.names()));
        for (Field field : schema.fields()) {
            out.append(", ").append(fieldType(field.type()));
        }
        return out.append(')').toString();
    }

    /** The model's schema, for functions that check expressions against it: {@code Schema.of(new Field(...), ...)}. */
    public String schema(Schema schema) {
        use(Schema.class, Field.class, FieldType.class);
        return "Schema.of(" + schema.fields().stream()
                .map(f -> "new Field(" + literal(f.name()) + ", FieldType." + f.type().name() + ")")
                .collect(Collectors.joining(", ")) + ")";
    }

    public static String literal(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            out.append(escape(c, '"'));
        }
        return out.append('"').toString();
    }

    public static String literal(char value) {
        return "'" + escape(value, '\'') + "'";
    }

    public static String literal(long value) {
        return value == Long.MAX_VALUE ? "Long.MAX_VALUE" : value + "L";
    }

    public static String literal(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(value);
    }

    private static String escape(char c, char quote) {
        switch (c) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                if (c == quote) {
                    return "\\" + c;
                }
                return c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
        }
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : id.toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
                upper = false;
            } else {
                upper = out.length() > 0;
            }
        }
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private Edge inputEdge(Node node, String port) {
        return report.pipeline().edges().stream()
                .filter(e -> e.to().equals(node.id()) && e.toPort().equals(port))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Expected a connected input on " + node.id() + "." + port));
    }

    private StreamInfo info(String node, String port) {
        return report.stream(node, port).orElseThrow(() -> new IllegalStateException(
                "Expected the validator to have inferred " + node + "." + port + " but found nothing"));
    }
}
