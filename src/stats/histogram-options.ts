import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';

/**
 * Default number of bins: 2^16 = 65,536 (512 KiB of float64 counts). With the
 * range of {@link choosePilotRange} a bin is a few 10^−4 of the output's
 * interquartile range for normal and mildly lognormal outputs.
 *
 * @example
 * DEFAULT_HISTOGRAM_BINS; // => 65536
 */
export const DEFAULT_HISTOGRAM_BINS = 65536;
/**
 * Most bins allowed: 2^24 = 16,777,216 (128 MiB of float64 counts).
 *
 * @example
 * MAX_HISTOGRAM_BINS === 2 ** 24; // => true
 */
export const MAX_HISTOGRAM_BINS = 16777216;
/** Narrowest bin allowed, relative to max(|lo|, |hi|): 2^−44, about 500 float64 steps, so bin edges stay distinct. */
const MIN_RELATIVE_WIDTH = 2 ** -44;

/** The range and resolution of a {@link FixedHistogram}. */
export interface HistogramOptions {
  /** Lower edge of the first bin, in the output's unit (inclusive). */
  readonly lo: number;
  /** Upper edge of the last bin (exclusive), > lo. */
  readonly hi: number;
  /** Number of equal bins, an integer in [1, 2^24]; default 65,536. */
  readonly bins?: number;
}

/**
 * Check histogram options and fill in the default bins.
 *
 * @param o - the options received
 * @param path - the field path named in errors
 * @throws {@link InputError} when lo or hi is not finite, lo ≥ hi, bins is not an integer in [1, 2^24], or the bins are too narrow for float64 edges
 */
export function checkHistogramOptions(o: HistogramOptions, path: string): Required<HistogramOptions> {
  const lo = checkNumber(o?.lo, `${path}.lo`, { fix: 'use choosePilotRange(pilot) to pick lo and hi' });
  const hi = checkNumber(o.hi, `${path}.hi`, { min: lo, minExclusive: true, fix: 'hi must be above lo; use choosePilotRange(pilot)' });
  const bins = checkNumber(o.bins ?? DEFAULT_HISTOGRAM_BINS, `${path}.bins`, { min: 1, max: MAX_HISTOGRAM_BINS, integer: true, fix: 'use a whole number of bins such as 65536' });
  if (!Number.isFinite(hi - lo) || (hi - lo) / bins < MIN_RELATIVE_WIDTH * Math.max(Math.abs(lo), Math.abs(hi))) {
    throw new InputError({ path: `${path}.hi`, received: hi, expected: `a range [lo, hi) whose ${bins} bins are wider than 2^-44 of |lo|, |hi| and whose width is finite`, fix: 'widen the range or use fewer bins' });
  }
  return { lo, hi, bins };
}

