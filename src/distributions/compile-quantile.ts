import { standardNormalPpf } from './normal-ppf.js';
import type { QuantileForm } from './quantile-form.js';

type Fn = (u: number) => number;

/**
 * The host's float64 quantile function of a {@link QuantileForm}: a closure
 * per node that performs the node's operation in the written order, so its
 * values are bit-identical to the float64 (`js`) kernel code generated from
 * the same form. Built by composing closures rather than by `new Function`,
 * so it runs where eval is forbidden (a page's Content-Security-Policy);
 * literal and `u` operands are inlined, keeping a closed form to a few calls.
 *
 * @param form - the quantile written over u
 * @returns x(u), trusting u in [0, 1]
 * @example
 * compileQuantile(Q.exp(Q.normalPpf(Q.u)))(0.5); // => 1
 * compileQuantile(Q.below(0.5, Q.literal(1), Q.literal(2)))(0.7); // => 2
 */
export function compileQuantile(form: QuantileForm): (u: number) => number {
  switch (form.op) {
    case 'u':
      return (u) => u;
    case 'literal': {
      const v = form.value;
      return () => v;
    }
    case 'add':
    case 'sub':
    case 'mul':
      return binary(form.op, form.left, form.right);
    case 'sqrt': {
      const a = compileQuantile(form.arg);
      return (u) => Math.sqrt(a(u));
    }
    case 'exp': {
      const a = compileQuantile(form.arg);
      return (u) => Math.exp(a(u));
    }
    case 'normalPpf': {
      if (form.arg.op === 'u') return standardNormalPpf;
      const a = compileQuantile(form.arg);
      return (u) => standardNormalPpf(a(u));
    }
    case 'below': {
      const t = form.threshold;
      const a = compileQuantile(form.then);
      const b = compileQuantile(form.otherwise);
      return (u) => (u < t ? a(u) : b(u));
    }
  }
}

/** A binary node, with a literal or `u` operand read directly rather than through a call. */
function binary(op: 'add' | 'sub' | 'mul', left: QuantileForm, right: QuantileForm): Fn {
  const apply = op === 'add' ? (a: number, b: number) => a + b : op === 'sub' ? (a: number, b: number) => a - b : (a: number, b: number) => a * b;
  if (left.op === 'literal') {
    const c = left.value;
    const b = compileQuantile(right);
    if (right.op === 'u') return op === 'add' ? (u) => c + u : op === 'sub' ? (u) => c - u : (u) => c * u;
    return op === 'add' ? (u) => c + b(u) : op === 'sub' ? (u) => c - b(u) : (u) => c * b(u);
  }
  if (right.op === 'literal') {
    const c = right.value;
    if (left.op === 'u') return op === 'add' ? (u) => u + c : op === 'sub' ? (u) => u - c : (u) => u * c;
    const a = compileQuantile(left);
    return op === 'add' ? (u) => a(u) + c : op === 'sub' ? (u) => a(u) - c : (u) => a(u) * c;
  }
  const a = compileQuantile(left);
  const b = compileQuantile(right);
  return (u) => apply(a(u), b(u));
}
