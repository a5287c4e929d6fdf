import { Worker } from 'node:worker_threads';
import { AilcaError } from '../../errors/index.js';
import { SCAN_BLOCK } from '../../stats/scan-chunk.js';
import { REDUCE_SOURCE, THREAD_STAT_SLOTS } from './js-reduce-source.js';

/**
 * The worker's script (CommonJS, run with `eval: true` so no file path has
 * to be resolved after bundling). It keeps the compiled run functions by id
 * and computes the parts it is sent into shared output columns.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const programs = new Map();
const reducers = new Map();
const reducePart = new Function(${JSON.stringify(REDUCE_SOURCE)})();
parentPort.on('message', (m) => {
  if (m.type === 'reducer') {
    const f = (b) => new Float64Array(b);
    const r = { id: m.id, los: f(m.los), his: f(m.his), scales: f(m.scales), counts: m.counts.map(f), cols: m.counts.map(() => new Float64Array(m.block)) };
    reducers.set(m.reducer, r);
    // warm-up while idle, into scratch statistics (as for 'define'): V8 optimises the reduction before real runs
    const p = programs.get(m.id);
    const k = r.cols.length;
    const st = new Float64Array(k * m.stSlots);
    try { reducePart(p.fn, p.tables, r.cols, 0, 0, m.block, 0, r.los, r.los, r.his, r.scales, r.counts.map((c) => new Float64Array(c.length)), new Float64Array(2 * k * Math.ceil(m.block / ${SCAN_BLOCK})), Math.ceil(m.block / ${SCAN_BLOCK}), st); } catch (e) {}
    return;
  }
  if (m.type === 'drop-reducer') { reducers.delete(m.reducer); return; }
  if (m.type === 'reduce') {
    try {
      const r = reducers.get(m.reducer);
      const p = programs.get(r.id);
      const st = new Float64Array(m.st, m.stOffset * 8, r.cols.length * m.stSlots);
      const sums = new Float64Array(m.sums);
      const next = new Int32Array(m.next);
      const parts = Math.ceil(m.count / m.partSize);
      // take parts from the counter shared with the other threads until none is left
      for (let i = Atomics.add(next, 0, 1); i < parts; i = Atomics.add(next, 0, 1)) {
        const from = i * m.partSize;
        reducePart(p.fn, p.tables, r.cols, m.chunkStart, from, Math.min(from + m.partSize, m.count), m.seed, m.shifts, r.los, r.his, r.scales, r.counts, sums, m.blocks, st);
      }
      parentPort.postMessage({ job: m.job });
    } catch (e) {
      parentPort.postMessage({ job: m.job, error: String((e && e.stack) || e) });
    }
    return;
  }
  if (m.type === 'define') {
    const p = { fn: new Function(m.source)(), tables: m.tables };
    programs.set(m.id, p);
    // warm-up while idle: V8 optimises on background threads, which get no
    // core once every thread computes (measured: several slow calls otherwise)
    const out = m.outputs.map(() => new Float64Array(m.warmup));
    const rows = m.rowWidth > 0 ? new Float64Array(m.warmup * m.rowWidth).fill(0.5) : null;
    try { p.fn(out, 0, 0, m.warmup, 0, rows, ...p.tables); } catch (e) {}
    return;
  }
  if (m.type === 'forget') { programs.delete(m.id); return; }
  try {
    const p = programs.get(m.id);
    const cols = m.cols.map((b) => new Float64Array(b));
    const rows = m.rows ? (m.rowsFloat32 ? new Float32Array(m.rows) : new Float64Array(m.rows)) : null;
    p.fn(cols, m.offset, m.start, m.count, m.seed, rows, ...p.tables);
    parentPort.postMessage({ job: m.job });
  } catch (e) {
    parentPort.postMessage({ job: m.job, error: String((e && e.stack) || e) });
  }
});`;

/** One part of a parallel run, in the run function's own terms. */
export interface PoolPart {
  readonly offset: number;
  readonly start: number;
  readonly count: number;
}

/** What a worker needs to run (and warm up) a program. */
export interface PoolProgram {
  /** The `new Function` body returning the run function (see jsRunSource). */
  readonly source: string;
  readonly tables: readonly Float64Array[];
  /** One entry per output (only the count is used). */
  readonly outputs: readonly string[];
  /** Row width in given mode, 0 in random mode. */
  readonly rowWidth: number;
}

/** What a worker needs to reduce where it computes: each output's histogram range and this worker's own bin counts (shared memory). */
export interface PoolReducer {
  readonly los: Float64Array;
  readonly his: Float64Array;
  /** bins / (hi − lo) per output, computed once on the calling thread. */
  readonly scales: Float64Array;
  /** This worker's bin counts per output, on SharedArrayBuffers. */
  readonly counts: readonly Float64Array[];
  /** Samples of the thread-local columns (REDUCE_SPAN). */
  readonly block: number;
}

/**
 * A chunk the worker helps compute and reduce (see REDUCE_SOURCE): it takes
 * parts of `partSize` samples by `Atomics.add` on `next` (shared with the
 * other threads) until all ⌈count / partSize⌉ are taken, so a thread the
 * machine slows down does fewer parts instead of holding up the chunk.
 */
