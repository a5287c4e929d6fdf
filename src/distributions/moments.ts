import { familyOf } from './distribution-family.js';
import type { Distribution } from './types.js';

/**
 * The mean (expected value) of a distribution, in its field's unit, from the
 * closed-form expression of each kind (see docs/distributions.md): e.g.
 * (min + mode + max)/3 for a triangular, exp(μ + σ²/2) for a lognormal,
 * (min + 4·mode + max)/6 for a PERT.
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @returns the mean
 * @example
 * distributionMean(parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x')); // => 3.5
 * distributionMean(parseDistribution({ dist: 'pert', min: 0, mode: 1, max: 10 }, 'x')); // => 2.3333333333333335
 */
export function distributionMean(d: Distribution): number {
  return familyOf(d).mean(d);
}

/**
 * The variance of a distribution, in its field's unit squared (0 for a
 * constant).
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @returns the variance
 * @example
 * distributionVariance(parseDistribution({ dist: 'uniform', min: 2, max: 5 }, 'x')); // => 0.75
 * distributionVariance(parseDistribution(7, 'x')); // => 0
 */
export function distributionVariance(d: Distribution): number {
  return familyOf(d).variance(d);
}
