import { checkOrdered, checkWithin } from './check-order.js';
import { frozen } from './family.js';
import { fixedDistribution } from './fixed.js';
import { checkKeys, readPlain, readQuantity, type SpecReader } from './read-spec.js';
import type { BetaDistribution, FixedDistribution } from './types.js';

/**
 * The PERT shape parameter when none is given: λ = 4, the classic PERT
 * (Malcolm et al. 1959; Vose 2008). Dimensionless.
 *
 * @example
 * DEFAULT_PERT_LAMBDA; // => 4
 */
export const DEFAULT_PERT_LAMBDA = 4;

/**
 * Read `{dist: 'pert', min, mode, max, lambda?: 4}` and return the
 * equivalent scaled beta (Vose, Risk Analysis: A Quantitative Guide, 3rd ed.
 * 2008): α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min),
 * so that the mean is (min + λ·mode + max)/(λ + 2). The result is a
 * `kind: 'beta'` with `from: 'pert'` and the mode and λ kept; min = max is
 * a constant.
 * @internal
 */
export function parsePert(spec: SpecReader): BetaDistribution | FixedDistribution {
  checkKeys(spec, ['min', 'mode', 'max', 'lambda']);
  const min = readQuantity(spec, 'min');
  const mode = readQuantity(spec, 'mode');
  const max = readQuantity(spec, 'max');
  const lambda =
    spec.raw.lambda === undefined
      ? DEFAULT_PERT_LAMBDA
      : readPlain(spec, 'lambda', { min: 0, minExclusive: true, fix: 'λ is a positive weight of the mode; the classic PERT uses 4' });
  checkOrdered(spec, 'min', min, 'max', max);
  checkWithin(spec, 'mode', mode, min, max);
  if (min === max) return fixedDistribution(min, 'pert');
  const width = max - min;
  const alpha = 1 + (lambda * (mode - min)) / width;
  const beta = 1 + (lambda * (max - mode)) / width;
  return frozen<BetaDistribution>({ kind: 'beta', alpha, beta, min, max, from: 'pert', mode, lambda });
}
