import type { CompiledGraph } from '../graph/index.js';
import { choosePilotRange, StreamingSummary } from '../stats/index.js';
import type { Backend, SamplingKernel } from './backends/index.js';
import { reduceChunksOnDevice } from './reduce-on-device.js';
import { PILOT_SAMPLES } from './check-run-options.js';
import type { MonteCarloProgress } from './monte-carlo-options.js';
import { buildProgram, type BuiltProgram } from './program/index.js';
import { reduceInBackend } from './reduce-in-backend.js';

/** How {@link launchChunks} runs: the run's size, seed, range and chunk, with its progress, abort and kept samples. */
export interface ChunkRun {
  /** N, the samples of the whole run (the pilot is its first min(`PILOT_SAMPLES`, N)). */
  readonly samples: number;
  /** Seed of the run. */
  readonly seed: number;
  /** The samples this run computes, [start, end). */
  readonly range: { readonly start: number; readonly end: number };
  /** Samples per kernel launch (`chunkSizeFor`, chunk-policy.ts). */
  readonly chunk: number;
  /** Stops the run between chunks. */
  readonly signal?: AbortSignal;
  /** Called after each chunk (and once, at the end, when nothing is sampled). */
  readonly onProgress?: (p: MonteCarloProgress) => void;
  /** Float64 columns of `range.end − range.start` samples that receive each sampled output's samples, when samples are kept. */
  readonly kept?: ReadonlyMap<string, Float64Array>;
  /** The error for an output that is not finite in any pilot sample (`nonFiniteError`, non-finite-diagnostics.ts). */
  readonly nonFinite: (key: string, what: string) => Error;
  /** `device`: reduce on the device when the kernel can and no samples are kept; `host`: always on the host. */
  readonly reduction?: 'device' | 'host';
  /** Samples per launch when reducing on the device (no host columns to bound it); default `chunk`. */
  readonly deviceChunk?: number;
}

/** What {@link launchChunks} sampled. */
export interface SampledOutputs {
  /** The streaming statistics of each sampled output, by key. */
  readonly summaries: ReadonlyMap<string, StreamingSummary>;
  /** Samples finished in the run's range: all of them unless the run was aborted. */
  readonly done: number;
  /** The sampling program, when an output was sampled (to recompute a sample's inputs). */
  readonly built: BuiltProgram | undefined;
  /** Where the samples were reduced. */
  readonly reduction: 'device' | 'host';
  /** On the device: the launches reduced, one fused kernel or the group kernels (`DeviceReduction.kernels`). */
  readonly kernels?: 'fused' | 'groups';
  /** Samples per launch used. */
  readonly chunk: number;
}

/**
 * Sample the outputs an uncertain input reaches: build and compile their
 * program on the backend, run the pilot (samples [0, min(`PILOT_SAMPLES`, N)),
 * identical in every shard) that fixes each histogram's range, then launch
 * the run's range chunk by chunk, the next chunk launched before the current
 * one is reduced, reporting progress after each. After an abort no new chunk
 * starts; the one in flight is finished and counted. The kernel and the
 * backend are disposed when it returns or throws. With no output to sample it
 * launches nothing and reports the whole range done.
 *
 * @param backend - the backend to run on; disposed at the end
 * @param model - the compiled study
 * @param sampled - keys of the outputs to sample
 * @param run - size, seed, range, chunk, progress, abort, kept samples
 * @returns the statistics of each sampled output, the samples done and the program
 * @throws the error of `run.nonFinite` for an output not finite in any pilot sample
 * @example
 * const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
 * const done = [];
 * await runMonteCarlo(study, { samples: 40000, seed: 1, backend: 'js', chunkSize: 16384, onProgress: (p) => done.push(p.done) });
 * done; // => [16384, 32768, 40000]
 * // aborted after the first chunk: the chunk already in flight is finished and counted
 * const stop = new AbortController();
 * const r = await runMonteCarlo(study, { samples: 40000, seed: 1, backend: 'js', chunkSize: 16384, signal: stop.signal, onProgress: () => stop.abort() });
 * [r.aborted, r.provenance.completed]; // => [true, 32768]
 */
