import type { StreamingSummary } from '../stats/index.js';
import type { ReduceTarget, SamplingKernel } from './backends/index.js';
import type { ChunkRun } from './launch-chunks.js';

/**
 * Run the range of a Monte Carlo run chunk by chunk with the kernel's device
 * reduction (webgpu), then add the float64 totals read back to each output's
 * summary: the bins counted on the device by the histogram's own rule, the
 * shifted sums as one scan (shift: the pilot mean in float32), min, max and
 * non-finite counts. Progress is reported after each chunk; after an abort
 * no new chunk starts and the statistics cover the chunks done.
 *
 * @param kernel - a compiled sampling kernel with `reduceOnDevice`
 * @param targets - each sampled output's histogram range, bins and shift
 * @param summaries - each sampled output's summary (pilot range), in the kernel's output order; receives the totals
 * @param run - the run's size, seed, range, chunk, progress and abort
 * @returns the samples done in the range, and the launches reduced (`DeviceReduction.kernels`)
 * @internal
 */
export async function reduceChunksOnDevice(kernel: SamplingKernel, targets: readonly ReduceTarget[], summaries: readonly StreamingSummary[], run: ChunkRun): Promise<{ done: number; kernels?: 'fused' | 'groups' }> {
  const { seed, range, chunk, signal, onProgress } = run;
  const reduction = (kernel.reduceOnDevice as NonNullable<SamplingKernel['reduceOnDevice']>)(targets);
  try {
    let at = range.start;
    while (at < range.end) {
      const n = Math.min(chunk, range.end - at);
      await reduction.add(at, n, seed);
      at += n;
      onProgress?.({ done: at - range.start, total: range.end - range.start });
      if (signal?.aborted === true) break;
    }
    const totals = await reduction.finish();
    totals.forEach((t, j) => {
      summaries[j].addReduced({ ...t, firstNonFiniteOffset: t.firstNonFiniteIndex }, t.counts, 0);
    });
    return { done: at - range.start, ...(reduction.kernels !== undefined ? { kernels: reduction.kernels } : {}) };
  } finally {
    reduction.dispose();
  }
}
