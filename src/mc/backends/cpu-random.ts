import { pcgAdvance, pcgInitialState, pcgOutput } from '../random/pcg.js';
import type { GpuJsKernel } from './gpujs-kernel.js';

/**
 * Call a gpu.js `cpu` kernel with `Math.random` temporarily replaced by the
 * PCG port, reseeded whenever the kernel moves to a new cell, so that cell c
 * draws the stream of sample `start + c` — what `webasm` and `webgpu` draw
 * with `randomSeed`. gpu.js's cpu backend ignores `randomSeed` (it warns
 * and calls the global `Math.random`), and its generated loop sets
 * `this.thread.x` before each cell's body, which is what this keys on.
 * The call is synchronous, so nothing else can observe the replacement;
 * the original is restored even when the kernel throws.
 */
export function callWithPcg(kernel: GpuJsKernel, seed: number, start: number, args: readonly unknown[]): unknown {
  const thread = (): number => kernel.kernel?.thread?.x ?? 0;
  const original = Math.random;
  let cell = -1;
  let state = 0;
  Math.random = () => {
    const x = thread();
    if (x !== cell) {
      cell = x;
      state = pcgInitialState(seed, start + x);
    }
    state = pcgAdvance(state);
    return pcgOutput(state);
  };
  try {
    return kernel(...args);
  } finally {
    Math.random = original;
  }
}
