import { evaluate } from './evaluate.js';
import { children, isBinary, isUnary, type Expr } from './expr.js';

/** Straight-line code computing a list of expressions. */
export interface GeneratedCode {
  /** `const` statements, one per distinct node, in dependency order. */
  readonly statements: string;
  /** The variable (or literal) holding each requested expression, in order. */
  readonly outputs: readonly string[];
}

/** Options of {@link generateCode}. */
export interface CodegenOptions {
  /** JavaScript expression that reads an input (e.g. `x0` or `inputs[3]`). */
  readonly inputRef: (name: string) => string;
  /** Prefix of generated variable names; default `t`. */
  readonly prefix?: string;
  /**
   * Inputs that keep one value for the whole run. They are folded with the
   * literals around them (in float64, by {@link evaluate}) so that the code
   * never combines two literals: gpu.js's `webasm` and `webgpu` backends type
   * an integer-valued literal as an integer, and `365.0 * 50000.0 * 600.0`
   * became 32-bit integer arithmetic that wrapped past 2^31.
   */
  readonly fixed?: ReadonlyMap<string, number>;
}

/**
 * Format a number as a float literal valid in JavaScript, gpu.js kernels and
 * WGSL: always with a decimal point or exponent, negatives in parentheses.
 * @example
 * floatLiteral(3); // => '3.0'
 * floatLiteral(-0.5); // => '(-0.5)'
 */
export function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot emit non-finite literal ${value}`);
  let s = String(Math.abs(value));
  if (!/[.eE]/.test(s)) s += '.0';
  return value < 0 || Object.is(value, -0) ? `(-${s})` : s;
}

/** A structural key, so that equal subexpressions built separately are shared. */
function keyOf(e: Expr, keys: Map<Expr, string>): string {
  const hit = keys.get(e);
  if (hit !== undefined) return hit;
  let k: string;
  if (e.op === 'const') k = `c${e.value}`;
  else if (e.op === 'input') k = `i${JSON.stringify(e.name)}`;
  else k = `${e.op}(${children(e).map((c) => keyOf(c, keys)).join(',')})`;
  keys.set(e, k);
  return k;
}

const none: ReadonlyMap<string, number> = new Map();

/** The node with its children replaced by literals, evaluated in float64. */
function applyTo(e: Expr, values: readonly number[]): number {
  const c = values.map((value): Expr => ({ op: 'const', value }));
  let node: Expr;
  if (e.op === 'add' || e.op === 'mul') node = { op: e.op, args: c };
  else if (isUnary(e)) node = { op: e.op, arg: c[0] };
  else if (isBinary(e)) node = { op: e.op, left: c[0], right: c[1] };
  else return evaluate([e], none)[0];
  return evaluate([node], none)[0];
}

/**
 * The value of a node whose leaves are all literals or fixed inputs, when it
 * is finite; `undefined` otherwise (the node is then emitted as code).
 */
function folder(fixed: ReadonlyMap<string, number>): (e: Expr) => number | undefined {
  const memo = new Map<Expr, number | undefined>();
  const fold = (e: Expr): number | undefined => {
    if (memo.has(e)) return memo.get(e);
    let v: number | undefined;
    if (e.op === 'const') v = e.value;
    else if (e.op === 'input') v = fixed.get(e.name);
    else {
      const parts = children(e).map(fold);
      v = parts.every((x): x is number => x !== undefined) ? applyTo(e, parts) : undefined;
    }
    if (v !== undefined && !Number.isFinite(v)) v = undefined;
    memo.set(e, v);
    return v;
  };
  return fold;
}

const FN: Readonly<Record<string, string>> = { exp: 'Math.exp', log: 'Math.log', sqrt: 'Math.sqrt', abs: 'Math.abs', pow: 'Math.pow', min: 'Math.min', max: 'Math.max' };

/**
 * Generate straight-line code (static single assignment, common
 * subexpressions computed once) for a list of expressions. The code uses only
 * `const`, arithmetic and `Math.*` calls, so it is valid both as plain
 * JavaScript and as the body of a gpu.js kernel. Subexpressions of literals
 * and `fixed` inputs are folded into one literal, and so are the constant
 * terms leading a sum or product (the builders put them first): no operator ever has two literal
 * operands, which gpu.js would compute as 32-bit integers.
 *
 * @example
 * const code = generateCode([mul(input('a'), add(input('a'), constant(1)))], { inputRef: (n) => n });
 * code.statements; // => 'const t0 = (a + 1.0);\nconst t1 = (a * t0);'
 * code.outputs; // => ['t1']
 * const folded = generateCode([mul(input('days'), input('perDay'), input('x'))], { inputRef: (n) => n, fixed: new Map([['days', 365], ['perDay', 50000]]) });
 * folded.statements; // => 'const t0 = (18250000.0 * x);'
 */
export function generateCode(exprs: readonly Expr[], options: CodegenOptions): GeneratedCode {
  const prefix = options.prefix ?? 't';
  const keys = new Map<Expr, string>();
  const names = new Map<string, string>();
  const lines: string[] = [];
  const fold = folder(options.fixed ?? none);
  const emit = (e: Expr): string => {
    const value = fold(e);
    if (value !== undefined) return floatLiteral(value);
    if (e.op === 'const') return floatLiteral(e.value);
    if (e.op === 'input') return options.inputRef(e.name);
    const key = keyOf(e, keys);
    const known = names.get(key);
    if (known !== undefined) return known;
    let code: string;
    if (e.op === 'add' || e.op === 'mul') {
      // Only the leading run of constant terms is folded: the rest keep their
      // order, so float64 results stay bit-identical to the reference
      // evaluator, and every later operator has a non-literal left operand.
      let lead = 0;
      while (lead < e.args.length && fold(e.args[lead]) !== undefined) lead += 1;
      const head = e.args.slice(0, lead);
      const folded = lead > 1 ? applyTo(e, head.map((a) => fold(a) as number)) : Number.NaN;
      const terms = Number.isFinite(folded) ? [floatLiteral(folded), ...e.args.slice(lead).map(emit)] : e.args.map(emit);
      code = `(${terms.join(e.op === 'add' ? ' + ' : ' * ')})`;
    } else if (isUnary(e)) {
      code = e.op === 'neg' ? `(-${emit(e.arg)})` : `${FN[e.op]}(${emit(e.arg)})`;
    } else if (isBinary(e)) {
      const l = emit(e.left);
      const r = emit(e.right);
      code = e.op === 'sub' ? `(${l} - ${r})` : e.op === 'div' ? `(${l} / ${r})` : `${FN[e.op]}(${l}, ${r})`;
    } else {
      throw new Error(`unknown expression node ${(e as Expr).op}`);
    }
    const name = `${prefix}${names.size}`;
    names.set(key, name);
    lines.push(`const ${name} = ${code};`);
    return name;
  };
  const outputs = exprs.map(emit);
  return { statements: lines.join('\n'), outputs };
}
