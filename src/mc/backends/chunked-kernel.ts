import { AilcaError, InputError } from '../../errors/index.js';
import { checkNumber } from '../../validate/index.js';
import { checkSeed } from '../../random/index.js';
import { checkSampleIndex, PCG_MAX_SAMPLES } from '../random/pcg.js';
import type { DeviceReduction, ReduceTarget, RowKernel, SamplingKernel } from './backend.js';
import type { SampleColumns } from './program.js';

/**
 * Largest result one `run` call may allocate, in bytes: 2^31 (2 GiB) over
 * all output arrays. Larger runs go in calls of fewer samples, reduced chunk
 * by chunk.
 *
 * @example
 * MAX_RESULT_BYTES / 2 ** 30; // => 2
 */
export const MAX_RESULT_BYTES = 2 ** 31;

/** What a backend provides per compiled program: chunk execution into preallocated columns. */
export interface ChunkRunner {
  /** Largest count one `run` call takes (device buffer limits); Infinity for none. */
  readonly maxChunk: number;
  /** Bytes per output value (4 for float32, 8 for float64). */
  readonly bytesPerValue: 4 | 8;
  /** Allocate K zeroed output arrays of `count` values. */
  allocate(count: number): SampleColumns;
  /**
   * Compute samples `start … start + count − 1` into `cols[k][offset + i]`:
   * random mode draws with `seed`; given mode reads rows `start …` of `rows`.
   */
  run(cols: SampleColumns, offset: number, start: number, count: number, seed: number, rows?: Float32Array | Float64Array): Promise<void>;
  /** webgpu: a reduction on the device whose `add` takes at most `maxChunk` samples (see {@link SamplingKernel.reduceOnDevice}). */
  reduceOnDevice?(targets: readonly ReduceTarget[]): DeviceReduction;
  dispose(): void;
}

function checkSize(count: number, k: number, bytes: number, path: string): void {
  if (count * k * bytes > MAX_RESULT_BYTES) {
    const most = Math.floor(MAX_RESULT_BYTES / (k * bytes));
    throw new InputError({
      path,
      received: count,
      expected: `at most ${most} samples per call for ${k} outputs (2 GiB of results)`,
      problem: 'is too large for one call',
      fix: `run the samples in calls of at most ${most} and reduce each chunk (streaming statistics)`,
    });
  }
}

/** True when `into` holds one typed array per output of the runner's element type, each at least `count` long. */
function reusable(runner: ChunkRunner, into: SampleColumns | undefined, count: number, outputs: number): into is SampleColumns {
  if (into === undefined || !Array.isArray(into) || into.length !== outputs) return false;
  const type = runner.bytesPerValue === 4 ? Float32Array : Float64Array;
  return (into as (Float32Array | Float64Array)[]).every((c) => c instanceof type && c.length >= count);
}

async function chunked(runner: ChunkRunner, count: number, body: (cols: SampleColumns, off: number, len: number) => Promise<void>, into?: SampleColumns, outputs = 0): Promise<SampleColumns> {
  const cols = reusable(runner, into, count, outputs)
    ? ((into as (Float32Array | Float64Array)[]).map((c) => c.subarray(0, count)) as SampleColumns)
    : runner.allocate(count);
  for (let off = 0; off < count; off += runner.maxChunk) {
    await body(cols, off, Math.min(runner.maxChunk, count - off));
  }
  return cols;
}

/**
 * Run calls one after another: a gpu.js kernel keeps its output size and
 * random seed as state, so two overlapping runs on one kernel would mix
 * their chunks. A caller may still launch run B before awaiting run A.
 */
