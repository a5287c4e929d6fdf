import { InputError } from '../errors/index.js';
import { checkPositive, checkSpread } from './check-order.js';
import { compileQuantile } from './compile-quantile.js';
import type { Family } from './family.js';
import { formatParameter, frozen } from './family.js';
import { fixedDistribution } from './fixed.js';
import { standardNormalCdf } from './normal-cdf.js';
import { Q, type QuantileForm } from './quantile-form.js';
import { SPEC_FORMS, checkKeys, readPlain, readQuantity, type SpecReader } from './read-spec.js';
import type { FixedDistribution, LognormalDistribution } from './types.js';

/** The three explicit forms, each a pair of keys. */
const FORMS: ReadonlyArray<readonly [string, string]> = [
  ['median', 'gsd'],
  ['mu', 'sigma'],
  ['mean', 'sd'],
];

/** A hint for the mixed forms users actually write. */
function mixedFormFix(keys: readonly string[]): string {
  if (keys.includes('sigma') && (keys.includes('median') || keys.includes('mean'))) {
    return 'sigma is the log-space sd: write {median, gsd} with gsd = exp(sigma) (sigma 0.405 → gsd 1.5), or {mu, sigma} with mu = ln(median)';
  }
  if (keys.includes('gsd') && keys.includes('mu')) {
    return 'gsd goes with a median: write {median: exp(mu), gsd}, or {mu, sigma} with sigma = ln(gsd)';
  }
  return 'give exactly one of the three pairs; gsd = exp(sigma) and median = exp(mu)';
}

/**
 * Read a lognormal in exactly one of three explicit forms:
 * `{median, gsd}` (gsd ≥ 1), `{mu, sigma}` (log space; mu may be negative,
 * sigma ≥ 0) or `{mean, sd}` (arithmetic; mean > 0, converted by
 * σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2). Mixed forms are refused;
 * gsd = 1, sigma = 0 or sd = 0 make a constant.
 * @internal
 */
export function parseLognormal(spec: SpecReader): LognormalDistribution | FixedDistribution {
  checkKeys(spec, ['median', 'gsd', 'mu', 'sigma', 'mean', 'sd']);
  const keys = Object.keys(spec.raw).filter((k) => k !== 'dist' && spec.raw[k] !== undefined);
  const form = FORMS.find(([a, b]) => keys.length === 2 && keys.includes(a) && keys.includes(b));
  if (form === undefined) {
    throw new InputError({
      path: spec.path,
      received: spec.raw,
      problem: keys.length === 0 ? 'has no lognormal parameters' : `mixes lognormal parameters (${keys.join(', ')})`,
      expected: SPEC_FORMS.lognormal,
      fix: mixedFormFix(keys),
    });
  }
  let mu: number;
  let sigma: number;
  if (form[0] === 'median') {
    const median = readQuantity(spec, 'median');
    checkPositive(spec, 'median', median, 'a lognormal median is a positive value of the quantity; check the sign and unit');
    const gsd = readPlain(spec, 'gsd', {
      min: 1,
      fix: 'gsd is a ratio ≥ 1 such as 1.5 (68 % of values lie in [median/gsd, median·gsd]); a log-space spread belongs in {mu, sigma}',
    });
    if (gsd === 1) return fixedDistribution(median, 'lognormal');
    mu = Math.log(median);
    sigma = Math.log(gsd);
  } else if (form[0] === 'mu') {
    mu = readPlain(spec, 'mu');
    sigma = readPlain(spec, 'sigma', { min: 0, fix: 'sigma is the sd of ln(x), ≥ 0; sigma = 0 makes a constant' });
    if (sigma === 0) return fixedDistribution(Math.exp(mu), 'lognormal');
  } else {
    const mean = readQuantity(spec, 'mean');
    checkPositive(spec, 'mean', mean, 'the arithmetic mean of a lognormal must be > 0; for a log-space mean write {mu, sigma}, and for a quantity that can be negative use a normal');
    const sd = readQuantity(spec, 'sd');
    checkSpread(spec, 'sd', sd);
    if (sd === 0) return fixedDistribution(mean, 'lognormal');
    const cv = sd / mean;
    const variance = Math.log1p(cv * cv); // σ² = ln(1 + cv²)
    mu = Math.log(mean) - variance / 2;
    sigma = Math.sqrt(variance);
  }
  return frozen<LognormalDistribution>({ kind: 'lognormal', mu, sigma });
}

/** x(u) = exp(μ + σ·Φ⁻¹(u)), the one definition the host and the kernels share. */
const lognormalForm = (d: LognormalDistribution): QuantileForm => Q.exp(Q.add(Q.literal(d.mu), Q.mul(Q.literal(d.sigma), Q.normalPpf(Q.u))));

/**
 * Lognormal(μ, σ): mean exp(μ + σ²/2), variance (exp(σ²) − 1)·exp(2μ + σ²)
 * (with expm1 for small σ), median exp(μ), F(x) = Φ((ln x − μ)/σ), quantile
 * exp(μ + σΦ⁻¹(u)) (Aitchison & Brown, The Lognormal Distribution, 1957).
 * @internal
 */
export const lognormalFamily: Family<LognormalDistribution> = {
  mean: (d) => Math.exp(d.mu + (d.sigma * d.sigma) / 2),
  variance: (d) => Math.expm1(d.sigma * d.sigma) * Math.exp(2 * d.mu + d.sigma * d.sigma),
  support: () => [0, Infinity],
  cdf: (d, x) => (x <= 0 ? 0 : standardNormalCdf((Math.log(x) - d.mu) / d.sigma)),
  quantile: (d) => compileQuantile(lognormalForm(d)),
  quantileForm: lognormalForm,
  describe: (d) => `lognormal(median ${formatParameter(Math.exp(d.mu))}, gsd ${formatParameter(Math.exp(d.sigma))})`,
};
