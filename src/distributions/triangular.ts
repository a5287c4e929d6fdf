import { checkOrdered, checkWithin } from './check-order.js';
import { compileQuantile } from './compile-quantile.js';
import type { Family } from './family.js';
import { clampToSupport, formatParameter, frozen } from './family.js';
import { fixedDistribution } from './fixed.js';
import { Q, type QuantileForm } from './quantile-form.js';
import { checkKeys, readQuantity, type SpecReader } from './read-spec.js';
import type { FixedDistribution, TriangularDistribution } from './types.js';

/** Read `{dist: 'triangular', min, mode, max}`; min = max is a constant. @internal */
export function parseTriangular(spec: SpecReader): TriangularDistribution | FixedDistribution {
  checkKeys(spec, ['min', 'mode', 'max']);
  const min = readQuantity(spec, 'min');
  const mode = readQuantity(spec, 'mode');
  const max = readQuantity(spec, 'max');
  checkOrdered(spec, 'min', min, 'max', max);
  checkWithin(spec, 'mode', mode, min, max);
  if (min === max) return fixedDistribution(min, 'triangular');
  return frozen<TriangularDistribution>({ kind: 'triangular', min, mode, max });
}

/**
 * x(u) = a + √(u·(b − a)(c − a)) below F(c) = (c − a)/(b − a), else
 * b − √((1 − u)·(b − a)(b − c)): the one definition the host and the kernels share.
 */
function triangularForm(d: TriangularDistribution): QuantileForm {
  const width = d.max - d.min;
  const atMode = (d.mode - d.min) / width; // F(mode)
  const left = width * (d.mode - d.min);
  const right = width * (d.max - d.mode);
  return Q.below(
    atMode,
    Q.add(Q.literal(d.min), Q.sqrt(Q.mul(Q.u, Q.literal(left)))),
    Q.sub(Q.literal(d.max), Q.sqrt(Q.mul(Q.sub(Q.literal(1), Q.u), Q.literal(right)))),
  );
}

/**
 * Triangular(a, c, b) with mode c: mean (a + b + c)/3, variance
 * (a² + b² + c² − ab − ac − bc)/18, computed from p = c − a and q = b − a as
 * (p² + q² − pq)/18 to avoid cancellation; CDF and quantile in closed form
 * (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, 1995).
 * @internal
 */
export const triangularFamily: Family<TriangularDistribution> = {
  mean: (d) => d.min + (d.mode - d.min + (d.max - d.min)) / 3,
  variance: (d) => {
    const p = d.mode - d.min;
    const q = d.max - d.min;
    return (p * p + q * q - p * q) / 18;
  },
  support: (d) => [d.min, d.max],
  cdf: (d, x) => {
    if (x <= d.min) return 0;
    if (x >= d.max) return 1;
    const width = d.max - d.min;
    if (x <= d.mode) return ((x - d.min) * (x - d.min)) / (width * (d.mode - d.min));
    return 1 - ((d.max - x) * (d.max - x)) / (width * (d.max - d.mode));
  },
  quantile: (d) => {
    const x = compileQuantile(triangularForm(d));
    return (u) => clampToSupport(x(u), d.min, d.max);
  },
  quantileForm: triangularForm,
  describe: (d) => `triangular(${formatParameter(d.min)}, ${formatParameter(d.mode)}, ${formatParameter(d.max)})`,
};
