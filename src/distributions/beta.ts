import { checkOrdered } from './check-order.js';
import { inverseRegularizedBeta } from './beta-ppf.js';
import type { Family } from './family.js';
import { clampToSupport, formatParameter, frozen } from './family.js';
import { fixedDistribution } from './fixed.js';
import { regularizedBeta } from './incomplete-beta.js';
import { checkKeys, readOptionalQuantity, readPlain, type SpecReader } from './read-spec.js';
import type { BetaDistribution, FixedDistribution } from './types.js';

/** Read `{dist: 'beta', alpha, beta, min?: 0, max?: 1}`; min = max is a constant. @internal */
export function parseBeta(spec: SpecReader): BetaDistribution | FixedDistribution {
  checkKeys(spec, ['alpha', 'beta', 'min', 'max']);
  const shape = { min: 0, minExclusive: true, fix: 'shape parameters are positive numbers such as 2 or 5' };
  const alpha = readPlain(spec, 'alpha', shape);
  const beta = readPlain(spec, 'beta', shape);
  const min = readOptionalQuantity(spec, 'min') ?? 0;
  const max = readOptionalQuantity(spec, 'max') ?? 1;
  checkOrdered(spec, 'min', min, 'max', max);
  if (min === max) return fixedDistribution(min, 'beta');
  return frozen<BetaDistribution>({ kind: 'beta', alpha, beta, min, max });
}

/**
 * Beta(α, β) scaled to [a, b]: mean a + (b − a)α/(α + β), variance
 * (b − a)²αβ/((α + β)²(α + β + 1)); CDF the regularised incomplete beta
 * function I_x(α, β) (continued fraction, Numerical Recipes §6.4), quantile
 * its inverse by safeguarded Newton (to about 1e−15 in x).
 * @internal
 */
export const betaFamily: Family<BetaDistribution> = {
  mean: (d) => d.min + ((d.max - d.min) * d.alpha) / (d.alpha + d.beta),
  variance: (d) => {
    const s = d.alpha + d.beta;
    const width = d.max - d.min;
    return (width * width * d.alpha * d.beta) / (s * s * (s + 1));
  },
  support: (d) => [d.min, d.max],
  cdf: (d, x) => regularizedBeta((x - d.min) / (d.max - d.min), d.alpha, d.beta),
  quantile: (d) => {
    const width = d.max - d.min;
    return (u) => clampToSupport(d.min + width * inverseRegularizedBeta(u, d.alpha, d.beta), d.min, d.max);
  },
  describe: (d) => {
    const range = `${formatParameter(d.min)}, ${formatParameter(d.max)}`;
    if (d.from === 'pert' && d.mode !== undefined) {
      const lambda = d.lambda !== undefined && d.lambda !== 4 ? `, λ ${formatParameter(d.lambda)}` : '';
      return `pert(${formatParameter(d.min)}, ${formatParameter(d.mode)}, ${formatParameter(d.max)}${lambda})`;
    }
    const shape = `beta(${formatParameter(d.alpha)}, ${formatParameter(d.beta)})`;
    return d.min === 0 && d.max === 1 ? shape : `${shape} on [${range}]`;
  },
};
