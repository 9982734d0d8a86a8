package io.pipelinestudio.model.expr;

import io.pipelinestudio.model.text.UserText;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.RuntimeHelpers;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pipeline expression language: Google's Common Expression Language (CEL), type-checked against
 * the input schema before anything runs. CEL has no I/O, no reflection and no loops without bounds, so
 * a pipeline file cannot run arbitrary code through it.
 */
public final class Expressions {
    private static final CelOptions OPTIONS =
            CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    private static final CelRuntime RUNTIME =
            CelRuntimeFactory.plannerRuntimeBuilder().setOptions(OPTIONS).build();

    private Expressions() {}

    /** Type-checks {@code source} against {@code input}; never throws for a bad expression. */
    public static ExpressionCheck check(String source, Schema input) {
        if (source == null || source.isBlank()) {
            return ExpressionCheck.failed("the expression is empty");
        }
        CelValidationResult result = compiler(input).compile(source);
        if (result.hasError()) {
            return describeErrors(result, input);
        }
        try {
            CelType type = result.getAst().getResultType();
            Optional<FieldType> fieldType = fieldTypeOf(type);
            if (fieldType.isEmpty()) {
                return ExpressionCheck.failed(
                        "the expression yields " + type.name() + "; expected string, int, double or bool");
            }
            String regex = invalidConstantRegex(result.getAst());
            if (regex != null) {
                return ExpressionCheck.failed(regex);
            }
            return ExpressionCheck.ok(fieldType.get());
        } catch (dev.cel.common.CelValidationException e) {
            return ExpressionCheck.failed(e.getMessage());
        }
    }

    /**
     * The first of CEL's errors, in words a person can act on ({@link ExpressionHints}), with its column: CEL's
     * own string quotes the source over several lines with a caret, and a problem is one line, so the column is
     * said instead and the designer draws the caret under the expression itself.
     */
    private static ExpressionCheck describeErrors(CelValidationResult result, Schema input) {
        var issue = result.getErrors().get(0);
        String message = ExpressionHints.describe(issue.getMessage(), input);
        CelSourceLocation at = issue.getSourceLocation();
        if (at == null || at.equals(CelSourceLocation.NONE)) {
            return ExpressionCheck.failed(message);
        }
        return ExpressionCheck.failedAt(message, Math.max(1, at.getLine()), at.getColumn() + 1);
    }

    /**
     * Why a {@code matches} call's constant pattern does not compile, with the engine CEL runs it with; null
     * when every constant pattern compiles. CEL's type check accepts any string, so without this a typo in a
     * pattern would pass validation and fail the job on its first record.
     */
    private static String invalidConstantRegex(CelAbstractSyntaxTree ast) {
        return CelNavigableAst.fromAst(ast).getRoot().allNodes()
                .map(node -> node.expr())
                .filter(expr -> expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().function().equals("matches"))
                .map(expr -> {
                    List<CelExpr> args = expr.call().args();
                    CelExpr pattern = expr.call().target().isPresent() ? args.get(0) : args.get(args.size() - 1);
                    if (pattern.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                            || pattern.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                        return null;
                    }
                    try {
                        RuntimeHelpers.matches("", pattern.constant().stringValue(), OPTIONS);
                        return null;
                    } catch (RuntimeException e) {
                        return "the pattern '" + UserText.quote(pattern.constant().stringValue())
                                + "' is not a valid regular expression: " + UserText.quote(e.getMessage());
                    }
                })
                .filter(problem -> problem != null)
                .findFirst().orElse(null);
    }

    /** Compiles {@code source} for evaluation against records of {@code input}. */
    public static CompiledExpression compile(String source, Schema input) {
        ExpressionCheck check = check(source, input);
        if (!check.valid()) {
            throw new ExpressionException("expression '" + UserText.quote(source) + "' is invalid" + check.where()
                    + ": " + check.error());
        }
        try {
            CelAbstractSyntaxTree ast = compiler(input).compile(source).getAst();
            return new CompiledExpression(source, input, check.type(), RUNTIME.createProgram(ast),
                    ClosureCompiler.compile(ast, input).orElse(null));
        } catch (dev.cel.common.CelValidationException | CelEvaluationException e) {
            throw new ExpressionException("expression '" + UserText.quote(source) + "' cannot be compiled: " + e.getMessage(), e);
        }
    }

    private static CelCompiler compiler(Schema input) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS);
        for (Field field : input.fields()) {
            builder.addVar(field.name(), celTypeOf(field.type()));
        }
        return builder.build();
    }

    static CelType celTypeOf(FieldType type) {
        switch (type) {
            case STRING:
                return SimpleType.STRING;
            case LONG:
            case TIMESTAMP:
                return SimpleType.INT;
            case DOUBLE:
                return SimpleType.DOUBLE;
            case BOOLEAN:
                return SimpleType.BOOL;
            default:
                throw new IllegalArgumentException("no CEL type for " + type);
        }
    }

    static Optional<FieldType> fieldTypeOf(CelType type) {
        CelKind kind = type.kind();
        switch (kind) {
            case STRING:
                return Optional.of(FieldType.STRING);
            case INT:
                return Optional.of(FieldType.LONG);
            case DOUBLE:
                return Optional.of(FieldType.DOUBLE);
            case BOOL:
                return Optional.of(FieldType.BOOLEAN);
            default:
                return Optional.empty();
        }
    }
}
