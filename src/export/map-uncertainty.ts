import { describeDistribution, isUncertain, normalCdf, type Distribution, type NormalDistribution } from '../distributions/index.js';
import type { Param } from '../system/index.js';
import type { OlcaUncertainty } from './olca-entities.js';

/** One factor of an exchange amount: `param.value ^ exponent`. */
export interface AmountFactor {
  /** The study input. */
  readonly param: Param;
  /** 1 (a quantity) or −1 (a lifetime the amount is spread over). */
  readonly exponent: 1 | -1;
}

/** The amount has no uncertain factor. */
export interface NoUncertainty {
  /** Discriminant. */
  readonly kind: 'none';
}

/** The amount's distribution is one of openLCA's. */
export interface MappedUncertainty {
  /** Discriminant. */
  readonly kind: 'mapped';
  /** The openLCA distribution. */
  readonly uncertainty: OlcaUncertainty;
  /** The rule applied, in words (for the exchange's description). */
  readonly rule: string;
}

/** The amount's distribution has no openLCA form. */
export interface UnmappableUncertainty {
  /** Discriminant. */
  readonly kind: 'unmappable';
  /** The input whose distribution stops the mapping. */
  readonly param: Param;
  /** Why, naming the input and its distribution. */
  readonly reason: string;
}

/** What became of an amount's uncertainty. */
export type UncertaintyMapping = NoUncertainty | MappedUncertainty | UnmappableUncertainty;

/**
 * Probability a normal's truncation cuts off: the parent's mass outside
 * [min, max]. At most {@link NEGLIGIBLE_TRUNCATION}, the truncated normal is
 * exported as its untruncated parent (the stated approximation rule).
 */
function truncatedMass(d: NormalDistribution): number {
  return normalCdf((d.min - d.mean) / d.sd) + normalCdf(-(d.max - d.mean) / d.sd);
}

/** The largest truncated probability mass exported as an untruncated normal: 1e-6. */
export const NEGLIGIBLE_TRUNCATION = 1e-6;

function scaled(d: Exclude<Distribution, { kind: 'fixed' }>, k: number): OlcaUncertainty | undefined {
  switch (d.kind) {
    case 'uniform':
      return { '@type': 'Uncertainty', distributionType: 'UNIFORM_DISTRIBUTION', minimum: k * d.min, maximum: k * d.max };
    case 'triangular':
      return { '@type': 'Uncertainty', distributionType: 'TRIANGLE_DISTRIBUTION', minimum: k * d.min, mode: k * d.mode, maximum: k * d.max };
    case 'normal':
      return truncatedMass(d) <= NEGLIGIBLE_TRUNCATION ? { '@type': 'Uncertainty', distributionType: 'NORMAL_DISTRIBUTION', mean: k * d.mean, sd: k * d.sd } : undefined;
    case 'lognormal':
      return { '@type': 'Uncertainty', distributionType: 'LOG_NORMAL_DISTRIBUTION', geomMean: k * Math.exp(d.mu), geomSd: Math.exp(d.sigma) };
    default:
      return undefined; // beta (PERT) and discrete have no openLCA form
  }
}

const WHY: Readonly<Record<string, string>> = {
  normal: `its truncation cuts off more than ${NEGLIGIBLE_TRUNCATION} of the probability, and the exported normals are untruncated`,
  beta: 'the exported distributions (lognormal, normal, uniform, triangular) include no beta or PERT',
  discrete: 'the exported distributions (lognormal, normal, uniform, triangular) include no discrete one',
};

