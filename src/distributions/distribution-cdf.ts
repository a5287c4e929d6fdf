import { InputError } from '../errors/index.js';
import { familyOf } from './distribution-family.js';
import type { Distribution } from './types.js';

/**
 * The cumulative distribution function P(X ≤ x). Normal CDFs use Cody's
 * ANORM (about 1e−16 relative, both tails), beta and PERT CDFs the
 * regularised incomplete beta function (continued fraction, Numerical
 * Recipes §6.4); the others are closed forms.
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @param x - a value in the field's canonical unit; ±Infinity allowed
 * @returns the probability, in [0, 1]
 * @throws {@link InputError} when x is NaN or not a number
 * @example
 * const d = parseDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 'x');
 * distributionCdf(d, 2); // => 0.3333333333333333
 * distributionCdf(d, 5); // => 1
 */
export function distributionCdf(d: Distribution, x: number): number {
  const family = familyOf(d);
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new InputError({ path: 'x', received: x, problem: 'must be a number', expected: 'a number or ±Infinity' });
  }
  return family.cdf(d, x);
}
