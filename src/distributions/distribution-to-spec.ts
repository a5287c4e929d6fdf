import { familyOf } from './distribution-family.js';
import type { Distribution, DistributionSpec } from './types.js';

/**
 * A JSON-safe spec that {@link parseDistribution} reads back to the same
 * distribution: infinite normal bounds are left out (`JSON.stringify` would
 * write them as `null`), a PERT is written as a PERT, a lognormal in its
 * `{mu, sigma}` form and a discrete distribution with its probabilities as
 * weights. Numbers are in the canonical unit of the field.
 *
 * @param d - a normalised distribution from {@link parseDistribution}
 * @returns a plain spec object
 * @example
 * distributionToSpec(parseDistribution({ dist: 'normal', mean: 5, sd: 1, min: 0 }, 'x')); // => { dist: 'normal', mean: 5, sd: 1, min: 0 }
 * distributionToSpec(parseDistribution({ dist: 'pert', min: 1, mode: 2, max: 6 }, 'x')); // => { dist: 'pert', min: 1, mode: 2, max: 6, lambda: 4 }
 */
export function distributionToSpec(d: Distribution): DistributionSpec {
  familyOf(d); // refuses objects that are not distributions
  switch (d.kind) {
    case 'fixed':
      return { dist: 'fixed', value: d.value };
    case 'uniform':
      return { dist: 'uniform', min: d.min, max: d.max };
    case 'normal': {
      const bounds = { ...(d.min > -Infinity ? { min: d.min } : {}), ...(d.max < Infinity ? { max: d.max } : {}) };
      return { dist: 'normal', mean: d.mean, sd: d.sd, ...bounds };
    }
    case 'lognormal':
      return { dist: 'lognormal', mu: d.mu, sigma: d.sigma };
    case 'triangular':
      return { dist: 'triangular', min: d.min, mode: d.mode, max: d.max };
    case 'beta':
      if (d.from === 'pert' && d.mode !== undefined) {
        return { dist: 'pert', min: d.min, mode: d.mode, max: d.max, lambda: d.lambda ?? 4 };
      }
      return { dist: 'beta', alpha: d.alpha, beta: d.beta, min: d.min, max: d.max };
    case 'discrete':
      return { dist: 'discrete', values: [...d.values], weights: [...d.probabilities] };
  }
}
