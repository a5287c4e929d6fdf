import { regularizedBeta } from './incomplete-beta.js';
import { logBeta } from './log-gamma.js';

/** Newton/bisection iteration cap; a good start converges in well under 20. */
const MAX_STEPS = 200;
/** Stop when a step is below this fraction of x (about 4.5 ulp). */
const REL_TOL = 1e-15;

/**
 * A starting point for the inverse of I_x(a, b), from Press et al.,
 * Numerical Recipes 3rd ed. (2007) §6.14.10 `invbetai` (after Abramowitz &
 * Stegun 26.5.22 for a, b ≥ 1; a power-law tail otherwise).
 */
function initialGuess(u: number, a: number, b: number): number {
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = u < 0.5 ? u : 1 - u;
    const t = Math.sqrt(-2 * Math.log(pp));
    // Abramowitz & Stegun 26.2.22 rational approximation of the normal quantile.
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (u < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const t = Math.exp(a * Math.log(a / (a + b))) / a;
    const v = Math.exp(b * Math.log(b / (a + b))) / b;
    const w = t + v;
    x = u < t / w ? Math.pow(a * w * u, 1 / a) : 1 - Math.pow(b * w * (1 - u), 1 / b);
  }
  return x > 0 && x < 1 ? x : 0.5;
}

/**
 * The inverse of the regularised incomplete beta function: the x in [0, 1]
 * with I_x(a, b) = u, i.e. the u-quantile of Beta(a, b). Newton's method on
 * ln I_x(a, b) − ln u in ln x, safeguarded by (geometric) bisection inside
 * a bracket that every step narrows, from the starting point of Numerical
 * Recipes (Press et al. 2007 §6.14). For u > 1/2 it solves the mirrored
 * problem 1 − I⁻¹(1 − u; b, a) so that upper quantiles keep their relative
 * accuracy. Converges to about 1e−15 relative in x; |I_x − u| is then at
 * the level of rounding (≤ 1e−12).
 *
 * @param u - a probability in [0, 1] (0 and 1 give 0 and 1)
 * @param a - first shape parameter, > 0
 * @param b - second shape parameter, > 0
 * @internal
 */
export function inverseRegularizedBeta(u: number, a: number, b: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  if (u > 0.5) return 1 - inverseRegularizedBeta(1 - u, b, a);
  const lnB = logBeta(a, b);
  const lnU = Math.log(u);
  let lo = 0;
  let hi = 1;
  let x = initialGuess(u, a, b);
  for (let step = 0; step < MAX_STEPS; step++) {
    const cdf = regularizedBeta(x, a, b, lnB);
    if (cdf === u) return x;
    if (cdf < u) lo = x;
    else hi = x;
    // Newton on g(t) = ln I_x − ln u in t = ln x: g'(t) = x·pdf(x) / I_x.
    // Since u ≤ 1/2 here and I_x ≈ C·x^a near 0, g is nearly linear in t
    // over many decades, where plain Newton on I_x − u crawls.
    const logXDensity = a * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB;
    let next = x * Math.exp(-((Math.log(cdf) - lnU) * cdf) / Math.exp(logXDensity));
    if (Math.abs(next - x) <= REL_TOL * x) return next;
    if (!(next > lo && next < hi)) {
      // Geometric bisection (√lo·√hi: lo·hi may underflow) while the bracket
      // spans more than a factor 2; without a lower bracket, step down 2^16.
      if (lo > 0) next = hi > 2 * lo ? Math.sqrt(lo) * Math.sqrt(hi) : 0.5 * (lo + hi);
      else next = hi / 65536;
      if (next === lo || next === hi) return next; // the bracket cannot shrink further
    }
    x = next;
  }
  return x;
}
