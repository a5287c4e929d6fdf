import { checkNumber } from '../../validate/index.js';
import { checkSeed } from '../../random/index.js';
import { InputError } from '../../errors/index.js';
import { checkSampleIndex, pcgAdvance, pcgInitialState, pcgOutput, PCG_MAX_SAMPLES } from './pcg.js';

/**
 * The first `perSample` uniforms of samples `start … start + count − 1`, as
 * a row-major matrix: row i (sample `start + i`) holds the draws in call
 * order at `[i·perSample, (i + 1)·perSample)`. These are the numbers the
 * `js`, `webasm` and `webgpu` backends feed a program whose statements call
 * `Math.random()` `perSample` times, so a float64 reference evaluated on
 * these rows sees exactly the kernel's inputs.
 *
 * @param seed - the run's seed, an integer in [0, 2^32 − 1]
 * @param start - the first sample index
 * @param count - how many samples (rows), an integer ≥ 0
 * @param perSample - draws per sample (columns), an integer ≥ 1
 * @returns a new Float64Array of `count · perSample` multiples of 2^−24 in [0, 1)
 * @throws {@link InputError} for a bad seed, index or size, or a range past sample 2^32 − 1
 * @example
 * const rows = pcgUniforms(42, 10, 3, 2);
 * rows.length; // => 6
 * const s = pcgStream(42, 11);
 * [rows[2], rows[3]].every((u) => u === s()); // => true
 */
export function pcgUniforms(seed: number, start: number, count: number, perSample: number): Float64Array {
  const s = checkSeed(seed, 'seed');
  checkSampleIndex(start, 'start');
  checkNumber(count, 'count', { min: 0, integer: true, fix: 'give the number of samples as a whole number' });
  checkNumber(perSample, 'perSample', { min: 1, integer: true, fix: 'give the number of Math.random() draws per sample' });
  if (start + count > PCG_MAX_SAMPLES) {
    throw new InputError({
      path: 'count',
      received: count,
      expected: `at most 2^32 − start = ${PCG_MAX_SAMPLES - start} samples`,
      problem: 'runs past the last sample index',
      fix: 'use another seed for more samples; index 2^32 would repeat index 0',
    });
  }
  const out = new Float64Array(count * perSample);
  for (let i = 0, k = 0; i < count; i++) {
    let state = pcgInitialState(s, start + i);
    for (let j = 0; j < perSample; j++, k++) {
      state = pcgAdvance(state);
      out[k] = pcgOutput(state);
    }
  }
  return out;
}
