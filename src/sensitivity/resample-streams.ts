import { splitMix64Words } from '../random/splitmix64.js';

/** 2^32: seeds of the resample streams are 32-bit words. */
const TWO_32 = 4294967296;

/**
 * The random streams of a bootstrap's resamples, one per resample so that
 * resamples can be drawn on any thread, in any order, with the same result.
 * Resample r's seed is ⌊u·2^32⌋ of the r-th draw u of the analysis' stream
 * (continued after the design); its stream is the xoshiro128** stream of
 * `createRng(seed_r)`, whose four state words (SplitMix64 of the seed) are
 * returned here for the bootstrap kernel.
 *
 * @param uniform - the analysis' seeded stream, in (0, 1)
 * @param resamples - number of resamples R
 * @param shared - allocate in a SharedArrayBuffer (for worker threads)
 * @returns 4R words: the state of resample r at [4r, 4r + 4)
 * @internal
 */
export function resampleStates(uniform: () => number, resamples: number, shared: boolean): Int32Array {
  const states = new Int32Array(shared ? new SharedArrayBuffer(16 * resamples) : new ArrayBuffer(16 * resamples));
  for (let r = 0; r < resamples; r += 1) {
    const words = splitMix64Words(Math.floor(uniform() * TWO_32), 4);
    for (let k = 0; k < 4; k += 1) states[4 * r + k] = (words[k]) | 0;
  }
  return states;
}
