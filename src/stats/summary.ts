import { InputError } from '../errors/index.js';
import { checkCount, checkNumber } from '../validate/index.js';
import type { DisplayHistogram } from './display-bins.js';
import type { MomentsSnapshot, NonFiniteReport } from './running-moments.js';

/**
 * Percentiles reported by default, in percent: 2.5, 5, 25, 50, 75, 95, 97.5
 * (the 95 % and 90 % central intervals, the quartiles and the median).
 *
 * @example
 * DEFAULT_PERCENTILES.map(percentileKey); // => ['p2.5', 'p5', 'p25', 'p50', 'p75', 'p95', 'p97.5']
 */
export const DEFAULT_PERCENTILES: readonly number[] = Object.freeze([2.5, 5, 25, 50, 75, 95, 97.5]);

/**
 * Most display bins in a summary's histogram by default (a chart choice: 64
 * bars fit the 640 px wide histogram chart).
 *
 * @example
 * DEFAULT_DISPLAY_BINS; // => 64
 */
export const DEFAULT_DISPLAY_BINS = 64;

/**
 * The key of a percentile in {@link Summary.percentiles}: `p` and the percent
 * as JavaScript writes the number.
 *
 * @param percent - a percentile in [0, 100]
 * @example
 * percentileKey(97.5); // => 'p97.5'
 */
export function percentileKey(percent: number): string {
  return `p${String(percent)}`;
}

/** What the Monte Carlo engine reports for one output. */
export interface Summary {
  /** Finite samples the statistics are of. */
  readonly count: number;
  /** Arithmetic mean. */
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator); NaN when count is 1. */
  readonly sd: number;
  /** Standard error of the mean, sd / √count. */
  readonly standardError: number;
  /** Exact smallest finite sample. */
  readonly min: number;
  /** Exact largest finite sample. */
  readonly max: number;
  /** Percentiles by key (`p2.5` … `p97.5`), in the output's unit. */
  readonly percentiles: Readonly<Record<string, number>>;
  /** Display bins for a chart (equally wide). */
  readonly histogram: DisplayHistogram;
  /** NaN and ±Infinity samples, excluded from every statistic above. */
  readonly nonFinite: NonFiniteReport;
  /** `exact`: order statistics of all samples; `histogram`: read from a fixed-bin histogram. */
  readonly quantileMethod: 'exact' | 'histogram';
  /** For `histogram`: the most any reported percentile can be off (≤ one bin width when all are in range). */
  readonly quantileMaxError?: number;
  /** For `histogram`: keys of percentiles that fell outside the histogram's range (their error may exceed a bin width). */
  readonly percentilesOutOfRange?: readonly string[];
}

/** Options of {@link summarizeSamples} and {@link summarizeStream}. */
export interface SummaryOptions {
  /** Most display bins in `histogram`, an integer ≥ 1; default 64. */
  readonly displayBins?: number;
}

/** Check a list of percentiles (each in [0, 100]) and the options. */
export function checkSummaryArgs(percentiles: readonly number[], options: SummaryOptions): number {
  if (!Array.isArray(percentiles)) {
    throw new InputError({ path: 'percentiles', received: percentiles, expected: 'an array of percentiles in [0, 100]', fix: 'e.g. [5, 50, 95]' });
  }
  percentiles.forEach((p, i) => {
    const hint = typeof p === 'number' && p > 0 && p < 1 ? `percentiles are in percent: did you mean ${p * 100}?` : 'write percents such as 2.5 or 97.5';
    checkNumber(p, `percentiles[${i}]`, { min: 0, max: 100, unit: '%', fix: hint });
  });
  return checkCount(options.displayBins ?? DEFAULT_DISPLAY_BINS, 'options.displayBins');
}

/** Refuse to summarize when there is no finite sample, naming the first bad one. */
export function checkSomeFinite(count: number, nonFinite: NonFiniteReport, path: string): void {
  if (count > 0) return;
  throw new InputError({
    path,
    received: nonFinite.count > 0 ? `${nonFinite.count} non-finite samples, the first at index ${nonFinite.firstIndex}` : 'no samples',
    expected: 'at least one finite sample',
    problem: 'cannot be summarized',
    fix: nonFinite.count > 0 ? 'check the model at that sample for a division by zero or a log of a non-positive value' : 'run at least one sample',
  });
}

/** How a {@link Summary}'s percentiles were obtained, with the fields that go with it. */
export type QuantileFields =
  | { readonly quantileMethod: 'exact' }
  | { readonly quantileMethod: 'histogram'; readonly quantileMaxError: number; readonly percentilesOutOfRange: readonly string[] };

/**
 * Assemble a frozen {@link Summary} from a moments snapshot (count, mean, sd,
 * standard error sd/√count, min, max, non-finite report), the percentiles by
 * key, the display histogram and the quantile method; shared by
 * {@link summarizeSamples} and {@link summarizeStream}.
 */
export function makeSummary(m: MomentsSnapshot, percentiles: Record<string, number>, histogram: DisplayHistogram, quantile: QuantileFields): Summary {
  return Object.freeze({
    count: m.count,
    mean: m.mean,
    sd: m.sd,
    standardError: m.sd / Math.sqrt(m.count),
    min: m.min,
    max: m.max,
    percentiles: Object.freeze(percentiles),
    histogram,
    nonFinite: m.nonFinite,
    ...quantile,
  });
}
