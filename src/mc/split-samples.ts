import { InputError } from '../errors/index.js';
import type { SampleRange } from './check-shard.js';
import { MAX_SAMPLES } from './check-run-options.js';

/**
 * Split the samples [0, N) of a run into K consecutive shards whose sizes
 * differ by at most one: the first N mod K shards get ⌈N/K⌉ samples, the
 * others ⌊N/K⌋. The ranges are ordered, disjoint and their union is [0, N),
 * so their shards merge into the whole run (`mergeMonteCarlo`).
 *
 * @param samples - N, the samples of the whole run: an integer in [1, 2^32]
 * @param shards - K, the number of shards: an integer in [1, N]
 * @returns K ranges [start, end), in order
 * @throws {@link InputError} when N or K is not a whole number in its range (K > N would leave a shard empty)
 * @example
 * splitSamples(10, 3); // => [{ start: 0, end: 4 }, { start: 4, end: 7 }, { start: 7, end: 10 }]
 * splitSamples(4, 4).map((r) => r.end - r.start); // => [1, 1, 1, 1]
 */
export function splitSamples(samples: number, shards: number): SampleRange[] {
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new InputError({ path: 'samples', received: samples, expected: `a whole number of samples in [1, ${MAX_SAMPLES}]`, problem: 'cannot be split' });
  }
  if (!Number.isInteger(shards) || shards < 1 || shards > samples) {
    throw new InputError({
      path: 'shards',
      received: shards,
      expected: `a whole number in [1, ${samples}] (at most one shard per sample)`,
      problem: typeof shards === 'number' && shards > samples ? `is more than the ${samples} samples: some shards would be empty` : 'is not a valid shard count',
      fix: `ask for fewer shards, e.g. ${Math.max(1, Math.min(samples, 100))}, or more samples`,
    });
  }
  const base = Math.floor(samples / shards);
  const larger = samples - base * shards;
  const out: SampleRange[] = [];
  let start = 0;
  for (let i = 0; i < shards; i += 1) {
    const end = start + base + (i < larger ? 1 : 0);
    out.push({ start, end });
    start = end;
  }
  return out;
}
