import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { checkJSONHeader } from './moments-json.js';

/**
 * The JSON form of a {@link FixedHistogram}, for shipping a shard's histogram.
 * Bins are stored sparsely: `binIndex[i]` (strictly increasing) holds
 * `binCount[i]` samples; bins not listed are empty.
 */
export interface HistogramJSON {
  /** Discriminant: always `'ailca.histogram'`. */
  readonly kind: 'ailca.histogram';
  /** Format version: 1. */
  readonly version: 1;
  /** Lower edge of the first bin, in the samples' unit. */
  readonly lo: number;
  /** Upper edge of the last bin (> lo). */
  readonly hi: number;
  /** Number of equally wide bins between lo and hi. */
  readonly bins: number;
  /** Finite samples below lo. */
  readonly underflow: number;
  /** Finite samples at or above hi. */
  readonly overflow: number;
  /** Exact smallest finite sample; null when there is none. */
  readonly min: number | null;
  /** Exact largest finite sample; null when there is none. */
  readonly max: number | null;
  /** NaN and ±Infinity samples seen (not binned). */
  readonly nonFiniteCount: number;
  /** Indices of the non-empty bins, strictly increasing. */
  readonly binIndex: readonly number[];
  /** Samples in each listed bin (≥ 1), aligned with binIndex. */
  readonly binCount: readonly number[];
}

/** The parts of a histogram that its JSON form holds. Internal to `src/stats`. */
export interface HistogramParts {
  readonly lo: number;
  readonly hi: number;
  readonly counts: Float64Array;
  readonly underflow: number;
  readonly overflow: number;
  readonly min: number;
  readonly max: number;
  readonly nonFiniteCount: number;
}

/** Write the JSON form (sparse bins). */
export function histogramToJSON(h: HistogramParts): HistogramJSON {
  const binIndex: number[] = [];
  const binCount: number[] = [];
  h.counts.forEach((c, i) => {
    if (c !== 0) {
      binIndex.push(i);
      binCount.push(c);
    }
  });
  const any = h.min <= h.max;
  return {
    kind: 'ailca.histogram', version: 1, lo: h.lo, hi: h.hi, bins: h.counts.length,
    underflow: h.underflow, overflow: h.overflow,
    min: any ? h.min : null, max: any ? h.max : null,
    nonFiniteCount: h.nonFiniteCount, binIndex, binCount,
  };
}

const FIX = 'pass the object that toJSON() produced, unchanged';
const COUNT = { min: 0, integer: true, fix: FIX } as const;

/**
 * Read a {@link HistogramJSON} back, checking every field; lo, hi and bins
 * are checked by the caller (the histogram's constructor).
 *
 * @throws {@link InputError} naming the first missing or invalid field
 */
export function histogramFromJSON(json: unknown, path: string): HistogramParts & { readonly bins: number } {
  const o = checkJSONHeader(json, path, 'ailca.histogram');
  const bins = checkNumber(o.bins, `${path}.bins`, { min: 1, integer: true, fix: FIX });
  const lo = checkNumber(o.lo, `${path}.lo`, { fix: FIX });
  const hi = checkNumber(o.hi, `${path}.hi`, { fix: FIX });
  const underflow = checkNumber(o.underflow, `${path}.underflow`, COUNT);
  const overflow = checkNumber(o.overflow, `${path}.overflow`, COUNT);
  const nonFiniteCount = checkNumber(o.nonFiniteCount, `${path}.nonFiniteCount`, COUNT);
  const { binIndex, binCount } = o;
  if (!Array.isArray(binIndex) || !Array.isArray(binCount) || binIndex.length !== binCount.length) {
    throw new InputError({ path: `${path}.binIndex`, received: binIndex, expected: 'an array as long as binCount', fix: FIX });
  }
  const counts = new Float64Array(bins);
  let total = underflow + overflow;
  binIndex.forEach((index: unknown, i) => {
    const prev = i > 0 ? (binIndex[i - 1] as number) + 1 : 0;
    const b = checkNumber(index, `${path}.binIndex[${i}]`, { min: prev, max: bins - 1, integer: true, fix: 'indices are increasing bin numbers below bins; ' + FIX });
    counts[b] = checkNumber(binCount[i], `${path}.binCount[${i}]`, { min: 1, integer: true, fix: FIX });
    total += counts[b];
  });
  let min = Infinity;
  let max = -Infinity;
  if (total > 0) {
    min = checkNumber(o.min, `${path}.min`, { fix: FIX });
    max = checkNumber(o.max, `${path}.max`, { min, fix: 'max must be ≥ min; ' + FIX });
  } else if (o.min !== null || o.max !== null) {
    throw new InputError({ path: `${path}.min`, received: o.min, expected: 'null when the histogram holds no finite sample', fix: FIX });
  }
  return { lo, hi, bins, counts, underflow, overflow, min, max, nonFiniteCount };
}
