/**
 * The per-sample terms of the first- and total-order Sobol estimators,
 * computed once so that each bootstrap resample is a set of weighted sums
 * (dot products with the resample's counts) instead of a pass over the raw
 * outputs: with a = f(A) − c, b = f(B) − c, abᵢ = f(ABᵢ) − c,
 *   s = a + b, s2 = a² + b², pᵢ = b·(abᵢ − a) (Saltelli et al. 2010),
 *   qᵢ = (a − abᵢ)² (Jansen 1999).
 */
export interface SobolTerms {
  readonly n: number;
  readonly d: number;
  readonly s: Float64Array;
  readonly s2: Float64Array;
  /** pᵢ for input i at [i·n, (i + 1)·n). */
  readonly p: Float64Array;
  /** qᵢ for input i at [i·n, (i + 1)·n). */
  readonly q: Float64Array;
}

/**
 * Precompute the estimator terms of one output (layout of `y`: blocks of n
 * values A, B, AB₀ … AB_{d−1}).
 * @internal
 */
export function sobolTerms(y: Float64Array, n: number, d: number, centre: number): SobolTerms {
  const s = new Float64Array(n);
  const s2 = new Float64Array(n);
  const p = new Float64Array(d * n);
  const q = new Float64Array(d * n);
  for (let j = 0; j < n; j += 1) {
    const a = (y[j] as number) - centre;
    const b = (y[n + j] as number) - centre;
    s[j] = a + b;
    s2[j] = a * a + b * b;
    for (let i = 0; i < d; i += 1) {
      const ab = (y[(2 + i) * n + j] as number) - centre;
      p[i * n + j] = b * (ab - a);
      q[i * n + j] = (a - ab) * (a - ab);
    }
  }
  return { n, d, s, s2, p, q };
}

/**
 * First- and total-order indices for weights `w` (bootstrap counts), written
 * into `S1` and `ST`; returns the weighted output variance (0 → indices 0).
 * @internal
 */
export function weightedSobol(t: SobolTerms, w: Float64Array, S1: Float64Array, ST: Float64Array): number {
  const { n, d, s, s2, p, q } = t;
  let total = 0;
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j += 1) {
    const wj = w[j] as number;
    total += wj;
    sum += wj * (s[j] as number);
    sumSq += wj * (s2[j] as number);
  }
  const mean = sum / (2 * total);
  const variance = Math.max(0, sumSq / (2 * total) - mean * mean);
  if (variance === 0) {
    S1.fill(0);
    ST.fill(0);
    return 0;
  }
  for (let i = 0; i < d; i += 1) {
    const off = i * n;
    let first = 0;
    let tot = 0;
    for (let j = 0; j < n; j += 1) {
      const wj = w[j] as number;
      first += wj * (p[off + j] as number);
      tot += wj * (q[off + j] as number);
    }
    S1[i] = first / total / variance;
    ST[i] = tot / (2 * total) / variance;
  }
  return variance;
}

