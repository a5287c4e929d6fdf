import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import type { SampleChunk } from './scan-chunk.js';

/**
 * Check that `chunk` is a Float32Array or Float64Array (a plain array or an
 * integer typed array is refused: the kernels are typed for these two).
 *
 * @throws {@link InputError} naming the path and the type received
 */
export function checkChunk(chunk: unknown, path: string): SampleChunk {
  if (chunk instanceof Float32Array || chunk instanceof Float64Array) return chunk;
  const received =
    chunk !== null && typeof chunk === 'object' ? `an object of type ${(chunk).constructor?.name ?? 'Object'}` : chunk;
  throw new InputError({
    path,
    received,
    expected: 'a Float32Array or Float64Array of samples',
    fix: 'wrap the samples, e.g. Float64Array.from(values)',
  });
}

/**
 * Check a sample index: an integer in [0, 2^53 − 1].
 *
 * @throws {@link InputError} naming the path and the value received
 */
export function checkSampleIndex(value: unknown, path: string): number {
  return checkNumber(value, path, {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    integer: true,
    fix: 'pass the index of the chunk\'s first sample within the whole run (0 for the first chunk)',
  });
}
