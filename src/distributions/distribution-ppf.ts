import { checkNumber } from '../validate/index.js';
import { familyOf } from './distribution-family.js';
import type { Distribution } from './types.js';

/**
 * The inverse CDF (quantile function): the value x with P(X ≤ x) = u. For a
 * discrete distribution, the smallest value whose cumulative probability is
 * ≥ u. u = 0 and u = 1 give the ends of the support (±Infinity for an
 * untruncated normal, 0 and Infinity for a lognormal). Normal quantiles use
 * Wichura's AS 241 (about 1e−16 relative); a truncated normal inverts
 * Φ(α) + u(Φ(β) − Φ(α)), or its upper-tail complement when the interval lies
 * above the mean; beta and PERT quantiles invert the incomplete beta function
 * by safeguarded Newton iteration (about 1e−15 in x).
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @param u - a probability in [0, 1]
 * @returns the quantile, in the field's canonical unit
 * @throws {@link InputError} when u is not a number in [0, 1]
 * @example
 * const d = parseDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 'x');
 * distributionPpf(d, 0.5) === 4 - Math.sqrt(3); // => true
 * distributionPpf(parseDistribution({ dist: 'discrete', values: [1, 2, 3] }, 'x'), 0.5); // => 2
 */
export function distributionPpf(d: Distribution, u: number): number {
  const family = familyOf(d);
  checkNumber(u, 'u', { min: 0, max: 1, fix: 'pass a probability between 0 and 1' });
  return family.quantile(d)(u);
}

/**
 * The u-quantile of a distribution; the same function as
 * {@link distributionPpf}.
 *
 * @example
 * distributionQuantile(parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x'), 0.025); // => 2.075
 */
export const distributionQuantile: (d: Distribution, u: number) => number = distributionPpf;
