/**
 * The per-row terms of the Sobol estimators of {@link sobolEstimates}, so
 * that each bootstrap resample is a set of weighted sums Σⱼ wⱼ·tⱼ (the
 * resample's counts times the terms) instead of a pass over the raw outputs.
 * With a = f(A) − c, b = f(B) − c, abᵢ = f(ABᵢ) − c, baᵢ = f(BAᵢ) − c for
 * base row j, the columns are:
 * - 0: a + b; 1: a² + b² (mean and variance);
 * - 2 + i: b·(abᵢ − a) (first order, Saltelli et al. 2010);
 * - 2 + d + i: (a − abᵢ)² (total order, Jansen 1999);
 * - with second order, 2 + 2d + pair(i, k) for i < k: baᵢ·abₖ − a·b
 *   (Saltelli 2002), pairs in the order (0,1), (0,2) … (d−2, d−1).
 */

/** Number of term columns: 2d + 2, plus d(d − 1)/2 pairs with second order. @internal */
export function sobolTermCount(d: number, secondOrder: boolean): number {
  return 2 * d + 2 + (secondOrder ? (d * (d - 1)) / 2 : 0);
}

/**
 * Write term columns `[from, to)` of one output (layout of `y`: blocks of n
 * values A, B, AB₀ … AB_{d−1}, then BA₀ … with second order) into `out`,
 * column-major: column c at `(c − from)·n`.
 * @internal
 */
export function sobolTermColumns(y: Float64Array, n: number, d: number, centre: number, from: number, to: number, out: Float64Array): void {
  for (let c = from; c < to; c += 1) {
    const o = (c - from) * n;
    if (c < 2) {
      for (let j = 0; j < n; j += 1) {
        const a = (y[j]) - centre;
        const b = (y[n + j]) - centre;
        out[o + j] = c === 0 ? a + b : a * a + b * b;
      }
    } else if (c < 2 + 2 * d) {
      const i = (c - 2) % d;
      const ab = (2 + i) * n;
      const first = c < 2 + d;
      for (let j = 0; j < n; j += 1) {
        const a = (y[j]) - centre;
        const abi = (y[ab + j]) - centre;
        out[o + j] = first ? ((y[n + j]) - centre) * (abi - a) : (a - abi) * (a - abi);
      }
    } else {
      const [i, k] = pairOf(c - 2 - 2 * d, d);
      const ba = (2 + d + i) * n;
      const ab = (2 + k) * n;
      for (let j = 0; j < n; j += 1) {
        const a = (y[j]) - centre;
        const b = (y[n + j]) - centre;
        out[o + j] = ((y[ba + j]) - centre) * ((y[ab + j]) - centre) - a * b;
      }
    }
  }
}

/** The pair (i, k), i < k, of pair column p (0-based, row-major over i). */
function pairOf(p: number, d: number): [number, number] {
  let i = 0;
  let left = p;
  while (left >= d - 1 - i) {
    left -= d - 1 - i;
    i += 1;
  }
  return [i, i + 1 + left];
}

/**
 * Indices of one resample from its weighted term sums (`sums[at + c]`, the
 * columns above) and the total weight n: S1 into `out[0 … d)`, ST into
 * `out[d … 2d)`, and with second order S2ᵢₖ into `out[2d + i·d + k]` and
 * `out[2d + k·d + i]` — the formulas of {@link sobolEstimates}. A resample
 * whose output variance is 0 gives every index 0.
 * @internal
 */
export function sobolFromSums(sums: Float64Array, at: number, n: number, d: number, secondOrder: boolean, out: Float64Array, outAt: number): void {
  const mean = (sums[at]) / (2 * n);
  const variance = Math.max(0, (sums[at + 1]) / (2 * n) - mean * mean);
  const width = secondOrder ? 2 * d + d * d : 2 * d;
  if (variance === 0) {
    out.fill(0, outAt, outAt + width);
    return;
  }
  for (let i = 0; i < d; i += 1) {
    out[outAt + i] = (sums[at + 2 + i]) / n / variance;
    out[outAt + d + i] = (sums[at + 2 + d + i]) / (2 * n) / variance;
  }
  if (!secondOrder) return;
  let p = at + 2 + 2 * d;
  for (let i = 0; i < d; i += 1) {
    out[outAt + 2 * d + i * d + i] = 0;
    for (let k = i + 1; k < d; k += 1) {
      const s = (sums[p]) / n / variance - (out[outAt + i]) - (out[outAt + k]);
      out[outAt + 2 * d + i * d + k] = s;
      out[outAt + 2 * d + k * d + i] = s;
      p += 1;
    }
  }
}
