import { availableParallelism } from 'node:os';
import { InputError } from '../../errors/index.js';
import type { Backend, PartialBins, PartialReducer, RowKernel, SamplingKernel } from './backend.js';
import { checkProgram, type CheckedProgram } from './check-program.js';
import { rowKernel, samplingKernel, type ChunkRunner } from './chunked-kernel.js';
import { jsPartialReducer, type JsReduceProgram } from './js-partial-reducer.js';
import { createJsWorkerPool, type JsWorkerPool } from './js-worker-pool.js';
import { jsRunSource } from './program-source.js';
import type { CompileOptions, SampleColumns, SampleProgram } from './program.js';

/** Options of the `js` backend. */
export interface JsBackendOptions {
  /** Threads that compute a run (the calling thread plus threads − 1 workers); default: the machine's cores. 1 = no workers. */
  readonly threads?: number;
  /** Runs below threads × this many samples stay on the calling thread (default 32768: a worker round trip costs about 0.1 ms). */
  readonly minSamplesPerThread?: number;
}

type RunFn = (
  out: readonly Float64Array[], offset: number, start: number, count: number, seed: number,
  rows: Float32Array | Float64Array | null, ...tables: Float64Array[]
) => void;

let nextProgramId = 1;

function compileFunction(p: CheckedProgram): RunFn {
  const source = jsRunSource(p);
  let fn: RunFn;
  try {
    fn = new Function(source)() as RunFn;
  } catch (e) {
    throw new InputError({
      path: 'program.statements',
      received: p.statements.length > 100 ? `${p.statements.slice(0, 97)}...` : p.statements,
      expected: 'valid JavaScript statements',
      problem: `do not compile (${(e as Error).message})`,
      fix: 'check the generated code; the rules are listed on SampleProgram',
    });
  }
  // trial samples: an undeclared name or a bad table read throws here, not
  // mid-run; 4096 of them also let V8 optimise the loop before real runs
  const trial = 4096;
  const probe = p.outputs.map(() => new Float64Array(trial));
  const rows = p.mode === 'given' ? new Float64Array(trial * p.uniformsPerSample).fill(0.5) : null;
  try {
    fn(probe, 0, 0, trial, 0, rows, ...p.tableValues);
  } catch (e) {
    throw new InputError({
      path: 'program.statements',
      received: p.statements.length > 100 ? `${p.statements.slice(0, 97)}...` : p.statements,
      expected: 'statements that run for one sample',
      problem: `fail on a trial sample (${(e as Error).message})`,
      fix: 'declare every variable the statements and outputs use',
    });
  }
  return fn;
}

function toShared(rows: Float32Array | Float64Array, from: number, to: number): Float32Array | Float64Array {
  const part = rows.subarray(from, to);
  const buffer = new SharedArrayBuffer(part.byteLength);
  const shared = rows instanceof Float32Array ? new Float32Array(buffer) : new Float64Array(buffer);
  shared.set(part);
  return shared;
}

/**
 * The `js` backend: the program compiled with `new Function` into a float64
 * loop, `Math.random()` replaced inline by the PCG port, so each sample draws
 * the same uniforms as on `webasm`/`webgpu` and is computed in float64.
 * Large runs split across worker threads; results are identical for any
 * thread count because every sample seeds its own stream.
 *
 * @param options - threads and the parallel threshold
 * @returns the backend (synchronous to create; workers start on first use)
 * @throws {@link InputError} for a bad thread count
 * @example
 * const backend = createJsBackend({ threads: 1 });
 * const kernel = await backend.compile({ statements: 'const y = 2 * Math.random();', outputs: ['y'], uniformsPerSample: 1 });
 * const [y] = await kernel.run(0, 3, 42);
 * y[1] === 2 * pcgStream(42, 1)(); // => true
 * await backend.dispose();
 */