/**
 * Map the uncertainty of an exchange amount `scale × Π param^exponent` to
 * one of openLCA's four distributions, exactly (never by fitting):
 *
 * - no uncertain factor: no uncertainty;
 * - one uncertain quantity (exponent 1), the rest constant (k = the
 *   constant part): uniform → `UNIFORM_DISTRIBUTION` (k·min, k·max);
 *   triangular → `TRIANGLE_DISTRIBUTION` (k·min, k·mode, k·max); normal →
 *   `NORMAL_DISTRIBUTION` (k·mean, k·sd of the parent) when its truncation
 *   cuts off at most {@link NEGLIGIBLE_TRUNCATION} of the probability (the
 *   one approximation, stated in the rule); lognormal →
 *   `LOG_NORMAL_DISTRIBUTION` (geomMean k·e^μ, geomSd e^σ);
 * - lognormal factors only, independent (no rank correlation, no shared
 *   draw between them), any exponents: their product is lognormal, geomMean
 *   k·exp(Σ exponent·μ), geomSd exp(√Σσ²);
 * - anything else (a normal truncated further in, beta/PERT, discrete, the reciprocal of
 *   a non-lognormal lifetime, a product of non-lognormals, correlated
 *   factors) is `unmappable`, naming the input and why.
 *
 * @param scale - the constant multiplier (> 0): counts of parts and servers
 * @param factors - the study inputs in the amount
 * @param correlated - whether two inputs (by path) are rank-correlated in the study
 * @returns the mapping, with the rule applied or the reason it cannot be mapped
 * @example
 * const p = { path: 'd', kind: 'area', unit: 'cm²', value: 2, status: 'input', distribution: { kind: 'uniform', min: 1, max: 3 } } as const;
 * mapUncertainty(10, [{ param: p, exponent: 1 }], () => false); // => { kind: 'mapped', uncertainty: { '@type': 'Uncertainty', distributionType: 'UNIFORM_DISTRIBUTION', minimum: 10, maximum: 30 }, rule: 'd: uniform, scaled by 10' }
 */
export function mapUncertainty(scale: number, factors: readonly AmountFactor[], correlated: (a: string, b: string) => boolean): UncertaintyMapping {
  const uncertain = factors.filter((f) => isUncertain(f.param.distribution));
  if (uncertain.length === 0) return { kind: 'none' };
  let k = scale;
  for (const f of factors) if (!uncertain.includes(f)) k *= f.param.value ** f.exponent;
  if (k === 0) return { kind: 'none' };
  const d0 = uncertain[0].param.distribution as Exclude<Distribution, { kind: 'fixed' }>;
  const unmappable = (param: Param, reason: string): UncertaintyMapping => ({ kind: 'unmappable', param, reason: `${param.path} is ${describeDistribution(param.distribution as Distribution, param.unit)}: ${reason}` });
  if (uncertain.length === 1 && uncertain[0].exponent === 1) {
    const u = scaled(d0, k);
    const approx = d0.kind === 'normal' && (d0.min > -Infinity || d0.max < Infinity) ? ` (truncation to [${d0.min}, ${d0.max}] dropped: it cuts off ${truncatedMass(d0).toPrecision(2)} ≤ ${NEGLIGIBLE_TRUNCATION} of the probability)` : '';
    return u === undefined ? unmappable(uncertain[0].param, WHY[d0.kind] ?? 'no openLCA form') : { kind: 'mapped', uncertainty: u, rule: `${uncertain[0].param.path}: ${d0.kind}, scaled by ${k}${approx}` };
  }
  const notLog = uncertain.find((f) => f.param.distribution?.kind !== 'lognormal');
  if (notLog) {
    const reason = uncertain.length === 1
      ? 'the amount divides by it, and the reciprocal of this distribution is none of the exported ones (only a lognormal stays lognormal)'
      : `the amount is a product of ${uncertain.length} uncertain inputs (${uncertain.map((f) => f.param.path).join(', ')}), which is one of the exported distributions only when all are lognormal`;
    return unmappable(notLog.param, reason);
  }
  for (let i = 0; i < uncertain.length; i++) {
    for (let j = i + 1; j < uncertain.length; j++) {
      const a = uncertain[i].param;
      const b = uncertain[j].param;
      if (correlated(a.path, b.path) || (a.shared !== undefined && a.shared === b.shared)) {
        return unmappable(a, `it is correlated with ${b.path}, and openLCA and Brightway sample exchanges independently`);
      }
    }
  }
  let mu = 0;
  let variance = 0;
  for (const f of uncertain) {
    const d = f.param.distribution as { mu: number; sigma: number };
    mu += f.exponent * d.mu;
    variance += d.sigma * d.sigma;
  }
  return {
    kind: 'mapped',
    uncertainty: { '@type': 'Uncertainty', distributionType: 'LOG_NORMAL_DISTRIBUTION', geomMean: k * Math.exp(mu), geomSd: Math.exp(Math.sqrt(variance)) },
    rule: `product of independent lognormals ${uncertain.map((f) => `${f.param.path}^${f.exponent}`).join(' × ')}, scaled by ${k}`,
  };
}
