/**
 * `ailca/graph` — the expression graph a study compiles to: builders
 * (`constant`, `input`, `add`, `mul`, …), the deterministic evaluator, code
 * generation and formula parsing, plus {@link compileStudy} that turns a
 * study into a {@link CompiledGraph}. Generic builder names (`min`, `max`, `log`)
 * live here, not at the package root, so they never clash with user code.
 *
 * @module ailca/graph
 */
export type { Expr, ConstExpr, InputExpr, UnaryExpr, BinaryExpr, NaryExpr, UnaryOp, BinaryOp, NaryOp, InputValues, GeneratedCode, CodegenOptions, CompiledGraph, GraphInput, GraphOutput, GraphCorrelation } from '../graph/index.js';
export { children, constant, input, add, mul, sub, div, pow, min, max, neg, exp, log, sqrt, abs, evaluate, generateCode, floatLiteral, inputsOf, parseFormula } from '../graph/index.js';
export { compileStudy, inputName, OUTPUT, ELEMENTS, elementKey, type Element, type CompiledStudy } from '../study/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
