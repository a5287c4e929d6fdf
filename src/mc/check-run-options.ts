import { InputError } from '../errors/index.js';
import { checkSeed } from '../random/index.js';
import { PCG_MAX_SAMPLES } from './random/pcg.js';

/** Most samples one run may have: 2^32 (the PCG streams of larger indices would repeat). */
export const MAX_SAMPLES = PCG_MAX_SAMPLES;
/** Default chunk: 2^20 samples per kernel launch (bounded memory whatever N). */
export const DEFAULT_CHUNK = 1 << 20;
/** Samples [0, PILOT) fix every histogram's range, identically in every shard. */
export const PILOT_SAMPLES = 1 << 16;
/** Most memory `keepSamples` may ask for [bytes]: float64 columns beyond this are refused before allocating. */
export const MAX_KEPT_BYTES = 2 ** 31;

/**
 * Check a sample count: an integer in [2, 2^32]. Strings (`"1e4"`),
 * fractions and counts that would make statistics meaningless are refused.
 * @example
 * checkSampleCount(1000000, 'samples'); // => 1000000
 */
export function checkSampleCount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > MAX_SAMPLES) {
    throw new InputError({
      path,
      received: value,
      expected: `an integer number of samples in [2, ${MAX_SAMPLES}] (2^32)`,
      problem: 'is not a valid sample count',
      fix: typeof value === 'string' ? 'write the count as a number, e.g. 1000000' : 'a standard deviation needs at least 2 samples; split runs beyond 2^32 samples into runs with different seeds',
    });
  }
  return value;
}

/** Check a sample range [start, end) inside [0, N). */
export function checkRange(range: { start: unknown; end: unknown }, samples: number, path: string): { start: number; end: number } {
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
  if (!ok(range.start) || !ok(range.end) || range.start < 0 || range.end > samples || range.start >= range.end) {
    throw new InputError({ path, received: `${String(range.start)}:${String(range.end)}`, expected: `START:END with 0 ≤ START < END ≤ ${samples} (the run's sample count)`, problem: 'is not a valid sample range' });
  }
  return { start: range.start, end: range.end };
}

export { checkSeed };
