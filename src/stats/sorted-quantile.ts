import { InputError } from '../errors/index.js';
import { checkFraction } from '../validate/index.js';

/**
 * Quantile p of an ascending sorted sample by linear interpolation between
 * order statistics — definition 7 of Hyndman & Fan (1996), the default of R's
 * `quantile`, numpy's `percentile` (`method='linear'`) and simple-statistics'
 * `quantileSorted` (7.12): with h = (n − 1)·p, the quantile is
 * x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based. p = 0 gives the minimum,
 * p = 1 the maximum.
 *
 * @param sorted - finite samples in ascending order (not checked: sort first)
 * @param p - probability in [0, 1]
 * @returns the quantile, in the samples' unit
 * @throws {@link InputError} when p is not in [0, 1] or the sample is empty
 * @example
 * // h = (4 − 1)·0.25 = 0.75: 1 + 0.75·(2 − 1)
 * sortedQuantile([1, 2, 3, 4], 0.25); // => 1.75
 * sortedQuantile(new Float64Array([10, 20, 30, 40, 50]), 0.1); // => 14
 */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number {
  checkFraction(p, 'p');
  const n = sorted.length;
  if (n === 0) {
    throw new InputError({ path: 'sorted', received: 'an empty array', expected: 'at least one sample', fix: 'quantiles need one sample or more' });
  }
  const h = (n - 1) * p;
  const j = Math.floor(h);
  const f = h - j;
  const a = sorted[j];
  if (f === 0) return a;
  const b = sorted[j + 1];
  return a + f * (b - a);
}
