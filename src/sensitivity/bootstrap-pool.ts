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
    run(new Float64Array(m.terms), m.version, m.m, m.n, new Int32Array(m.states), new Int32Array(m.counters, 0, 1), new Int32Array(m.counters, 4, 1), m.end,
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

function send(w: Worker, job: BootstrapJob, counters: Int32Array): Promise<void> {
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
      counters: counters.buffer,
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
 * counter until none are left, so a thread slowed by other work (or still
 * starting) simply takes fewer; the job ends when every resample is done. Every resample's sums are computed by the same code from its own
 * stream: the result is identical for any thread count. With threads > 1 the
 * job's arrays must live in SharedArrayBuffers.
 * @internal
 */
export async function runBootstrapJob(job: BootstrapJob, threads: number): Promise<void> {
  const shared = threads > 1;
  // [0]: next resample to take; [1]: resamples finished
  const counters = new Int32Array(shared ? new SharedArrayBuffer(8) : new ArrayBuffer(8));
  counters[0] = job.start;
  const next = counters.subarray(0, 1);
  const done = counters.subarray(1, 2);
  const pending: Promise<void>[] = [];
  for (let t = 0; t < threads - 1; t += 1) pending.push(send(worker(t), job, counters));
  // The calling thread works too, taking resamples until none are left.
  bootstrapRun()(job.terms, job.version, job.m, job.n, job.states, next, done, job.end, job.sums, job.width, job.col0);
  // Every resample finished (a worker still starting took none): the job is complete; a late worker finds nothing to take.
  if (Atomics.load(done, 0) === job.end - job.start) {
    for (const p of pending) p.catch(() => undefined);
    return;
  }
  await Promise.all(pending);
}

/**
 * Run a whole job on one pooled worker, the calling thread taking no part
 * (for the tests: the workers' code path, which {@link runBootstrapJob}
 * only uses when a second core is free).
 * @internal
 */
export async function runBootstrapJobOnWorker(job: BootstrapJob): Promise<void> {
  const counters = new Int32Array(new SharedArrayBuffer(8));
  counters[0] = job.start;
  await send(worker(0), job, counters);
}
