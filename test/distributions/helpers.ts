/**
 * Test helpers written independently of src/distributions: a standard normal
 * CDF by Marsaglia's series, the Kolmogorov–Smirnov statistic, sample
 * moments and Spearman's rank correlation.
 */

/**
 * Φ(x) by Marsaglia's Taylor series (G. Marsaglia, "Evaluating the normal
 * distribution", J. Stat. Softw. 11(4), 2004):
 * Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + …). All terms are positive, so
 * the sum is accurate to ~1e−15 absolute for |x| ≤ 8; beyond, Φ is 0 or 1
 * to within 1e−15. A different algorithm from the library's (Cody's ANORM).
 */
export function marsagliaPhi(x: number): number {
  if (x < -8) return 0;
  if (x > 8) return 1;
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let k = 3; sum + term !== sum; k += 2) {
    term *= x2 / k;
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * x2 - 0.91893853320467274178); // ln √(2π)
}

/**
 * The Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)| of a sample
 * against a CDF. The sample is copied and sorted.
 */
export function ksStatistic(sample: Float64Array, cdf: (x: number) => number): number {
  const x = Float64Array.from(sample).sort();
  const n = x.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(x[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Critical value of D at α = 0.001 for large n: 1.9495/√n (Smirnov's asymptotic distribution). */
export const ksCritical = (n: number): number => 1.9495 / Math.sqrt(n);

/** Sample mean and (n − 1) variance in float64, two-pass. */
export function sampleMoments(x: ArrayLike<number>): { mean: number; variance: number } {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  const mean = s / x.length;
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += (x[i] - mean) * (x[i] - mean);
  return { mean, variance: ss / (x.length - 1) };
}

/** Ranks 1..n of distinct values. */
function ranks(x: Float64Array): Float64Array {
  const order = Array.from(x.keys()).sort((i, j) => x[i] - x[j]);
  const r = new Float64Array(x.length);
  order.forEach((idx, k) => (r[idx] = k + 1));
  return r;
}

/** Spearman's rank correlation: Pearson's r of the ranks. */
export function spearman(a: Float64Array, b: Float64Array): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const ma = sampleMoments(ra).mean;
  const mb = sampleMoments(rb).mean;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (ra[i] - ma) * (rb[i] - mb);
    saa += (ra[i] - ma) ** 2;
    sbb += (rb[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}
