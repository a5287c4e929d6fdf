import { drawCounts, percentileInterval } from './bootstrap.js';
import { sobolTerms, weightedSobol } from './sobol-terms.js';
import { sobolEstimates } from './sobol-estimators.js';

/**
 * Percentile-bootstrap the Sobol indices of every output: each resample
 * draws the n base rows with replacement (as counts), recomputes S1, ST and
 * S2 with {@link sobolEstimates} around the same centres, and the interval of
 * each index is read from the resampled values. The same resamples serve
 * every output. Constant outputs are skipped: their intervals are [0, 0].
 *
 * @param ys - each output on the whole Saltelli design
 * @param constant - whether each output is constant
 * @param centres - the centre of each output (its mean over A and B)
 * @param n - base sample count
 * @param d - number of inputs
 * @param secondOrder - whether S2 is estimated
 * @param boot - resamples and confidence level
 * @param uniform - the seeded stream, continued from the design
 * @param signal - checked before each resample
 * @returns `interval(k, column)`: the interval of output k's column, where
 *   columns 0 … d − 1 are S1, d … 2d − 1 are ST and 2d + i·d + j is S2ᵢⱼ
 * @internal
 */
export function bootstrapSobol(
  ys: readonly Float64Array[],
  constant: readonly boolean[],
  centres: readonly number[],
  n: number,
  d: number,
  secondOrder: boolean,
  boot: { readonly resamples: number; readonly confidence: number },
  uniform: () => number,
  signal: AbortSignal | undefined,
): (k: number, column: number) => [number, number] {
  const width = secondOrder ? 2 * d + d * d : 2 * d;
  const draws = ys.map(() => new Float64Array(boot.resamples * width));
  const counts = new Float64Array(n);
  // First and total order: per-sample terms once, then dot products per resample.
  const terms = secondOrder ? undefined : ys.map((y, k) => (constant[k] ? undefined : sobolTerms(y, n, d, centres[k] as number)));
  const S1 = new Float64Array(d);
  const ST = new Float64Array(d);
  for (let r = 0; r < boot.resamples; r += 1) {
    signal?.throwIfAborted();
    drawCounts(uniform, counts);
    ys.forEach((y, k) => {
      if (constant[k]) return;
      const t = terms?.[k];
      if (t !== undefined) {
        weightedSobol(t, counts, S1, ST);
        (draws[k] as Float64Array).set(S1, r * width);
        (draws[k] as Float64Array).set(ST, r * width + d);
        return;
      }
      const e = sobolEstimates(y, n, d, secondOrder, centres[k] as number, counts);
      const out = draws[k] as Float64Array;
      out.set(e.S1, r * width);
      out.set(e.ST, r * width + d);
      if (e.S2 !== undefined) out.set(e.S2, r * width + 2 * d);
    });
  }
  return (k, column) => {
    if (constant[k]) return [0, 0];
    const values = new Float64Array(boot.resamples);
    const all = draws[k] as Float64Array;
    for (let r = 0; r < boot.resamples; r += 1) values[r] = all[r * width + column] as number;
    return percentileInterval(values, boot.confidence);
  };
}