function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * The life of one kernel: its run queue ({@link serial}), a check that it is
 * still live, and a dispose() that releases the runner once, after the runs
 * already queued (which hold the kernel's buffers).
 */
function lifecycle(runner: ChunkRunner): { queue: ReturnType<typeof serial>; checkLive(): void; dispose(): void } {
  let live = true;
  const queue = serial();
  return {
    queue,
    checkLive(): void {
      if (!live) throw new AilcaError('this kernel was disposed; compile the program again');
    },
    dispose(): void {
      if (live) {
        void queue(async () => {
          try {
            runner.dispose();
          } catch {
            // the backend's dispose() may have released the kernel first
          }
        });
      }
      live = false;
    },
  };
}

/** The checked, queued, chunked form of a runner's device reduction. */
function deviceReduction(runner: ChunkRunner, life: ReturnType<typeof lifecycle>, outputCount: number, targets: readonly ReduceTarget[]): DeviceReduction {
  life.checkLive();
  if (targets.length !== outputCount) {
    throw new InputError({ path: 'targets', received: targets.length, expected: `one target per output (${outputCount})`, fix: 'give a histogram range and shift for every output of the program' });
  }
  const inner = (runner.reduceOnDevice as NonNullable<ChunkRunner['reduceOnDevice']>)(targets);
  return {
    async add(start: number, count: number, seed: number): Promise<void> {
      life.checkLive();
      checkSampleIndex(start, 'start');
      checkNumber(count, 'count', { min: 0, integer: true, fix: 'give the number of samples as a whole number' });
      const s = checkSeed(seed, 'seed');
      if (start + count > PCG_MAX_SAMPLES) {
        throw new InputError({ path: 'count', received: count, expected: `at most 2^32 − start = ${PCG_MAX_SAMPLES - start}`, problem: 'runs past the last sample index', fix: 'sample index 2^32 would repeat index 0: use another seed for more samples' });
      }
      return life.queue(async () => {
        for (let off = 0; off < count; off += runner.maxChunk) await inner.add(start + off, Math.min(runner.maxChunk, count - off), s);
      });
    },
    finish: () => life.queue(() => inner.finish()),
    dispose: () => void life.queue(async () => inner.dispose()),
    ...(inner.kernels !== undefined ? { kernels: inner.kernels } : {}),
  };
}

/** Wrap a runner as a {@link SamplingKernel}: validation, allocation, chunking. */
export function samplingKernel(runner: ChunkRunner, outputCount: number): SamplingKernel {
  const life = lifecycle(runner);
  return {
    mode: 'random',
    outputCount,
    async run(start: number, count: number, seed: number, into?: SampleColumns): Promise<SampleColumns> {
      life.checkLive();
      checkSampleIndex(start, 'start');
      checkNumber(count, 'count', { min: 0, integer: true, fix: 'give the number of samples as a whole number' });
      const s = checkSeed(seed, 'seed');
      if (start + count > PCG_MAX_SAMPLES) {
        throw new InputError({
          path: 'count',
          received: count,
          expected: `at most 2^32 − start = ${PCG_MAX_SAMPLES - start}`,
          problem: 'runs past the last sample index',
          fix: 'sample index 2^32 would repeat index 0: use another seed for more samples',
        });
      }
      checkSize(count, outputCount, runner.bytesPerValue, 'count');
      return life.queue(() => chunked(runner, count, (cols, off, len) => runner.run(cols, off, start + off, len, s), into, outputCount));
    },
    ...(runner.reduceOnDevice ? { reduceOnDevice: (targets: readonly ReduceTarget[]) => deviceReduction(runner, life, outputCount, targets) } : {}),
    dispose(): void {
      life.dispose();
    },
  };
}

/** Check rows for a {@link RowKernel}: a typed array of finite numbers, d per row. */
function checkRows(rows: unknown, d: number): Float32Array | Float64Array {
  if (!(rows instanceof Float32Array || rows instanceof Float64Array)) {
    throw new InputError({ path: 'rows', received: rows, expected: 'a Float32Array or Float64Array, row-major n × d', fix: 'pack the design as Float64Array.from(points.flat())' });
  }
  if (rows.length % d !== 0) {
    throw new InputError({ path: 'rows.length', received: rows.length, expected: `a multiple of the row width ${d} (program.uniformsPerSample)`, fix: 'give d values per row, one per Math.random() call of the program' });
  }
  for (let i = 0; i < rows.length; i++) {
    if (!Number.isFinite(rows[i])) {
      throw new InputError({ path: `rows[${i}]`, received: rows[i], expected: 'a finite number', fix: `fix row ${Math.floor(i / d)}, column ${i % d} of the design` });
    }
  }
  return rows;
}

/** Wrap a runner as a {@link RowKernel}. */
export function rowKernel(runner: ChunkRunner, outputCount: number, rowWidth: number): RowKernel {
  const life = lifecycle(runner);
  return {
    mode: 'given',
    outputCount,
    rowWidth,
    async run(rows: Float32Array | Float64Array): Promise<SampleColumns> {
      life.checkLive();
      const checked = checkRows(rows, rowWidth);
      const count = checked.length / rowWidth;
      checkSize(count, outputCount, runner.bytesPerValue, 'rows.length');
      return life.queue(() => chunked(runner, count, (cols, off, len) => runner.run(cols, off, off, len, 0, checked)));
    },
    dispose(): void {
      life.dispose();
    },
  };
}
