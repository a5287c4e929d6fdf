import type { QuantileForm } from '../../distributions/index.js';
import { floatLiteral as f } from '../../graph/index.js';
import { inverseNormalCode } from './inverse-normal-code.js';

const APPLY = { add: (a: number, b: number) => a + b, sub: (a: number, b: number) => a - b, mul: (a: number, b: number) => a * b } as const;
const SYMBOL = { add: '+', sub: '-', mul: '*' } as const;

/** The float64 value of a subtree without u (as the host closure computes it), else undefined. */
function constantOf(form: QuantileForm): number | undefined {
  switch (form.op) {
    case 'literal':
      return form.value;
    case 'add':
    case 'sub':
    case 'mul': {
      const a = constantOf(form.left);
      const b = a === undefined ? undefined : constantOf(form.right);
      return a === undefined || b === undefined ? undefined : APPLY[form.op](a, b);
    }
    case 'sqrt':
    case 'exp': {
      const a = constantOf(form.arg);
      return a === undefined ? undefined : form.op === 'sqrt' ? Math.sqrt(a) : Math.exp(a);
    }
    default:
      return undefined;
  }
}

/**
 * Whether a form reads u only through Φ⁻¹(u) (a normal or lognormal), so that
 * a copula's correlated normal score can stand in for it with no Φ round trip.
 * @example
 * usesOnlyNormalScore(quantileForm(parseDistribution({ dist: 'lognormal', median: 2, gsd: 1.5 }, 'x'))!); // => true
 * usesOnlyNormalScore(quantileForm(parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x'))!); // => false
 */
export function usesOnlyNormalScore(form: QuantileForm): boolean {
  let score = false;
  const only = (node: QuantileForm): boolean => {
    switch (node.op) {
      case 'u':
      case 'below':
        return false;
      case 'literal':
        return true;
      case 'normalPpf':
        score = true;
        return node.arg.op === 'u';
      case 'sqrt':
      case 'exp':
        return only(node.arg);
      default:
        return only(node.left) && only(node.right);
    }
  };
  return only(form) && score;
}

/**
 * Kernel statements declaring `out` (with `let`) and setting it to the
 * quantile {@link QuantileForm} `form` of the uniform in variable `u` — the
 * same definition the host's quantile is compiled from
 * ({@link compileQuantile}), with the operations in the same order, so the
 * float64 `js` backend draws exactly the host's values. Φ⁻¹ nodes become
 * Wichura's AS 241 ({@link inverseNormalCode}) into `z<tag>`; a `below` at
 * the root becomes an if/else (a nested one a conditional expression).
 * Subtrees without u are folded to one literal in float64, so no operation
 * has two literal operands (gpu.js would type integer-valued literals as
 * 32-bit integers). Only `let`/`const`, `if`, arithmetic and `Math.*` are
 * emitted: valid JavaScript and gpu.js kernel code alike.
 *
 * @param form - the quantile, from {@link quantileForm}
 * @param u - variable holding the uniform
 * @param out - variable to declare and assign
 * @param tag - unique suffix for temporaries
 * @param normalScore - a variable already holding Φ⁻¹(u) (a copula's
 *   correlated normal score): Φ⁻¹(u) nodes read it instead of computing it
 * @example
 * const d = parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x');
 * quantileCode(quantileForm(d)!, 'u0', 'x0', '0'); // => 'let x0 = (2.0 + (u0 * 3.0));'
 */
export function quantileCode(form: QuantileForm, u: string, out: string, tag: string, normalScore?: string): string {
  const lines: string[] = [];
  let normals = 0;
  const expr = (node: QuantileForm): string => {
    const c = constantOf(node);
    if (c !== undefined) return f(c);
    switch (node.op) {
      case 'u':
        return u;
      case 'literal':
        return f(node.value);
      case 'add':
      case 'sub':
      case 'mul':
        return `(${expr(node.left)} ${SYMBOL[node.op]} ${expr(node.right)})`;
      case 'sqrt':
        return `Math.sqrt(${expr(node.arg)})`;
      case 'exp':
        return `Math.exp(${expr(node.arg)})`;
      case 'normalPpf': {
        if (normalScore !== undefined && node.arg.op === 'u') return normalScore;
        // AS 241 reads its argument several times: it needs a variable.
        const t = normals === 0 ? tag : `${tag}n${normals}`;
        normals += 1;
        let arg = expr(node.arg);
        if (node.arg.op !== 'u') {
          lines.push(`const ut${t} = ${arg};`);
          arg = `ut${t}`;
        }
        lines.push(`let z${t} = 0.0;`, inverseNormalCode(arg, `z${t}`, t));
        return `z${t}`;
      }
      case 'below':
        return `(${u} < ${f(node.threshold)} ? ${expr(node.then)} : ${expr(node.otherwise)})`;
    }
  };
  if (form.op === 'below' && constantOf(form) === undefined) {
    const then = expr(form.then);
    const otherwise = expr(form.otherwise);
    lines.push(`let ${out} = 0.0;`, `if (${u} < ${f(form.threshold)}) {`, `  ${out} = ${then};`, `} else {`, `  ${out} = ${otherwise};`, `}`);
  } else {
    lines.push(`let ${out} = ${expr(form)};`);
  }
  return lines.join('\n');
}
