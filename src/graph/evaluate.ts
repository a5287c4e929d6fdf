import { AilcaError } from '../errors/index.js';
import type { Expr } from './expr.js';

/** Values of the named inputs, in their canonical units. */
export type InputValues = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function lookup(values: InputValues, name: string): number {
  // Own keys only: a record lookup of an input named "toString" or
  // "constructor" used to find Object.prototype's function and evaluate to NaN.
  const v: unknown = values instanceof Map ? values.get(name) : Object.hasOwn(values, name) ? (values as Readonly<Record<string, number>>)[name] : undefined;
  if (typeof v !== 'number') throw new AilcaError(`expression input "${name}" has no value`);
  return v;
}

/**
 * Evaluate expressions in float64 by walking the graph — the reference
 * evaluator that the generated Monte Carlo kernels are tested against.
 * Shared nodes are computed once per call.
 *
 * @param exprs - the expressions to evaluate
 * @param values - a value for every input the expressions use
 * @returns one number per expression
 * @throws {@link AilcaError} when an input has no value
 * @example
 * evaluate([add(input('a'), mul(constant(2), input('b')))], { a: 1, b: 3 }); // => [7]
 */
export function evaluate(exprs: readonly Expr[], values: InputValues): number[] {
  const memo = new Map<Expr, number>();
  const ev = (e: Expr): number => {
    const hit = memo.get(e);
    if (hit !== undefined) return hit;
    let r: number;
    switch (e.op) {
      case 'const':
        r = e.value;
        break;
      case 'input':
        r = lookup(values, e.name);
        break;
      case 'add':
        r = 0;
        for (const a of e.args) r += ev(a);
        break;
      case 'mul':
        r = 1;
        for (const a of e.args) r *= ev(a);
        break;
      case 'neg':
        r = -ev(e.arg);
        break;
      case 'exp':
        r = Math.exp(ev(e.arg));
        break;
      case 'log':
        r = Math.log(ev(e.arg));
        break;
      case 'sqrt':
        r = Math.sqrt(ev(e.arg));
        break;
      case 'abs':
        r = Math.abs(ev(e.arg));
        break;
      case 'sub':
        r = ev(e.left) - ev(e.right);
        break;
      case 'div':
        r = ev(e.left) / ev(e.right);
        break;
      case 'pow':
        r = Math.pow(ev(e.left), ev(e.right));
        break;
      case 'min':
        r = Math.min(ev(e.left), ev(e.right));
        break;
      case 'max':
        r = Math.max(ev(e.left), ev(e.right));
        break;
    }
    memo.set(e, r);
    return r;
  };
  return exprs.map(ev);
}
