import { InputError } from '../errors/index.js';
import { FixedHistogram } from './fixed-histogram.js';
import { RunningMoments } from './running-moments.js';
import {
  checkSomeFinite, checkSummaryArgs, DEFAULT_PERCENTILES, makeSummary, percentileKey,
  type Summary, type SummaryOptions,
} from './summary.js';

/**
 * The {@link Summary} of a streamed run: mean, sd, min and max from the
 * moments (exact to rounding), percentiles from the histogram (each within
 * its `maxError`, at most one bin width while inside [lo, hi)). The two must
 * have been fed the same samples.
 *
 * `quantileMaxError` is the largest error bound over the reported
 * percentiles; `percentilesOutOfRange` lists those that fell in the
 * histogram's under- or overflow (report them as such: their bound is
 * [min, lo] or [hi, max]).
 *
 * @param moments - the run's moments
 * @param histogram - the run's histogram
 * @param percentiles - percentiles to report, in percent; default {@link DEFAULT_PERCENTILES}
 * @param options - `displayBins` (default 64)
 * @returns a {@link Summary} with `quantileMethod: 'histogram'`
 * @throws {@link InputError} when the two saw different numbers of samples, a percentile is not in [0, 100], or no sample is finite
 * @example
 * const m = new RunningMoments();
 * const h = new FixedHistogram({ lo: 0, hi: 4, bins: 4 });
 * const x = new Float64Array([0.5, 1.5, 2.5, 3.5]);
 * m.add(x);
 * h.add(x);
 * const s = summarizeStream(m, h, [50]);
 * s.mean; // => 2
 * s.percentiles; // => { p50: 2 }
 * s.quantileMaxError; // => 1
 * s.histogram.counts; // => [1, 1, 1, 1]
 */
export function summarizeStream(
  moments: RunningMoments,
  histogram: FixedHistogram,
  percentiles: readonly number[] = DEFAULT_PERCENTILES,
  options: SummaryOptions = {},
): Summary {
  if (!(moments instanceof RunningMoments)) {
    throw new InputError({ path: 'moments', received: moments, expected: 'a RunningMoments', fix: 'pass the accumulator the samples were added to' });
  }
  if (!(histogram instanceof FixedHistogram)) {
    throw new InputError({ path: 'histogram', received: histogram, expected: 'a FixedHistogram', fix: 'pass the histogram the samples were added to' });
  }
  const displayBins = checkSummaryArgs(percentiles, options);
  const m = moments.snapshot();
  if (histogram.count !== m.count || histogram.nonFiniteCount !== m.nonFinite.count) {
    throw new InputError({
      path: 'histogram', received: `${histogram.count} finite samples`, expected: `${m.count}, as many as the moments saw`,
      problem: 'does not match the moments', fix: 'add every chunk to both, or use StreamingSummary',
    });
  }
  checkSomeFinite(m.count, m.nonFinite, 'moments');
  const values: Record<string, number> = {};
  const outOfRange: string[] = [];
  let maxError = 0;
  for (const p of percentiles) {
    const q = histogram.quantile(p / 100);
    const key = percentileKey(p);
    values[key] = q.value;
    maxError = Math.max(maxError, q.maxError);
    if (!q.inRange && !q.exact) outOfRange.push(key);
  }
  return makeSummary(m, values, histogram.binsForDisplay(displayBins), {
    quantileMethod: 'histogram',
    quantileMaxError: maxError,
    percentilesOutOfRange: Object.freeze(outOfRange),
  });
}