export function createJsBackend(options: JsBackendOptions = {}): Backend {
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
    throw new InputError({ path: 'options.threads', received: threads, expected: 'an integer in [1, 256]', fix: 'use 1 for no worker threads, or the number of cores' });
  }
  const minPerThread = options.minSamplesPerThread ?? 32768;
  const pool: JsWorkerPool | null = threads > 1 ? createJsWorkerPool(threads - 1) : null;
  const parallelAt = threads * minPerThread;

  function runner(p: CheckedProgram): ChunkRunner & { reduceProgram: JsReduceProgram } {
    const fn = compileFunction(p);
    const id = nextProgramId++;
    let definedInPool = false;
    const inPool = (): number => {
      if (!definedInPool) {
        pool?.define(id, { source: jsRunSource(p), tables: p.tableValues, outputs: p.outputs, rowWidth: p.mode === 'given' ? p.uniformsPerSample : 0 });
        definedInPool = true;
      }
      return id;
    };
    return {
      reduceProgram: { fn, tables: p.tableValues, threads, parallelAt, pool, inPool },
      maxChunk: Infinity,
      bytesPerValue: 8,
      allocate(count: number): SampleColumns {
        const shared = pool !== null && count >= parallelAt;
        return p.outputs.map(() => new Float64Array(shared ? new SharedArrayBuffer(count * 8) : new ArrayBuffer(count * 8)));
      },
      async run(cols, offset, start, count, seed, rows) {
        const out = cols as Float64Array[];
        const parallel = pool !== null && count >= parallelAt && out[0].buffer instanceof SharedArrayBuffer;
        if (!parallel) {
          fn(out, offset, start, count, seed, rows ?? null, ...p.tableValues);
          return;
        }
        inPool();
        const d = p.uniformsPerSample;
        const shared = rows ? toShared(rows, start * d, (start + count) * d) : null;
        const base = rows ? 0 : start; // shared rows start at this run's first row
        const per = Math.ceil(count / threads);
        const jobs: Promise<void>[] = [];
        for (let t = 0; t < threads - 1; t++) {
          const from = t * per;
          const len = Math.min(per, count - from);
          if (len <= 0) break;
          jobs.push(pool.run(id, { offset: offset + from, start: base + from, count: len }, t, out, seed, shared));
        }
        const from = (threads - 1) * per;
        if (from < count) fn(out, offset + from, base + from, count - from, seed, shared, ...p.tableValues);
        await Promise.all(jobs);
      },
      dispose() {
        if (definedInPool) pool?.forget(id);
      },
    };
  }

  function compile(program: SampleProgram, compileOptions?: CompileOptions & { readonly mode?: 'random' }): Promise<SamplingKernel>;
  function compile(program: SampleProgram, compileOptions: CompileOptions & { readonly mode: 'given' }): Promise<RowKernel>;
  async function compile(program: SampleProgram, compileOptions: CompileOptions = {}): Promise<SamplingKernel | RowKernel> {
    const p = checkProgram(program, compileOptions.mode ?? 'random');
    const r = runner(p);
    if (p.mode === 'given') return rowKernel(r, p.outputs.length, p.uniformsPerSample);
    const reducers = new Set<PartialReducer>();
    const kernel = samplingKernel(r, p.outputs.length);
    return {
      ...kernel,
      partialReducer(bins: readonly PartialBins[]): PartialReducer {
        if (bins.length !== p.outputs.length) {
          throw new InputError({ path: 'bins.length', received: bins.length, expected: `${p.outputs.length}, one histogram range per output`, fix: 'give each output its choosePilotRange' });
        }
        const reducer = jsPartialReducer(r.reduceProgram, bins);
        reducers.add(reducer);
        return reducer;
      },
      dispose() {
        for (const reducer of reducers) reducer.dispose();
        kernel.dispose();
      },
    };
  }

  return {
    name: 'js',
    precision: 'float64',
    description: `plain JavaScript, float64, ${threads} thread${threads > 1 ? 's' : ''} (calling thread + ${threads - 1} worker${threads === 2 ? '' : 's'})`,
    compile,
    async dispose() {
      await pool?.dispose();
    },
  };
}
