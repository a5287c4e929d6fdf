import type { MathNode } from 'mathjs';
import { InputError } from '../errors/index.js';
import { unitMath } from '../units/math.js';
import { abs, add, constant, div, exp, log, max, min, mul, neg, pow, sqrt, sub } from './build.js';
import type { Expr } from './expr.js';

const FUNCTIONS: Readonly<Record<string, (args: Expr[]) => Expr>> = {
  exp: ([a]) => exp(a),
  log: ([a]) => log(a),
  sqrt: ([a]) => sqrt(a),
  abs: ([a]) => abs(a),
  pow: ([a, b]) => pow(a, b),
  min: ([a, b]) => min(a, b),
  max: ([a, b]) => max(a, b),
};
const ARITY: Readonly<Record<string, number>> = { exp: 1, log: 1, sqrt: 1, abs: 1, pow: 2, min: 2, max: 2 };

/**
 * Parse a formula written in mathjs syntax (`energy * intensity / 1000`)
 * into an expression graph. Each symbol is resolved by `resolve`, which
 * returns the expression it stands for (usually an {@link input}); an unknown
 * symbol, an unsupported function or operator is refused with an
 * {@link InputError} listing what is available.
 *
 * Supported: numbers, `+ - * / ^`, unary minus, parentheses, and the
 * functions exp, log (natural), sqrt, abs, pow, min, max.
 *
 * @param formula - the formula text
 * @param resolve - maps a symbol to its expression, or undefined if unknown
 * @param path - the field path of the formula, named in errors
 * @param known - the symbols that may be used, listed in errors
 * @example
 * const e = parseFormula('2 * a + b^2', (s) => input(s), 'formula', ['a', 'b']);
 * evaluate([e], { a: 1, b: 3 }); // => [11]
 */
export function parseFormula(
  formula: string,
  resolve: (symbol: string) => Expr | undefined,
  path: string,
  known: readonly string[] = [],
): Expr {
  let node: MathNode;
  try {
    node = unitMath().parse(formula);
  } catch (e) {
    throw new InputError({ path, received: formula, expected: 'a formula in mathjs syntax', problem: 'cannot be parsed', fix: (e as Error).message });
  }
  const fail = (what: string, fix: string): never => {
    throw new InputError({ path, received: formula, expected: 'numbers, symbols, + - * / ^, parentheses and exp, log, sqrt, abs, pow, min, max', problem: `uses ${what}`, fix });
  };
  const walk = (n: MathNode): Expr => {
    const a = n as unknown as { type: string; value?: unknown; name?: string; op?: string; fn?: unknown; args?: MathNode[]; content?: MathNode };
    switch (a.type) {
      case 'ConstantNode':
        if (typeof a.value !== 'number') return fail(`the constant ${String(a.value)}`, 'use plain numbers');
        return constant(a.value);
      case 'ParenthesisNode':
        return walk(a.content as MathNode);
      case 'SymbolNode': {
        const r = resolve(a.name as string);
        if (r === undefined) return fail(`the unknown symbol "${a.name}"`, `use one of: ${known.join(', ') || '(no symbols defined)'}`);
        return r;
      }
      case 'OperatorNode': {
        const args = (a.args ?? []).map(walk);
        if (args.length === 1 && a.op === '-') return neg(args[0]);
        if (args.length === 1 && a.op === '+') return args[0];
        const [l, r] = args as [Expr, Expr];
        if (a.op === '+') return add(l, r);
        if (a.op === '-') return sub(l, r);
        if (a.op === '*') return mul(l, r);
        if (a.op === '/') return div(l, r);
        if (a.op === '^') return pow(l, r);
        return fail(`the operator "${a.op}"`, 'use + - * / ^');
      }
      case 'FunctionNode': {
        const fn = (a.fn as { name?: string } | undefined)?.name ?? '';
        const make = FUNCTIONS[fn];
        if (make === undefined) return fail(`the function "${fn}"`, `use one of ${Object.keys(FUNCTIONS).join(', ')}`);
        const args = (a.args ?? []).map(walk);
        if (args.length !== ARITY[fn]) return fail(`${fn} with ${args.length} arguments`, `${fn} takes ${ARITY[fn]}`);
        return make(args);
      }
      default:
        return fail(`a ${a.type}`, 'write a plain arithmetic formula');
    }
  };
  return walk(node);
}
