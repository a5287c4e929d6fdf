import { InputError } from '../errors/index.js';
import { sortedQuantile } from '../stats/sorted-quantile.js';
import { checkNumber, checkObjectKeys } from '../validate/index.js';

/** Bootstrap settings of {@link sobol}. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples, an integer in [100, 100000]; default 1000. */
  readonly resamples?: number;
  /** Confidence level of the percentile intervals, in [0.5, 0.999]; default 0.95. */
  readonly confidence?: number;
  /**
   * Threads that compute the resamples: the calling thread plus threads − 1
   * worker threads, an integer in [1, 256]; default the machine's available
   * parallelism. Every resample draws from its own seeded stream, so the
   * intervals are identical for any thread count. Small bootstraps (under
   * about 2^24 multiply-adds) stay on the calling thread.
   */
  readonly threads?: number;
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
  checkObjectKeys(o, path, ['resamples', 'confidence', 'threads'], { noun: 'option' });
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
 * The bootstrap's thread count: `options.threads` checked, or `fallback`
 * (the machine's available parallelism) when not given.
 *
 * @throws {@link InputError} naming `path.threads` when it is not an integer in [1, 256]
 * @internal
 */
export function checkBootstrapThreads(options: BootstrapOptions | undefined, path: string, fallback: number): number {
  if (options?.threads === undefined) return fallback;
  return checkNumber(options.threads, `${path}.threads`, {
    min: 1,
    max: 256,
    integer: true,
    fix: 'use 1 to stay on the calling thread, or at most the number of cores; the intervals do not depend on it',
  });
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
  // Read straight from the sorted Float64Array: no Array.from copy (see docs/statistics.md, "Quantile definitions").
  const sorted = estimates.sort();
  return [sortedQuantile(sorted, (1 - confidence) / 2), sortedQuantile(sorted, (1 + confidence) / 2)];
}
