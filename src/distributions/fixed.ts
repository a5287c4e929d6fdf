import type { Family } from './family.js';
import { formatParameter } from './family.js';
import { Q } from './quantile-form.js';
import { checkKeys, readQuantity, type SpecReader } from './read-spec.js';
import type { DistributionSpecName, FixedDistribution } from './types.js';

/**
 * A frozen constant; `from` names the user's `dist` when a degenerate
 * distribution was normalised to it. @internal
 */
export function fixedDistribution(value: number, from?: DistributionSpecName): FixedDistribution {
  const d: FixedDistribution = from === undefined || from === 'fixed' ? { kind: 'fixed', value } : { kind: 'fixed', value, from };
  return Object.freeze(d);
}

/** Read `{dist: 'fixed', value}`. @internal */
export function parseFixed(spec: SpecReader): FixedDistribution {
  checkKeys(spec, ['value']);
  return fixedDistribution(readQuantity(spec, 'value'));
}

/** A constant: every quantile is the value; the CDF steps from 0 to 1 at it. @internal */
export const fixedFamily: Family<FixedDistribution> = {
  mean: (d) => d.value,
  variance: () => 0,
  support: (d) => [d.value, d.value],
  cdf: (d, x) => (x < d.value ? 0 : 1),
  quantile: (d) => () => d.value,
  quantileForm: (d) => Q.literal(d.value),
  describe: (d) => formatParameter(d.value),
};
