package io.pipelinestudio.model.expr;

/** One node of an expression compiled to Java closures; see {@link ClosureCompiler}. */
@FunctionalInterface
interface Evaluator {
    Object eval(FieldValues record);
}
