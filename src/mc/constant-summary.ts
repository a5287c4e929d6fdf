import { DEFAULT_PERCENTILES, percentileKey, type Summary } from '../stats/index.js';
import { constantRange } from '../stats/choose-pilot-range.js';
import { checkSummaryArgs } from '../stats/summary.js';

/**
 * The exact summary of `count` samples all equal to `value` (an output no
 * uncertain input reaches): sd 0, every percentile the value — computed in
 * float64, not read back from a float32 kernel.
 * @throws {@link InputError} when a percentile is not in [0, 100] (as {@link summarizeSamples})
 * @example
 * constantSummary(2, 10).percentiles.p50; // => 2
 */
export function constantSummary(value: number, count: number, percentiles: readonly number[] = DEFAULT_PERCENTILES): Summary {
  checkSummaryArgs(percentiles, {});
  const [lo, hi] = constantRange(value);
  const p: Record<string, number> = {};
  for (const q of percentiles) p[percentileKey(q)] = value;
  return {
    count,
    mean: value,
    sd: 0,
    standardError: 0,
    min: value,
    max: value,
    percentiles: p,
    // one display bin over the range summarizeSamples and choosePilotRange give a constant: value ± |value|·2^−20 (± 1 for 0)
    histogram: { edges: [lo, hi], counts: [count], underflow: 0, overflow: 0 },
    nonFinite: { count: 0, firstIndex: null },
    quantileMethod: 'exact',
  };
}
