import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AilcaError } from '../errors/index.js';
import { BOOTSTRAP_RUNNER_SOURCE, bootstrapModule, bootstrapRun } from './bootstrap-kernel.js';

/**
 * The bootstrap workers' script (CommonJS, run with `eval: true` so no file
 * path has to be resolved after bundling): the runner compiled from the same
 * source as on the calling thread, on the WebAssembly module compiled there.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const run = new Function(${JSON.stringify(BOOTSTRAP_RUNNER_SOURCE)})()(workerData.module);
parentPort.on('message', (m) => {
  try {
    run(new Float64Array(m.terms), m.version, m.m, m.n, new Int32Array(m.states), new Int32Array(m.next), m.end,
      new Float64Array(m.sums), m.width, m.col0);
    parentPort.postMessage({ job: m.job });
  } catch (e) {
    parentPort.postMessage({ job: m.job, error: String((e && e.stack) || e) });
  }
});`;

/** One call of the kernel over resamples `[start, end)`; see {@link BOOTSTRAP_RUNNER_SOURCE}. */
export interface BootstrapJob {
  /** m columns of n terms, column-major; in a SharedArrayBuffer when threads > 1. */
  readonly terms: Float64Array;
  /** Version of the terms' content (see `nextTermsVersion`): a runner copies them into its memory when it changes. */
  readonly version: number;
  readonly m: number;
  readonly n: number;
  /** Four xoshiro128** words per resample; shared when threads > 1. */
  readonly states: Int32Array;
  readonly start: number;
  readonly end: number;
  /** Sums, `width` per resample, this job's columns from `col0`; shared when threads > 1. */
  readonly sums: Float64Array;
  readonly width: number;
  readonly col0: number;
}

/** Workers kept between analyses (idle ones are `unref`'d: they never keep Node alive). */
const workers: (Worker | undefined)[] = [];
/** Jobs in flight per worker: a worker is `ref`'d while it has one, so an awaited job is not cut short by the process exiting. */
const busy = new Map<Worker, number>();
let nextJob = 1;

function worker(i: number): Worker {
  const existing = workers[i];
  if (existing !== undefined) return existing;
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { module: bootstrapModule() } });
  w.unref();
  // A crashed worker is dropped and replaced at the next job.
  w.on('error', () => {
    if (workers[i] === w) workers[i] = undefined;
  });
  workers[i] = w;
  return w;
}

function send(w: Worker, job: BootstrapJob, next: Int32Array): Promise<void> {
  const id = nextJob++;
  busy.set(w, (busy.get(w) ?? 0) + 1);
  w.ref();
  return new Promise<void>((resolve, reject) => {
    const onMessage = (m: { job: number; error?: string }): void => {
      if (m.job !== id) return;
      done();
      if (m.error !== undefined) reject(new AilcaError(`bootstrap worker failed: ${m.error}`));
      else resolve();
    };
    const onError = (e: Error): void => {
      done();
      reject(new AilcaError(`bootstrap worker crashed: ${e.message}`));
    };
    const done = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      const left = (busy.get(w) ?? 1) - 1;
      busy.set(w, left);
      if (left === 0) w.unref();
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage({
      job: id,
      terms: job.terms.buffer,
      version: job.version,
      m: job.m,
      n: job.n,
      states: job.states.buffer,
      next: next.buffer,
      end: job.end,
      sums: job.sums.buffer,
      width: job.width,
      col0: job.col0,
    });
  });
}

/** Default thread count of the bootstrap: the machine's available parallelism. @internal */
export function defaultBootstrapThreads(): number {
  return availableParallelism();
}

/**
 * Run one bootstrap job on `threads` threads: the calling thread and
 * threads − 1 pooled workers take resamples four at a time from a shared
 * counter until none are left, so a thread slowed by other work simply takes
 * fewer. Every resample's sums are computed by the same code from its own
 * stream: the result is identical for any thread count. With threads > 1 the
 * job's arrays must live in SharedArrayBuffers.
 * @internal
 */
export async function runBootstrapJob(job: BootstrapJob, threads: number): Promise<void> {
  const shared = threads > 1;
  const next = new Int32Array(shared ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
  next[0] = job.start;
  const pending: Promise<void>[] = [];
  for (let t = 0; t < threads - 1; t += 1) pending.push(send(worker(t), job, next));
  // The calling thread works too; the workers' promises settle after it returns.
  bootstrapRun()(job.terms, job.version, job.m, job.n, job.states, next, job.end, job.sums, job.width, job.col0);
  await Promise.all(pending);
}
