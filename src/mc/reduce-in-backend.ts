import type { StreamingSummary } from '../stats/index.js';
import { SCAN_BLOCK } from '../stats/scan-chunk.js';
import type { SamplingKernel } from './backends/index.js';
import type { MonteCarloProgress } from './monte-carlo-options.js';

/** The part of a run {@link reduceInBackend} needs (see launchChunks' ChunkRun). */
export interface BackendReducedRun {
  readonly seed: number;
  readonly range: { readonly start: number; readonly end: number };
  readonly chunk: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: MonteCarloProgress) => void;
}

/** The first finite value of a column, undefined when none. */
function firstFinite(col: ArrayLike<number>): number | undefined {
  for (let i = 0; i < col.length; i++) if (col[i] - col[i] === 0) return col[i];
  return undefined;
}

/**
 * Run a range chunk by chunk on a kernel that reduces where it computes
 * ({@link SamplingKernel.partialReducer}, the js backend) and merge each
 * chunk's scans into the summaries in chunk order, exactly as the host path
 * would: chunk k is summed around the running mean after chunk k − 1 (the
 * host's shift), the first chunk around its first finite sample (computed
 * here from the chunk's first block; a chunk whose first block has an output
 * with no finite sample is reduced on the host instead, with the same
 * result). Abort and progress behave as on the host path: the abort is
 * looked at before each chunk's progress call, as the host path launches the
 * next chunk then, so an abort during progress still finishes one chunk.
 *
 * @returns samples done in the range
 */
export async function reduceInBackend(kernel: SamplingKernel, summaries: readonly StreamingSummary[], run: BackendReducedRun): Promise<number> {
  const { seed, range, chunk, signal, onProgress } = run;
  const reducer = (kernel.partialReducer as NonNullable<SamplingKernel['partialReducer']>)(summaries.map((s) => {
    const h = s.histogram();
    return { lo: h.lo, hi: h.hi, bins: h.bins };
  }));
  let done = 0;
  try {
    for (let at = range.start; at < range.end;) {
      const n = Math.min(chunk, range.end - at);
      let shifts = summaries.map((s) => s.nextShift());
      if (shifts.some((x) => x === undefined)) {
        const head = await kernel.run(at, Math.min(n, SCAN_BLOCK), seed);
        shifts = shifts.map((x, j) => x ?? firstFinite(head[j]));
      }
      if (shifts.every((x): x is number => x !== undefined)) {
        const scans = await reducer.run(at, n, seed, shifts);
        scans.forEach((scan, j) => summaries[j].addPartialScan(scan, at));
      } else {
        const cols = await kernel.run(at, n, seed);
        summaries.forEach((s, j) => s.add(cols[j], at));
      }
      at += n;
      const more = signal?.aborted !== true && at < range.end;
      done = at - range.start;
      onProgress?.({ done, total: range.end - range.start });
      if (!more) break;
    }
  } finally {
    reducer.binCounts().forEach((c, j) => summaries[j].addBinCounts(c));
    reducer.dispose();
  }
  return done;
}
