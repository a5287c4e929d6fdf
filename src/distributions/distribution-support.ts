import { familyOf } from './distribution-family.js';
import type { Distribution, FixedDistribution } from './types.js';

/**
 * The support [lo, hi]: the smallest interval holding every value the
 * distribution can take. Unbounded ends are ±Infinity (an untruncated normal;
 * a lognormal is [0, Infinity]).
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @returns `[lo, hi]` in the field's canonical unit
 * @example
 * distributionSupport(parseDistribution({ dist: 'triangular', min: 3, mode: 5, max: 7 }, 'x')); // => [3, 7]
 * distributionSupport(parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: 0 }, 'x')); // => [0, Infinity]
 */
export function distributionSupport(d: Distribution): readonly [number, number] {
  return familyOf(d).support(d);
}

/**
 * Whether a distribution is a constant, including degenerate ones the parser
 * normalised (sd = 0, min = max, gsd = 1, a single value).
 *
 * @example
 * isFixed(parseDistribution({ dist: 'uniform', min: 4, max: 4 }, 'x')); // => true
 * isFixed(parseDistribution({ dist: 'uniform', min: 3, max: 4 }, 'x')); // => false
 */
export function isFixed(d: Distribution): boolean {
  familyOf(d); // refuses objects that are not distributions
  return d.kind === 'fixed';
}

/**
 * Whether an input is uncertain: it has a distribution and that distribution
 * is not a constant. The one test every part of ailca uses to decide which
 * inputs are drawn, varied or reported as uncertain (a `Param` or model input
 * without a distribution, or with a degenerate one the parser normalised to
 * `fixed`, keeps its base value).
 *
 * @param d - an input's distribution, or `undefined` for a fixed value
 * @example
 * isUncertain(parseDistribution({ dist: 'uniform', min: 3, max: 4 }, 'x')); // => true
 * isUncertain(parseDistribution({ dist: 'uniform', min: 4, max: 4 }, 'x')); // => false
 * isUncertain(undefined); // => false
 */
export function isUncertain(d: Distribution | undefined): d is Exclude<Distribution, FixedDistribution> {
  return d !== undefined && d.kind !== 'fixed';
}
