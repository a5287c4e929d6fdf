import { DEFAULT_CHUNK } from './check-run-options.js';

/** Most bytes of one chunk's columns by default [bytes]: 64 MiB. */
const CHUNK_BYTES = 64 * 2 ** 20;

/**
 * Samples per launch when the webgpu backend reduces on the device: 2^22. Nothing is read back
 * per sample, so host memory does not bound it; fewer, larger launches spend less time in the
 * per-chunk read-back of partial sums (docs/performance.md, "Reductions on the device").
 * The device buffers stay within 4 × 4 bytes × 2^22 = 64 MiB per kernel (lavapipe allows 128 MiB).
 * @internal
 */
export const DEVICE_CHUNK = 2 ** 22;

/** Fewest samples of a default chunk: 2^14, below which per-launch overhead dominates (docs/backends.md, Q2). */
const MIN_CHUNK = 2 ** 14;

/**
 * The samples per kernel launch of a run: the chunk size asked for, else
 * `DEFAULT_CHUNK` (2^20), fewer when the sampled outputs would make a chunk's
 * float64 columns exceed 64 MiB (two sets are alive at once), but
 * never below 2^14 samples. A power of two unless asked otherwise; the
 * results do not depend on it.
 *
 * @param sampledOutputs - outputs the kernel computes (those an uncertain input reaches)
 * @param requested - `chunkSize` of the run's options, already checked
 * @returns samples per launch
 * @example
 * const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
 * // 64 MiB of float64 columns hold 2^19 samples of the default outputs (9 distinct computations are sampled: functionalUnit is annualized.total)
 * (await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' })).provenance.chunkSize; // => 524288
 * (await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js', outputs: ['annualized.total'] })).provenance.chunkSize; // => 1048576
 * (await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js', chunkSize: 300 })).provenance.chunkSize; // => 300
 */
export function chunkSizeFor(sampledOutputs: number, requested?: number): number {
  return requested ?? Math.max(MIN_CHUNK, Math.min(DEFAULT_CHUNK, 2 ** Math.floor(Math.log2(CHUNK_BYTES / (8 * Math.max(1, sampledOutputs))))));
}
