import { quantileSorted } from 'simple-statistics';
import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';

/** Bootstrap settings of {@link sobol}. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples, an integer in [100, 100000]; default 1000. */
  readonly resamples?: number;
  /** Confidence level of the percentile intervals, in [0.5, 0.999]; default 0.95. */
  readonly confidence?: number;
}

/** Default bootstrap resamples: 1000, the common choice for percentile intervals (Efron & Tibshirani 1993, ch. 13). */
export const DEFAULT_RESAMPLES = 1000;
/** Default confidence level of the intervals: 0.95. */
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * Check bootstrap settings and fill in the defaults.
 *
 * @throws {@link InputError} naming `path.resamples` or `path.confidence`
 * @internal
 */
export function checkBootstrap(options: unknown, path: string): { resamples: number; confidence: number } {
  if (options === undefined) return { resamples: DEFAULT_RESAMPLES, confidence: DEFAULT_CONFIDENCE };
  if (typeof options !== 'object' || options === null) {
    throw new InputError({ path, received: options, expected: 'an object { resamples?, confidence? }', fix: 'e.g. { resamples: 1000, confidence: 0.95 }' });
  }
  const o = options as BootstrapOptions;
  const resamples = checkNumber(o.resamples ?? DEFAULT_RESAMPLES, `${path}.resamples`, {
    min: 100,
    max: 100000,
    integer: true,
    fix: 'use a whole number of resamples between 100 and 100000; 1000 is usual',
  });
  const c = o.confidence ?? DEFAULT_CONFIDENCE;
  const confidence = checkNumber(c, `${path}.confidence`, {
    min: 0.5,
    max: 0.999,
    fix: typeof c === 'number' && c > 1 && c <= 100 ? `did you mean ${c / 100}? The level is a fraction, 0.95 not 95` : 'use a fraction such as 0.95',
  });
  return { resamples, confidence };
}

/**
 * Draw the counts of one bootstrap resample: n draws with replacement from
 * rows 0 … n − 1, as the number of times each row was drawn.
 *
 * @param uniform - a uniform stream in (0, 1)
 * @param counts - filled with the counts; its length is n
 * @internal
 */
export function drawCounts(uniform: () => number, counts: Float64Array): void {
  const n = counts.length;
  counts.fill(0);
  for (let j = 0; j < n; j += 1) {
    const k = Math.floor(uniform() * n);
    counts[k] = (counts[k] as number) + 1;
  }
}

/**
 * Percentile bootstrap interval (Efron & Tibshirani 1993, §13.3): the
 * (1 − c)/2 and (1 + c)/2 quantiles of the resampled estimates, linearly
 * interpolated (type 7, as numpy and R use by default).
 *
 * @param estimates - the estimate of each resample (sorted in place)
 * @param confidence - the level c
 * @internal
 */
export function percentileInterval(estimates: Float64Array, confidence: number): [number, number] {
  const sorted = Array.from(estimates.sort());
  return [quantileSorted(sorted, (1 - confidence) / 2), quantileSorted(sorted, (1 + confidence) / 2)];
}