export async function launchChunks(backend: Backend, model: CompiledGraph, sampled: readonly string[], run: ChunkRun): Promise<SampledOutputs> {
  const { samples, seed, range, chunk, signal, onProgress, kept, nonFinite } = run;
  const span = range.end - range.start;
  const summaries = new Map<string, StreamingSummary>();
  let kernel: SamplingKernel | undefined;
  let built: BuiltProgram | undefined;
  let done = 0;
  let reduction: 'device' | 'host' = 'host';
  try {
    if (sampled.length > 0) {
      built = buildProgram(model, sampled);
      kernel = await backend.compile(built.program);
      const pilot = await kernel.run(0, Math.min(PILOT_SAMPLES, samples), seed);
      sampled.forEach((k, j) => {
        const col = pilot[j];
        // float64 at the base values was finite (assess); in float32 (max 3.4e38) or at other draws it may not be
        if (!col.some((x) => Number.isFinite(x))) throw nonFinite(k, `NaN or infinite in all ${col.length} pilot samples`);
        summaries.set(k, new StreamingSummary(choosePilotRange(col)));
      });
      if (run.reduction === 'device' && kept === undefined && kernel.reduceOnDevice !== undefined) {
        const targets = sampled.map((k, j) => {
          const h = (summaries.get(k) as StreamingSummary).histogram();
          return { lo: h.lo, hi: h.hi, bins: h.bins, shift: pilotShift(pilot[j]) };
        });
        const deviceChunk = run.deviceChunk ?? chunk;
        const device = await reduceChunksOnDevice(kernel, targets, sampled.map((k) => summaries.get(k) as StreamingSummary), { ...run, chunk: deviceChunk });
        done = device.done;
        reduction = 'device';
        return { summaries, done, built, reduction, chunk: deviceChunk, ...(device.kernels !== undefined ? { kernels: device.kernels } : {}) };
      }
      if (kept === undefined && kernel.partialReducer !== undefined) {
        // The backend reduces where it computes (js threads); same statistics as below.
        done = await reduceInBackend(kernel, sampled.map((k) => summaries.get(k) as StreamingSummary), { seed, range, chunk, signal, onProgress });
        return { summaries, done, built, reduction, chunk };
      }
      const ingest = (cols: Float32Array[] | Float64Array[], start: number) => {
        sampled.forEach((k, j) => {
          const col = cols[j];
          (summaries.get(k) as StreamingSummary).add(col, start);
          if (kept) (kept.get(k) as Float64Array).set(col, start - range.start);
        });
      };
      // Launch the next chunk before reducing the current one: generation and reduction overlap.
      let at = range.start;
      let pending: Promise<Float32Array[] | Float64Array[]> | undefined;
      let pendingStart = at;
      // Two sets of columns alternate: a chunk already reduced receives the next launch's samples.
      let free: Float32Array[] | Float64Array[] | undefined;
      const launch = () => {
        const n = Math.min(chunk, range.end - at);
        pendingStart = at;
        pending = (kernel as SamplingKernel).run(at, n, seed, free);
        free = undefined;
        at += n;
      };
      launch();
      while (pending !== undefined) {
        const cols = await pending;
        const start = pendingStart;
        pending = undefined;
        // After an abort no new chunk starts; the one in flight is finished and counted.
        if (signal?.aborted !== true && at < range.end) launch();
        ingest(cols, start);
        free = cols;
        done = start + (cols[0] as Float32Array).length - range.start;
        onProgress?.({ done, total: span });
      }
    } else {
      done = span;
      onProgress?.({ done, total: span });
    }
  } finally {
    kernel?.dispose();
    await backend.dispose();
  }
  return { summaries, done, built, reduction, chunk };
}

/** The shift of an output's device sums: its finite pilot samples' mean, rounded to float32 (0 when none is finite). */
function pilotShift(pilot: Float32Array | Float64Array): number {
  let sum = 0;
  let n = 0;
  for (const x of pilot) {
    if (Number.isFinite(x)) {
      sum += x;
      n += 1;
    }
  }
  return n > 0 ? Math.fround(sum / n) : 0;
}
