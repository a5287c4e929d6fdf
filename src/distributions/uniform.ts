import { checkOrdered } from './check-order.js';
import { compileQuantile } from './compile-quantile.js';
import type { Family } from './family.js';
import { clampToSupport, formatParameter, frozen } from './family.js';
import { fixedDistribution } from './fixed.js';
import { Q, type QuantileForm } from './quantile-form.js';
import { checkKeys, readQuantity, type SpecReader } from './read-spec.js';
import type { FixedDistribution, UniformDistribution } from './types.js';

/** Read `{dist: 'uniform', min, max}`; min = max is a constant. @internal */
export function parseUniform(spec: SpecReader): UniformDistribution | FixedDistribution {
  checkKeys(spec, ['min', 'max']);
  const min = readQuantity(spec, 'min');
  const max = readQuantity(spec, 'max');
  checkOrdered(spec, 'min', min, 'max', max);
  if (min === max) return fixedDistribution(min, 'uniform');
  return frozen<UniformDistribution>({ kind: 'uniform', min, max });
}

/** x(u) = a + u·(b − a), the one definition the host and the kernels share. */
const uniformForm = (d: UniformDistribution): QuantileForm => Q.add(Q.literal(d.min), Q.mul(Q.u, Q.literal(d.max - d.min)));

/** Uniform on [a, b]: mean (a + b)/2, variance (b − a)²/12, F(x) = (x − a)/(b − a). @internal */
export const uniformFamily: Family<UniformDistribution> = {
  mean: (d) => 0.5 * d.min + 0.5 * d.max,
  variance: (d) => ((d.max - d.min) * (d.max - d.min)) / 12,
  support: (d) => [d.min, d.max],
  cdf: (d, x) => (x <= d.min ? 0 : x >= d.max ? 1 : (x - d.min) / (d.max - d.min)),
  quantile: (d) => {
    const x = compileQuantile(uniformForm(d));
    return (u) => clampToSupport(x(u), d.min, d.max);
  },
  quantileForm: uniformForm,
  describe: (d) => `uniform(${formatParameter(d.min)}, ${formatParameter(d.max)})`,
};
