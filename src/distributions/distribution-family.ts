import { InputError } from '../errors/index.js';
import { betaFamily } from './beta.js';
import { discreteFamily } from './discrete.js';
import type { Family } from './family.js';
import { fixedFamily } from './fixed.js';
import { lognormalFamily } from './lognormal.js';
import { normalFamily } from './normal.js';
import { triangularFamily } from './triangular.js';
import type { Distribution, DistributionKind } from './types.js';
import { uniformFamily } from './uniform.js';

const FAMILIES: { readonly [K in DistributionKind]: Family<Extract<Distribution, { kind: K }>> } = {
  fixed: fixedFamily,
  uniform: uniformFamily,
  normal: normalFamily,
  lognormal: lognormalFamily,
  triangular: triangularFamily,
  beta: betaFamily,
  discrete: discreteFamily,
};

/**
 * The implementation for `d.kind`. Refuses objects that are not normalised
 * distributions (build them with {@link parseDistribution}).
 * @internal
 */
export function familyOf(d: Distribution, path: string = 'distribution'): Family<Distribution> {
  const kind = (d as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(FAMILIES, kind)) {
    throw new InputError({
      path,
      received: d,
      problem: 'is not a normalised distribution',
      expected: `an object with kind ${Object.keys(FAMILIES).join(', ')}, as parseDistribution returns`,
      fix: 'pass the spec through parseDistribution first',
    });
  }
  return FAMILIES[kind as DistributionKind];
}
