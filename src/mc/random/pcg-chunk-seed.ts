import { checkSeed } from '../../random/index.js';
import { checkSampleIndex, PCG_CONSTANTS } from './pcg.js';

/**
 * The `randomSeed` to give a gpu.js kernel so that its cell c draws the
 * stream of sample `start + c` of a run seeded `seed`:
 * `(seed + start·0x9E3779B9) mod 2^32`. gpu.js seeds cell c with
 * `randomSeed + c·0x9E3779B9`, so this makes every chunk of a run an exact
 * slice of one big launch. Without it a seeded kernel repeats its first
 * chunk on every call.
 *
 * @param seed - the run's seed, an integer in [0, 2^32 − 1]
 * @param start - the chunk's first sample index, an integer in [0, 2^32 − 1]
 * @returns an unsigned 32-bit seed
 * @throws {@link InputError} for a bad seed or index
 * @example
 * pcgChunkSeed(7, 0); // => 7
 * pcgChunkSeed(0, 1); // => 2654435769
 * pcgStream(pcgChunkSeed(7, 3000), 5)() === pcgStream(7, 3005)(); // => true
 */
export function pcgChunkSeed(seed: number, start: number): number {
  const s = checkSeed(seed, 'seed');
  const i = checkSampleIndex(start, 'start');
  return (s + Math.imul(i, PCG_CONSTANTS.cellStride)) >>> 0; // gpu.js's per-cell stride
}
