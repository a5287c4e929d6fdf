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
   * Inputs whose values are fixed: subexpressions over them and literals only
   * are folded to one literal, computed by {@link evaluate} in float64.
   */
  readonly constants?: ReadonlyMap<string, number>;
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

const FN: Readonly<Record<string, string>> = { exp: 'Math.exp', log: 'Math.log', sqrt: 'Math.sqrt', abs: 'Math.abs', pow: 'Math.pow', min: 'Math.min', max: 'Math.max' };

/**
 * Generate straight-line code (static single assignment, common
 * subexpressions computed once) for a list of expressions. The code uses only
 * `const`, arithmetic and `Math.*` calls, so it is valid both as plain
 * JavaScript and as the body of a gpu.js kernel.
 *
 * Constant subexpressions — literals and the inputs in `options.constants` —
 * are folded on the host in float64 by the reference evaluator, so the code
 * never combines two literals. That is a correctness rule, not only a
 * saving: gpu.js types an integer-valued literal as an integer, and on its
 * `webasm` backend a chain such as `365.0 * 50000.0 * 600.0` was computed in
 * 32-bit integers and wrapped to −1,934,901,888. A literal next to a variable
 * is always computed in floating point. In a sum or product only the leading
 * run of constant terms is folded, so the float64 result is bit-identical to
 * the reference's left-to-right evaluation.
 *
 * @example
 * const code = generateCode([mul(input('a'), add(input('a'), constant(1)))], { inputRef: (n) => n });
 * code.statements; // => 'const t0 = (a + 1.0);\nconst t1 = (a * t0);'
 * code.outputs; // => ['t1']
 * const folded = generateCode([mul(constant(365), input('n'), input('a'))], { inputRef: (n) => n, constants: new Map([['n', 50000]]) });
 * folded.statements; // => 'const t0 = (18250000.0 * a);'
 */
export function generateCode(exprs: readonly Expr[], options: CodegenOptions): GeneratedCode {
  const prefix = options.prefix ?? 't';
  const constants = options.constants ?? new Map<string, number>();
  const keys = new Map<Expr, string>();
  const names = new Map<string, string>();
  const lines: string[] = [];
  const isConstMemo = new Map<Expr, boolean>();
  const isConst = (e: Expr): boolean => {
    const hit = isConstMemo.get(e);
    if (hit !== undefined) return hit;
    const r = e.op === 'const' ? true : e.op === 'input' ? constants.has(e.name) : children(e).every(isConst);
    isConstMemo.set(e, r);
    return r;
  };
  /** The literal of a constant node, or undefined when it is not finite (left to the code, to be diagnosed at run time). */
  const folded = (e: Expr): string | undefined => {
    const v = evaluate([e], constants)[0] as number;
    return Number.isFinite(v) ? floatLiteral(v) : undefined;
  };
  const emit = (e: Expr): string => {
    if (e.op === 'const') return floatLiteral(e.value);
    if (e.op === 'input') return constants.has(e.name) ? floatLiteral(constants.get(e.name) as number) : options.inputRef(e.name);
    if (isConst(e)) {
      const literal = folded(e);
      if (literal !== undefined) return literal;
    }
    const key = keyOf(e, keys);
    const known = names.get(key);
    if (known !== undefined) return known;
    let code: string;
    if (e.op === 'add' || e.op === 'mul') {
      let lead = 0;
      while (lead < e.args.length && isConst(e.args[lead] as Expr)) lead += 1;
      const head = lead >= 2 ? folded({ op: e.op, args: e.args.slice(0, lead) }) : undefined;
      const terms = head !== undefined ? [head, ...e.args.slice(lead).map(emit)] : e.args.map(emit);
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
