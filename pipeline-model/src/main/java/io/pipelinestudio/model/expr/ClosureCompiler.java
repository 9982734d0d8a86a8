package io.pipelinestudio.model.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.internal.ComparisonFunctions;
import dev.cel.common.types.CelKind;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a type-checked CEL expression into a tree of Java closures, for the subset of CEL that
 * pipelines use most: literals, fields, arithmetic, comparisons, logic, conditionals, numeric
 * conversions and the common string functions. It follows CEL's semantics exactly (integer overflow
 * and division by zero are errors; {@code &&} and {@code ||} absorb an error when the other side
 * decides) at a few nanoseconds per operation instead of CEL's interpreter's hundreds. An expression
 * using anything else is left to the interpreter: {@link #compile} returns empty.
 */
final class ClosureCompiler {
    private final CelAbstractSyntaxTree ast;
    private final Schema input;

    private ClosureCompiler(CelAbstractSyntaxTree ast, Schema input) {
        this.ast = ast;
        this.input = input;
    }

    static Optional<Evaluator> compile(CelAbstractSyntaxTree ast, Schema input) {
        try {
            return Optional.of(new ClosureCompiler(ast, input).compile(ast.getExpr()));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    private Evaluator compile(CelExpr expr) {
        switch (expr.exprKind().getKind()) {
            case CONSTANT:
                return constant(expr.constant());
            case IDENT:
                return field(expr.ident().name());
            case CALL:
                return call(expr);
            default:
                throw new Unsupported();
        }
    }

    private static Evaluator constant(CelConstant constant) {
        Object value;
        switch (constant.getKind()) {
            case BOOLEAN_VALUE:
                value = constant.booleanValue();
                break;
            case INT64_VALUE:
                value = constant.int64Value();
                break;
            case DOUBLE_VALUE:
                value = constant.doubleValue();
                break;
            case STRING_VALUE:
                value = constant.stringValue();
                break;
            default:
                throw new Unsupported();
        }
        return record -> value;
    }

    private Evaluator field(String name) {
        int index = input.indexOf(name);
        if (index < 0) {
            throw new Unsupported();
        }
        if (input.fields().get(index).type() == FieldType.TIMESTAMP) {
            return record -> ((Instant) record.get(index)).toEpochMilli();
        }
        return record -> record.get(index);
    }

    private Evaluator call(CelExpr expr) {
        String function = expr.call().function();
        List<CelExpr> args = expr.call().args();
        if (expr.call().target().isPresent()) {
            return member(function, expr.call().target().get(), args);
        }
        if (args.size() == 1) {
            return unary(function, args.get(0));
        }
        if (args.size() == 3 && function.equals("_?_:_")) {
            Evaluator condition = compile(args.get(0));
            Evaluator then = compile(args.get(1));
            Evaluator otherwise = compile(args.get(2));
            return record -> (Boolean) condition.eval(record) ? then.eval(record) : otherwise.eval(record);
        }
        if (args.size() != 2) {
            throw new Unsupported();
        }
        CelKind left = kind(args.get(0));
        CelKind right = kind(args.get(1));
        Evaluator a = compile(args.get(0));
        Evaluator b = compile(args.get(1));
        switch (function) {
            case "_&&_":
                return and(a, b);
            case "_||_":
                return or(a, b);
            case "_+_":
                return arithmetic(left, right, a, b, '+');
            case "_-_":
                return arithmetic(left, right, a, b, '-');
            case "_*_":
                return arithmetic(left, right, a, b, '*');
            case "_/_":
                return arithmetic(left, right, a, b, '/');
            case "_%_":
                return arithmetic(left, right, a, b, '%');
            case "_==_":
                return equality(left, right, a, b, true);
            case "_!=_":
                return equality(left, right, a, b, false);
            case "_<_":
                return comparison(left, right, a, b, c -> c < 0);
            case "_<=_":
                return comparison(left, right, a, b, c -> c <= 0);
            case "_>_":
                return comparison(left, right, a, b, c -> c > 0);
            case "_>=_":
                return comparison(left, right, a, b, c -> c >= 0);
            default:
                throw new Unsupported();
        }
    }

    private Evaluator unary(String function, CelExpr arg) {
        CelKind kind = kind(arg);
        Evaluator a = compile(arg);
        switch (function) {
            case "!_":
                return record -> !(Boolean) a.eval(record);
            case "-_":
                if (kind == CelKind.INT) {
                    return record -> negate((Long) a.eval(record));
                }
                if (kind == CelKind.DOUBLE) {
                    return record -> -(Double) a.eval(record);
                }
                throw new Unsupported();
            case "double":
                if (kind == CelKind.INT) {
                    return record -> (double) (Long) a.eval(record);
                }
                if (kind == CelKind.DOUBLE) {
                    return a;
                }
                throw new Unsupported();
            case "int":
                if (kind == CelKind.DOUBLE) {
                    return record -> doubleToInt((Double) a.eval(record));
                }
                if (kind == CelKind.INT) {
                    return a;
                }
                throw new Unsupported();
            case "size":
                if (kind == CelKind.STRING) {
                    return record -> codePointCount((String) a.eval(record));
                }
                throw new Unsupported();
            default:
                throw new Unsupported();
        }
    }

    private Evaluator member(String function, CelExpr target, List<CelExpr> args) {
        if (kind(target) != CelKind.STRING) {
            throw new Unsupported();
        }
        Evaluator self = compile(target);
        if (args.isEmpty() && function.equals("size")) {
            return record -> codePointCount((String) self.eval(record));
        }
        if (args.size() != 1 || kind(args.get(0)) != CelKind.STRING) {
            throw new Unsupported();
        }
        Evaluator other = compile(args.get(0));
        switch (function) {
            case "contains":
                return record -> ((String) self.eval(record)).contains((String) other.eval(record));
            case "startsWith":
                return record -> ((String) self.eval(record)).startsWith((String) other.eval(record));
            case "endsWith":
                return record -> ((String) self.eval(record)).endsWith((String) other.eval(record));
            default:
                throw new Unsupported();
        }
    }

    /** CEL's commutative {@code &&}: false on either side wins, even over an error on the other. */
    private static Evaluator and(Evaluator a, Evaluator b) {
        return record -> {
            Boolean left;
            try {
                left = (Boolean) a.eval(record);
            } catch (EvaluationError e) {
                if (!(Boolean) b.eval(record)) {
                    return false;
                }
                throw e;
            }
            return left ? b.eval(record) : Boolean.FALSE;
        };
    }

    private static Evaluator or(Evaluator a, Evaluator b) {
        return record -> {
            Boolean left;
            try {
                left = (Boolean) a.eval(record);
            } catch (EvaluationError e) {
                if ((Boolean) b.eval(record)) {
                    return true;
                }
                throw e;
            }
            return left ? Boolean.TRUE : b.eval(record);
        };
    }

    private static Evaluator arithmetic(CelKind left, CelKind right, Evaluator a, Evaluator b, char op) {
        if (left == CelKind.INT && right == CelKind.INT) {
            switch (op) {
                case '+':
                    return record -> add((Long) a.eval(record), (Long) b.eval(record));
                case '-':
                    return record -> subtract((Long) a.eval(record), (Long) b.eval(record));
                case '*':
                    return record -> multiply((Long) a.eval(record), (Long) b.eval(record));
                case '/':
                    return record -> divide((Long) a.eval(record), (Long) b.eval(record));
                default:
                    return record -> modulo((Long) a.eval(record), (Long) b.eval(record));
            }
        }
        if (left == CelKind.DOUBLE && right == CelKind.DOUBLE) {
            switch (op) {
                case '+':
                    return record -> (Double) a.eval(record) + (Double) b.eval(record);
                case '-':
                    return record -> (Double) a.eval(record) - (Double) b.eval(record);
                case '*':
                    return record -> (Double) a.eval(record) * (Double) b.eval(record);
                case '/':
                    return record -> (Double) a.eval(record) / (Double) b.eval(record);
                default:
                    throw new Unsupported();
            }
        }
        if (left == CelKind.STRING && right == CelKind.STRING && op == '+') {
            return record -> ((String) a.eval(record)).concat((String) b.eval(record));
        }
        throw new Unsupported();
    }

    private static Evaluator equality(CelKind left, CelKind right, Evaluator a, Evaluator b, boolean equal) {
        if (isNumeric(left) && isNumeric(right)) {
            return record -> {
                Object x = a.eval(record);
                Object y = b.eval(record);
                Integer order = compareNumbers(x, y);
                return (order != null && order == 0) == equal;
            };
        }
        if (left == right && (left == CelKind.STRING || left == CelKind.BOOL)) {
            return record -> a.eval(record).equals(b.eval(record)) == equal;
        }
        throw new Unsupported();
    }

    private static Evaluator comparison(CelKind left, CelKind right, Evaluator a, Evaluator b,
            java.util.function.IntPredicate test) {
        if (isNumeric(left) && isNumeric(right)) {
            return record -> {
                Integer order = compareNumbers(a.eval(record), b.eval(record));
                return order != null && test.test(order);
            };
        }
        if (left == CelKind.STRING && right == CelKind.STRING) {
            return record -> test.test(compareCodePoints((String) a.eval(record), (String) b.eval(record)));
        }
        if (left == CelKind.BOOL && right == CelKind.BOOL) {
            return record -> test.test(Boolean.compare((Boolean) a.eval(record), (Boolean) b.eval(record)));
        }
        throw new Unsupported();
    }

    /**
     * The order of two numbers of either kind; null when a NaN makes two doubles unordered. Mixed int and
     * double comparisons are CEL's own functions, NaN ordering and all, so both paths agree exactly.
     */
    static Integer compareNumbers(Object x, Object y) {
        if (x instanceof Long && y instanceof Long) {
            return Long.compare((Long) x, (Long) y);
        }
        if (x instanceof Double && y instanceof Double) {
            double dx = (Double) x;
            double dy = (Double) y;
            return Double.isNaN(dx) || Double.isNaN(dy) ? null : dx < dy ? -1 : dx > dy ? 1 : 0;
        }
        if (x instanceof Long) {
            return ComparisonFunctions.compareIntDouble((Long) x, (Double) y);
        }
        return ComparisonFunctions.compareDoubleInt((Double) x, (Long) y);
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    private static long codePointCount(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean isNumeric(CelKind kind) {
        return kind == CelKind.INT || kind == CelKind.DOUBLE;
    }

    private static long add(long x, long y) {
        long sum = x + y;
        // overflow when both operands have the sign the sum lacks (Math.addExact's test)
        if (((x ^ sum) & (y ^ sum)) < 0) {
            throw new EvaluationError("integer overflow");
        }
        return sum;
    }

    private static long subtract(long x, long y) {
        long difference = x - y;
        if (((x ^ y) & (x ^ difference)) < 0) {
            throw new EvaluationError("integer overflow");
        }
        return difference;
    }

    private static long multiply(long x, long y) {
        long high = Math.multiplyHigh(x, y);
        long low = x * y;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        throw new EvaluationError("integer overflow");
    }

    private static long negate(long x) {
        if (x == Long.MIN_VALUE) {
            throw new EvaluationError("integer overflow");
        }
        return -x;
    }

    private static long divide(long x, long y) {
        if (y == 0) {
            throw new EvaluationError("division by zero");
        }
        if (x == Long.MIN_VALUE && y == -1) {
            throw new EvaluationError("integer overflow");
        }
        return x / y;
    }

    private static long modulo(long x, long y) {
        if (y == 0) {
            throw new EvaluationError("modulus by zero");
        }
        return x % y;
    }

    private static long doubleToInt(double value) {
        if (Math.getExponent(value) >= 63) {
            throw new EvaluationError("double is out of range for int");
        }
        return (long) value;
    }

    private CelKind kind(CelExpr expr) {
        return ast.getType(expr.id()).map(t -> t.kind()).orElseThrow(Unsupported::new);
    }

    /** Thrown while compiling when the expression leaves the compiled subset. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
