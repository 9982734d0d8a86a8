package io.pipelinestudio.model.validate;

import io.pipelinestudio.model.expr.ExpressionCheck;
import io.pipelinestudio.model.expr.Expressions;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the problems of one node while its output schemas are inferred. */
public final class NodeCheck {
    private final String nodeId;
    private final List<Problem> problems = new ArrayList<>();

    public NodeCheck(String nodeId) {
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public void error(ProblemKind kind, String message) {
        problems.add(new Problem(Severity.ERROR, kind, nodeId, message));
    }

    public void warning(ProblemKind kind, String message) {
        problems.add(new Problem(Severity.WARNING, kind, nodeId, message));
    }

    /** The named field of {@code schema}, or empty after reporting it as unknown. */
    public Optional<Field> field(Schema schema, String name, String role) {
        if (name == null || name.isBlank()) {
            error(ProblemKind.BAD_PARAMETER, role + " is not set");
            return Optional.empty();
        }
        Optional<Field> field = schema.field(name);
        if (field.isEmpty()) {
            error(ProblemKind.UNKNOWN_FIELD,
                    role + " '" + name + "' is not a field of the input; input fields are " + schema);
        }
        return field;
    }

    /** Like {@link #field} but also requires one of {@code allowed} types. */
    public Optional<Field> field(Schema schema, String name, String role, Set<FieldType> allowed) {
        Optional<Field> field = field(schema, name, role);
        if (field.isPresent() && !allowed.contains(field.get().type())) {
            error(ProblemKind.TYPE_MISMATCH, role + " '" + name + "' is " + field.get().type().jsonName()
                    + "; expected " + describe(allowed));
            return Optional.empty();
        }
        return field;
    }

    public void positive(long value, String what) {
        if (value <= 0) {
            error(ProblemKind.BAD_PARAMETER, what + " must be greater than 0 but is " + value);
        }
    }

    /**
     * The longest duration a window, lateness or out-of-orderness may have, in milliseconds: 2^60 (36 million
     * years), so that adding a few of them to an event time within the 2^62 ms the runtime accepts cannot
     * overflow a {@code long}.
     */
    public static final long MAX_DURATION_MS = 1L << 60;

    /** A duration in milliseconds greater than 0 and at most {@link #MAX_DURATION_MS}. */
    public void positiveDuration(long value, String what) {
        positive(value, what);
        atMostMaxDuration(value, what);
    }

    /** A duration in milliseconds, 0 or more and at most {@link #MAX_DURATION_MS}. */
    public void duration(long value, String what) {
        notNegative(value, what);
        atMostMaxDuration(value, what);
    }

    private void atMostMaxDuration(long value, String what) {
        if (value > MAX_DURATION_MS) {
            error(ProblemKind.BAD_PARAMETER, what + " must be at most " + MAX_DURATION_MS
                    + " ms (36 million years) but is " + value);
        }
    }

    public void notNegative(long value, String what) {
        if (value < 0) {
            error(ProblemKind.BAD_PARAMETER, what + " must not be negative but is " + value);
        }
    }

    public void notBlank(String value, String what) {
        if (value == null || value.isEmpty()) {
            error(ProblemKind.BAD_PARAMETER, what + " is not set");
        }
    }

    /** Checks a declared list of output fields: names set and unique. */
    public void uniqueNames(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                error(ProblemKind.BAD_PARAMETER, what + " has a field without a name");
            } else if (!seen.add(name)) {
                error(ProblemKind.DUPLICATE_FIELD, what + " names the field '" + name + "' twice");
            }
        }
    }

    /** Type-checks an expression, reporting why it is invalid; returns its type when valid. */
    public Optional<FieldType> expression(String source, Schema input, String role) {
        ExpressionCheck check = Expressions.check(source, input);
        if (!check.valid()) {
            // the caret is drawn under a one-line expression only: a longer one is read in its editor
            boolean oneLine = check.column() > 0 && check.line() <= 1 && !source.contains("\n");
            problems.add(new Problem(Severity.ERROR, ProblemKind.BAD_EXPRESSION, nodeId, role + " '"
                    + (source == null ? "" : source) + "' is invalid" + check.where() + ": " + check.error(),
                    oneLine ? new Excerpt(source, check.column()) : null));
            return Optional.empty();
        }
        return Optional.of(check.type());
    }

    private static String describe(Set<FieldType> allowed) {
        List<String> names = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            if (allowed.contains(type)) {
                names.add(type.jsonName());
            }
        }
        return String.join(" or ", names);
    }
}
