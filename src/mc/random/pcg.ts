import { InputError } from '../../errors/index.js';
import { checkSeed } from '../../random/index.js';

// The generator gpu.js 2.24.1 runs for `Math.random()` inside `webasm` and
// `webgpu` kernels (node_modules/gpu.js/src/backend/web-gpu/kernel.js,
// `pcg_random` and the per-cell seeding in `main`; web-assembly/kernel.js,
// `_emitPcgRandom` and `_assembleModule`): a 32-bit LCG state with the
// RXS-M-XS output permutation of M. E. O'Neill, "PCG: A Family of Simple Fast
// Space-Efficient Statistically Good Algorithms for Random Number Generation",
// Harvey Mudd College HMC-CS-2014-0905 (2014), section 6.3.4 (pcg32's 32-bit
// `rxs_m_xs` variant). All constants are dimensionless unsigned 32-bit words.

/**
 * The constants of the generator, in their one home: `pcgAdvance`,
 * `pcgOutput` and `pcgInitialState` here, and the inline draw and per-sample
 * seeding that src/mc/backends/program-source.ts writes into the `js`
 * backend's generated source (and `pcgChunkSeed`'s cell stride), all read
 * them from this object, so the host stream and the kernel stream cannot
 * drift apart. Words are signed 32-bit (as `Math.imul` and `| 0` give them).
 * @internal
 */
export const PCG_CONSTANTS = Object.freeze({
  /** LCG multiplier of PCG's 32-bit state (O'Neill 2014; gpu.js `747796405u`). */
  multiplier: 747796405,
  /** LCG increment, 2891336453 as a signed 32-bit word (gpu.js `2891336453u`). */
  increment: 2891336453 | 0,
  /** Output-permutation multiplier of RXS-M-XS 32 (O'Neill 2014; gpu.js `277803737u`). */
  outputMultiplier: 277803737,
  /** Per-cell seed stride 0x9E3779B9 = ⌊2^32/φ⌋ (the golden-ratio Weyl constant), signed. */
  cellStride: 0x9e3779b9 | 0,
  /** 2^24: a draw keeps the top 24 bits of the permuted word, u = k / 2^24. */
  outputScale: 16777216,
});

const { multiplier: LCG_MUL, increment: LCG_ADD, outputMultiplier: OUT_MUL, cellStride: CELL_STRIDE, outputScale: TWO_24 } = PCG_CONSTANTS;
/**
 * Number of distinct sample indices of a seed: 2^32. Indices live in
 * [0, 2^32); index 2^32 would repeat index 0's stream.
 *
 * @example
 * PCG_MAX_SAMPLES === 2 ** 32; // => true
 */
export const PCG_MAX_SAMPLES = 4294967296;

/**
 * The state word of sample `sample`'s stream before its first draw, as a
 * signed 32-bit integer: `(seed + sample·0x9E3779B9)·747796405 + 2891336453
 * (mod 2^32)`, exactly gpu.js's per-cell seeding with `randomSeed = seed` and
 * `cell = sample`.
 * @internal
 */
export function pcgInitialState(seed: number, sample: number): number {
  return (Math.imul((seed + Math.imul(sample, CELL_STRIDE)) | 0, LCG_MUL) + LCG_ADD) | 0;
}

/**
 * Advance a state word one LCG step (the first half of a draw).
 * @internal
 */
export function pcgAdvance(state: number): number {
  return (Math.imul(state, LCG_MUL) + LCG_ADD) | 0;
}

/**
 * The uniform a freshly advanced state word yields: RXS-M-XS, then the top
 * 24 bits over 2^24, so u = k/2^24 with k an integer in [0, 2^24); exact in
 * float32 and float64 alike. u = 0 occurs (probability 2^−24 per draw);
 * u = 1 never does.
 * @internal
 */
export function pcgOutput(state: number): number {
  const word = Math.imul((state >>> ((state >>> 28) + 4)) ^ state, OUT_MUL);
  return (((word >>> 22) ^ word) >>> 8) / TWO_24;
}

/**
 * Check a sample index: an integer in [0, 2^32).
 * @throws {@link InputError} naming `path`, the value and the range
 * @internal
 */
export function checkSampleIndex(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= PCG_MAX_SAMPLES) {
    throw new InputError({
      path,
      received: value,
      expected: 'an integer sample index in [0, 2^32 − 1]',
      problem: 'is not a valid sample index',
      fix: 'sample indices count from 0; a run covers at most 2^32 samples per seed (index 2^32 would repeat index 0)',
    });
  }
  return value;
}

/**
 * The uniform stream of one Monte Carlo sample, bit-identical to what
 * `Math.random()` returns inside a gpu.js `webasm` or `webgpu` kernel cell
 * `sample` run with `randomSeed = seed`. Each call returns the next draw,
 * a multiple of 2^−24 in [0, 1).
 *
 * Streams of different samples are separate LCG walks seeded
 * `seed + sample·0x9E3779B9`; seed s + 0x9E3779B9 therefore gives the streams
 * of seed s shifted by one sample: derive seeds for independent runs from a
 * host generator rather than counting them up by that constant.
 *
 * @param seed - the run's seed, an integer in [0, 2^32 − 1]
 * @param sample - the sample index, an integer in [0, 2^32 − 1]
 * @returns a function returning the sample's next uniform on each call
 * @throws {@link InputError} for a bad seed or sample index
 * @example
 * const a = pcgStream(42, 7);
 * const b = pcgStream(42, 7);
 * a() === b(); // => true
 * const u = pcgStream(1, 0)();
 * u >= 0 && u < 1 && Number.isInteger(u * 2 ** 24); // => true
 */
export function pcgStream(seed: number, sample: number): () => number {
  const s = checkSeed(seed, 'seed');
  const i = checkSampleIndex(sample, 'sample');
  let state = pcgInitialState(s, i);
  return () => {
    state = pcgAdvance(state);
    return pcgOutput(state);
  };
}
