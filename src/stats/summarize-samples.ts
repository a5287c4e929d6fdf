import { InputError } from '../errors/index.js';
import { constantRange } from './choose-pilot-range.js';
import type { DisplayHistogram } from './display-bins.js';
import { RunningMoments } from './running-moments.js';
import { sortedQuantile } from './sorted-quantile.js';
import {
  checkSomeFinite, checkSummaryArgs, DEFAULT_PERCENTILES, makeSummary, percentileKey,
  type Summary, type SummaryOptions,
} from './summary.js';

/**
 * n equally wide bins over [min, max]; the last bin also holds max. One bin
 * when the range is too narrow for n distinct float64 edges.
 */
function exactDisplay(sorted: Float64Array, wanted: number): DisplayHistogram {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const [lo, hi] = min === max ? constantRange(min) : [min, max];
  const n = lo + (hi - lo) / wanted > lo ? wanted : 1;
  const width = (hi - lo) / n;
  const edges = Array.from({ length: n + 1 }, (_, i) => (i === n ? hi : lo + i * width));
  const counts = new Array<number>(n).fill(0);
  for (const x of sorted) {
    const j = Math.floor((x - lo) / width);
    counts[j < n ? j : n - 1] += 1;
  }
  return Object.freeze({ edges, counts, underflow: 0, overflow: 0 });
}

/**
 * Exact statistics of samples held in memory: moments as {@link RunningMoments}
 * computes them, and percentiles from a sorted float64 copy by linear
 * interpolation between order statistics (Hyndman & Fan type 7, as numpy's
 * default and simple-statistics' `quantileSorted`; see {@link sortedQuantile}).
 * Non-finite samples are counted and excluded. Sorting costs about 0.1 s per
 * million samples: for streams, use {@link StreamingSummary}.
 *
 * @param samples - the samples (not modified)
 * @param percentiles - percentiles to report, in percent; default {@link DEFAULT_PERCENTILES}
 * @param options - `displayBins` (default 64)
 * @returns a {@link Summary} with `quantileMethod: 'exact'`
 * @throws {@link InputError} when samples is not an array, a percentile is not in [0, 100], displayBins is not an integer ≥ 1, or no sample is finite
 * @example
 * const s = summarizeSamples([4, 1, 3, 2, NaN], [25, 50]);
 * s.percentiles; // => { p25: 1.75, p50: 2.5 }
 * s.mean; // => 2.5
 * s.sd; // => Math.sqrt(5 / 3)
 * s.nonFinite; // => { count: 1, firstIndex: 4 }
 */
export function summarizeSamples(
  samples: readonly number[] | Float32Array | Float64Array,
  percentiles: readonly number[] = DEFAULT_PERCENTILES,
  options: SummaryOptions = {},
): Summary {
  if (!Array.isArray(samples) && !(samples instanceof Float32Array) && !(samples instanceof Float64Array)) {
    throw new InputError({ path: 'samples', received: samples, expected: 'an array, Float32Array or Float64Array of numbers', fix: 'pass the samples as an array' });
  }
  const displayBins = checkSummaryArgs(percentiles, options);
  const all = Float64Array.from(samples as ArrayLike<number>);
  const moments = new RunningMoments();
  moments.add(all, 0);
  const m = moments.snapshot();
  checkSomeFinite(m.count, m.nonFinite, 'samples');
  const sorted = m.nonFinite.count > 0 ? all.filter((x) => Number.isFinite(x)).sort() : all.sort();
  const values: Record<string, number> = {};
  for (const p of percentiles) values[percentileKey(p)] = sortedQuantile(sorted, p / 100);
  return makeSummary(m, values, exactDisplay(sorted, displayBins), { quantileMethod: 'exact' });
}
