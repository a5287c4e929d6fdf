import { InputError } from '../errors/index.js';
import { checkOrdered, checkSpread } from './check-order.js';
import { compileQuantile } from './compile-quantile.js';
import type { Family } from './family.js';
import { clampToSupport, formatParameter, frozen } from './family.js';
import { fixedDistribution } from './fixed.js';
import { normalPdf, standardNormalCdf } from './normal-cdf.js';
import { standardNormalPpf } from './normal-ppf.js';
import { Q, type QuantileForm } from './quantile-form.js';
import { checkKeys, readOptionalQuantity, readQuantity, type SpecReader } from './read-spec.js';
import type { FixedDistribution, NormalDistribution } from './types.js';

/**
 * The truncation interval in standard units, α = (min − μ)/σ and
 * β = (max − μ)/σ, with its probability under the parent normal. When the
 * interval lies mostly above the mean, probabilities are upper tails
 * (`pLo` = P(Z > α), `pHi` = P(Z > β)) so that far-tail intervals keep
 * their relative accuracy; otherwise lower tails (P(Z ≤ α), P(Z ≤ β)).
 */
interface Truncation {
  readonly alpha: number;
  readonly beta: number;
  readonly upper: boolean;
  readonly pLo: number;
  readonly pHi: number;
  /** Probability of [min, max] under the parent normal. */
  readonly mass: number;
}

function truncation(d: NormalDistribution): Truncation {
  const alpha = (d.min - d.mean) / d.sd;
  const beta = (d.max - d.mean) / d.sd;
  const upper = alpha + beta > 0;
  const pLo = upper ? standardNormalCdf(-alpha) : standardNormalCdf(alpha);
  const pHi = upper ? standardNormalCdf(-beta) : standardNormalCdf(beta);
  return { alpha, beta, upper, pLo, pHi, mass: upper ? pLo - pHi : pHi - pLo };
}

const isTruncated = (d: NormalDistribution): boolean => d.min > -Infinity || d.max < Infinity;

/**
 * x(u) = μ + σ·Φ⁻¹(u) for an untruncated normal, the one definition the host
 * and the kernels share. A truncated normal has none: the host inverts
 * tail probabilities in float64 (below), while float32 kernels map u into
 * [Φ(α), Φ(β)] and clamp (src/mc/program/sampler-code.ts).
 */
const normalForm = (d: NormalDistribution): QuantileForm | undefined =>
  isTruncated(d) ? undefined : Q.add(Q.literal(d.mean), Q.mul(Q.literal(d.sd), Q.normalPpf(Q.u)));

/** z·φ(z), 0 at ±∞. */
const zPdf = (z: number): number => (Number.isFinite(z) ? z * normalPdf(z) : 0);

/**
 * Read `{dist: 'normal', mean, sd, min?, max?}`. Bounds truncate it; sd = 0
 * or min = max make a constant (the mean must then lie in [min, max]).
 * @internal
 */
export function parseNormal(spec: SpecReader): NormalDistribution | FixedDistribution {
  checkKeys(spec, ['mean', 'sd', 'min', 'max']);
  const mean = readQuantity(spec, 'mean');
  const sd = readQuantity(spec, 'sd');
  checkSpread(spec, 'sd', sd);
  const min = readOptionalQuantity(spec, 'min') ?? -Infinity;
  const max = readOptionalQuantity(spec, 'max') ?? Infinity;
  if (min > -Infinity && max < Infinity) checkOrdered(spec, 'min', min, 'max', max);
  if (min === max) return fixedDistribution(min, 'normal');
  if (sd === 0 && (mean < min || mean > max)) {
    throw new InputError({
      path: `${spec.path}.mean`,
      received: spec.raw.mean,
      problem: 'is outside [min, max] with sd = 0',
      expected: 'a constant (sd = 0) inside its bounds',
      fix: 'give an sd > 0, or move the mean inside [min, max]',
    });
  }
  if (sd === 0) return fixedDistribution(mean, 'normal');
  const d = frozen<NormalDistribution>({ kind: 'normal', mean, sd, min, max });
  if (!(truncation(d).mass > 0)) {
    throw new InputError({
      path: spec.path,
      received: spec.raw,
      problem: 'puts no probability in [min, max]',
      expected: 'bounds within about 37 sd of the mean, where a float64 normal has mass',
      fix: 'check the units of mean, sd and the bounds',
    });
  }
  return d;
}

/**
 * Normal(μ, σ) truncated to [min, max]. Mean μ + σ(φ(α) − φ(β))/Z and
 * variance σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²] with
 * Z = Φ(β) − Φ(α) (Johnson, Kotz & Balakrishnan 1994, §10.1). Quantile by
 * inverse CDF of Φ(α) + u·Z (or of the upper-tail complement
 * Q(α) − u·(Q(α) − Q(β)) when the interval lies above the mean), with
 * Φ by Cody's ANORM and Φ⁻¹ by Wichura's AS 241.
 * @internal
 */
export const normalFamily: Family<NormalDistribution> = {
  mean: (d) => {
    if (!isTruncated(d)) return d.mean;
    const t = truncation(d);
    return d.mean + (d.sd * (normalPdf(t.alpha) - normalPdf(t.beta))) / t.mass;
  },
  variance: (d) => {
    if (!isTruncated(d)) return d.sd * d.sd;
    const t = truncation(d);
    const shift = (normalPdf(t.alpha) - normalPdf(t.beta)) / t.mass;
    return d.sd * d.sd * (1 + (zPdf(t.alpha) - zPdf(t.beta)) / t.mass - shift * shift);
  },
  support: (d) => [d.min, d.max],
  cdf: (d, x) => {
    if (x <= d.min) return 0;
    if (x >= d.max) return 1;
    const z = (x - d.mean) / d.sd;
    if (!isTruncated(d)) return standardNormalCdf(z);
    const t = truncation(d);
    return t.upper ? (t.pLo - standardNormalCdf(-z)) / t.mass : (standardNormalCdf(z) - t.pLo) / t.mass;
  },
  quantile: (d) => {
    const form = normalForm(d);
    if (form !== undefined) return compileQuantile(form);
    const t = truncation(d);
    return (u) => {
      if (u === 0) return d.min; // exact ends, free of Φ⁻¹(Φ(α)) round-off
      if (u === 1) return d.max;
      const z = t.upper ? -standardNormalPpf(t.pLo - u * t.mass) : standardNormalPpf(t.pLo + u * t.mass);
      return clampToSupport(d.mean + d.sd * z, d.min, d.max);
    };
  },
  quantileForm: normalForm,
  describe: (d) => {
    const base = `normal(${formatParameter(d.mean)}, ${formatParameter(d.sd)})`;
    if (!isTruncated(d)) return base;
    return `${base} truncated to [${formatParameter(d.min)}, ${formatParameter(d.max)}]`;
  },
};
