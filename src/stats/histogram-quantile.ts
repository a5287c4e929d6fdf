import { InputError } from '../errors/index.js';
import { checkFraction } from '../validate/index.js';

/** What the histogram quantile needs to know about a histogram. Internal to `src/stats`. */
export interface HistogramView {
  readonly lo: number;
  readonly hi: number;
  readonly counts: Float64Array;
  readonly underflow: number;
  readonly overflow: number;
  /** Finite samples: underflow + Σ counts + overflow. */
  readonly count: number;
  /** Exact smallest and largest finite sample. */
  readonly min: number;
  readonly max: number;
}

/**
 * A quantile read from a {@link FixedHistogram}, with an interval that holds
 * the exact sample quantile (type 7, the one {@link summarizeSamples} gives).
 */
export interface HistogramQuantile {
  /** The probability asked for, in [0, 1]. */
  readonly p: number;
  /** The estimate: linear interpolation inside the bin; always a finite number. */
  readonly value: number;
  /** The exact sample quantile lies in [lowerBound, upperBound] (up to rounding of bin edges). */
  readonly lowerBound: number;
  /** Upper end of the interval that holds the exact sample quantile. */
  readonly upperBound: number;
  /** upperBound − lowerBound: the most `value` can be off; at most one bin width when `inRange`. */
  readonly maxError: number;
  /**
   * False when the order statistics the quantile needs fell below `lo` or at/above `hi`:
   * the bounds are then [min, lo] or [hi, max] and the error may exceed one bin width.
   * Report such a quantile as out of the histogram's range.
   */
  readonly inRange: boolean;
  /** True when the value is exact (lowerBound = upperBound), e.g. p = 0 (min) or p = 1 (max). */
  readonly exact: boolean;
}

interface RankEstimate {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly inRange: boolean;
}

/** Place rank r of the c samples in [a, b] at a + (b − a)(r + ½)/c. */
function place(a: number, b: number, r: number, c: number, inRange: boolean): RankEstimate {
  return { value: a + ((b - a) * (r + 0.5)) / c, lower: a, upper: b, inRange };
}

/** Where the 0-based order statistic j lies, and an estimate of it. */
function orderStatistic(h: HistogramView, j: number): RankEstimate {
  if (j === 0) return { value: h.min, lower: h.min, upper: h.min, inRange: h.min >= h.lo && h.min < h.hi };
  if (j === h.count - 1) return { value: h.max, lower: h.max, upper: h.max, inRange: h.max >= h.lo && h.max < h.hi };
  if (j < h.underflow) return place(h.min, h.lo, j, h.underflow, false);
  let before = h.underflow;
  const { counts } = h;
  const width = (h.hi - h.lo) / counts.length;
  for (let b = 0; b < counts.length; b += 1) {
    const c = counts[b];
    if (j < before + c) {
      const a = Math.max(h.lo + b * width, h.min);
      const e = Math.min(b === counts.length - 1 ? h.hi : h.lo + (b + 1) * width, h.max);
      return place(a, e, j - before, c, true);
    }
    before += c;
  }
  return place(h.hi, h.max, j - before, h.overflow, false);
}

/**
 * Quantile p of the samples in a histogram, estimating the type-7 sample
 * quantile: with k = (n − 1)·p, f = k − ⌊k⌋, q = (1 − f)·x₍⌊k⌋₎ + f·x₍⌈k⌉₎
 * (0-based order statistics). Each order statistic is placed by linear
 * interpolation inside its bin (the c samples of a bin spread evenly over the
 * bin, clipped to the exact [min, max]), so each is off by less than one bin
 * width, and so is q. Under- and overflow act as one bin [min, lo) or [hi, max].
 *
 * @param h - the histogram
 * @param p - probability in [0, 1]
 * @throws {@link InputError} when p is not in [0, 1] or the histogram is empty
 */
export function histogramQuantile(h: HistogramView, p: number): HistogramQuantile {
  checkFraction(p, 'p');
  if (h.count === 0) {
    throw new InputError({ path: 'histogram', received: 0, expected: 'at least one finite sample', problem: 'is empty', fix: 'add samples before asking for quantiles' });
  }
  const k = (h.count - 1) * p;
  const j0 = Math.floor(k);
  const f = k - j0;
  const a = orderStatistic(h, j0);
  const b = f > 0 ? orderStatistic(h, j0 + 1) : a;
  const lowerBound = (1 - f) * a.lower + f * b.lower;
  const upperBound = (1 - f) * a.upper + f * b.upper;
  return Object.freeze({
    p,
    value: (1 - f) * a.value + f * b.value,
    lowerBound,
    upperBound,
    maxError: upperBound - lowerBound,
    inRange: a.inRange && b.inRange,
    exact: lowerBound === upperBound,
  });
}
