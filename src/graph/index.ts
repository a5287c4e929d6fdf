/**
 * The expression graph a study compiles to: one explicit computation over
 * named inputs that the deterministic evaluator, the Monte Carlo kernels and
 * the sensitivity engine all run.
 * @module
 */
export type { Expr, ConstExpr, InputExpr, UnaryExpr, BinaryExpr, NaryExpr, UnaryOp, BinaryOp, NaryOp } from './expr.js';
export { children } from './expr.js';
export { constant, input, add, mul, sub, div, pow, min, max, neg, exp, log, sqrt, abs } from './build.js';
export { evaluate, type InputValues } from './evaluate.js';
export { generateCode, floatLiteral, type GeneratedCode, type CodegenOptions } from './codegen.js';
export { inputsOf } from './inputs-of.js';
export { parseFormula } from './from-expression.js';
export type { CompiledGraph, GraphInput, GraphOutput, GraphCorrelation } from './compiled-graph.js';