export interface PoolReducePart {
  readonly chunkStart: number;
  /** Samples of the chunk. */
  readonly count: number;
  /** Samples per part, a multiple of SCAN_BLOCK. */
  readonly partSize: number;
  /** The next part to take, [0]; on a SharedArrayBuffer. */
  readonly next: Int32Array;
  readonly seed: number;
  readonly shifts: readonly number[];
  /** Per-block shifted sums of the chunk, on a SharedArrayBuffer. */
  readonly sums: Float64Array;
  readonly blocks: number;
  /** Per-thread statistics of the chunk, on a SharedArrayBuffer; this worker writes `stSlots` per output from `stOffset`. */
  readonly st: Float64Array;
  readonly stOffset: number;
  readonly stSlots: number;
}

/** Samples each worker computes once when a program is defined, so V8 optimises it before real runs. */
const WARMUP_SAMPLES = 4096;

/** A lazily started set of worker threads running js-backend programs. */
export interface JsWorkerPool {
  readonly size: number;
  define(id: number, program: PoolProgram): void;
  forget(id: number): void;
  run(id: number, part: PoolPart, worker: number, cols: readonly Float64Array[], seed: number, rows: Float32Array | Float64Array | null): Promise<void>;
  /** Give worker `worker` the histogram ranges and bin counts of reducer `reducer` over program `id`. */
  defineReducer(reducer: number, id: number, worker: number, setup: PoolReducer): void;
  dropReducer(reducer: number): void;
  /** Compute and reduce one part of a chunk on worker `worker`. */
  reduce(reducer: number, worker: number, part: PoolReducePart): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Create a pool of `size` workers, started on first use. Idle workers are
 * `unref`'d so they never keep Node alive; a worker with a job in flight is
 * `ref`'d so an awaited run cannot be cut short by the process exiting.
 */
export function createJsWorkerPool(size: number): JsWorkerPool {
  const workers = new Array<Worker | undefined>(size).fill(undefined);
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void; worker: number }>();
  const busy = new Array<number>(size).fill(0);
  const defined = new Map<number, PoolProgram>();
  const defineMessage = (id: number, p: PoolProgram) => ({
    type: 'define', id, source: p.source, tables: p.tables, outputs: p.outputs, rowWidth: p.rowWidth, warmup: WARMUP_SAMPLES,
  });
  let nextJob = 1;
  let disposed = false;

  function start(w: number): Worker {
    const existing = workers[w];
    if (existing) return existing;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    worker.on('message', (m: { job: number; error?: string }) => {
      const p = pending.get(m.job);
      if (!p) return;
      pending.delete(m.job);
      if (--busy[w] === 0) worker.unref();
      if (m.error) p.reject(new AilcaError(`js backend worker failed: ${m.error}`));
      else p.resolve();
    });
    worker.on('error', (e) => {
      for (const [job, p] of pending) {
        if (p.worker === w) {
          pending.delete(job);
          p.reject(new AilcaError(`js backend worker crashed: ${e.message}`));
        }
      }
      workers[w] = undefined;
      busy[w] = 0;
    });
    for (const [id, d] of defined) worker.postMessage(defineMessage(id, d));
    workers[w] = worker;
    return worker;
  }

  /** Post a job to worker w; resolves when it answers. */
  function send(w: number, message: Record<string, unknown>): Promise<void> {
    if (disposed) return Promise.reject(new AilcaError('the js backend was disposed'));
    const worker = start(w);
    const job = nextJob++;
    if (busy[w]++ === 0) worker.ref();
    return new Promise<void>((resolve, reject) => {
      pending.set(job, { resolve, reject, worker: w });
      worker.postMessage({ ...message, job });
    });
  }

  return {
    size,
    define(id, program) {
      defined.set(id, program);
      for (const w of workers) w?.postMessage(defineMessage(id, program));
    },
    forget(id) {
      defined.delete(id);
      for (const w of workers) w?.postMessage({ type: 'forget', id });
    },
    run(id, part, w, cols, seed, rows) {
      return send(w, {
        type: 'run',
        id,
        cols: cols.map((c) => c.buffer),
        offset: part.offset,
        start: part.start,
        count: part.count,
        seed,
        rows: rows ? rows.buffer : null,
        rowsFloat32: rows instanceof Float32Array,
      });
    },
    defineReducer(reducer, id, w, setup) {
      start(w).postMessage({
        type: 'reducer', reducer, id, block: setup.block, stSlots: THREAD_STAT_SLOTS,
        los: setup.los.buffer, his: setup.his.buffer, scales: setup.scales.buffer, counts: setup.counts.map((c) => c.buffer),
      });
    },
    dropReducer(reducer) {
      for (const w of workers) w?.postMessage({ type: 'drop-reducer', reducer });
    },
    reduce(reducer, w, part) {
      return send(w, {
        type: 'reduce', reducer, chunkStart: part.chunkStart, count: part.count, partSize: part.partSize, next: part.next.buffer, seed: part.seed, shifts: part.shifts,
        sums: part.sums.buffer, blocks: part.blocks, st: part.st.buffer, stOffset: part.stOffset, stSlots: part.stSlots,
      });
    },
    async dispose() {
      disposed = true;
      const all = workers.filter((w): w is Worker => w !== undefined);
      workers.fill(undefined);
      for (const p of pending.values()) p.reject(new AilcaError('the js backend was disposed during a run'));
      pending.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
