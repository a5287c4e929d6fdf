import { familyOf } from './distribution-family.js';
import type { QuantileForm } from './quantile-form.js';
import type { Distribution } from './types.js';

/**
 * The closed-form quantile of a distribution as a {@link QuantileForm}: the
 * single definition from which both the host's quantile (through
 * {@link compileQuantile}) and the Monte Carlo kernels' sampling code are
 * generated. Defined for fixed, uniform, triangular, lognormal and
 * untruncated normal distributions; `undefined` for the others (beta and
 * PERT sample from a table of the exact quantile, discrete by comparisons
 * with the cumulative weights, a truncated normal by a float32-safe mapping).
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @example
 * const d = parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x');
 * quantileForm(d); // => { op: 'add', left: { op: 'literal', value: 2 }, right: { op: 'mul', left: { op: 'u' }, right: { op: 'literal', value: 3 } } }
 * quantileForm(parseDistribution({ dist: 'beta', alpha: 2, beta: 3 }, 'x')); // => undefined
 */
export function quantileForm(d: Distribution): QuantileForm | undefined {
  return familyOf(d).quantileForm?.(d);
}

/**
 * The inverse CDF of a distribution as a closure with its constants
 * precomputed, for inner loops that map many uniforms (a Sobol design):
 * the same values as {@link distributionPpf} to the last bit, without its
 * per-call check of u and dispatch on the kind. u must lie in [0, 1].
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @example
 * const d = parseDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 'x');
 * quantileFunction(d)(0.5) === distributionPpf(d, 0.5); // => true
 */
export function quantileFunction(d: Distribution): (u: number) => number {
  return familyOf(d).quantile(d);
}
