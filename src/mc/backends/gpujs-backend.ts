import { AilcaError, InputError } from '../../errors/index.js';
import { pcgChunkSeed } from '../random/pcg-chunk-seed.js';
import type { Backend, BackendName, RowKernel, SamplingKernel } from './backend.js';
import { checkProgram, type CheckedProgram } from './check-program.js';
import { rowKernel, samplingKernel, type ChunkRunner } from './chunked-kernel.js';
import { callWithPcg } from './cpu-random.js';
import { copyOutputs, loadGpuJs, preferRawOutput, type GpuJsKernel } from './gpujs-kernel.js';
import { DeviceStaging } from './device-staging.js';
import { DeviceReducer } from './device-reducer.js';
import { FusedKernel } from './fused-kernel.js';
import type { DeviceReduction, ReduceTarget } from './backend.js';
import { throttledImmediate } from './throttle-immediate.js';
import { kernelSource } from './program-source.js';
import type { CompileOptions, SampleColumns, SampleProgram } from './program.js';

/**
 * Default samples per gpu.js kernel launch: 2^20, on the throughput plateau
 * of 2^18–2^20 measured on every backend (docs/backends.md, Q2). webgpu
 * lowers it to fit the adapter's storage buffers. Exported as
 * `DEFAULT_BACKEND_CHUNK`.
 *
 * @example
 * DEFAULT_BACKEND_CHUNK; // => 1048576
 */
export const DEFAULT_CHUNK = 1 << 20;

/** What a gpu.js backend needs besides its mode. */
export interface GpuJsBackendSpec {
  readonly mode: 'webasm' | 'webgpu' | 'cpu';
  readonly description: string;
  /** Samples per launch before device limits. */
  readonly chunk: number;
  /** Largest storage buffer in bytes (webgpu), Infinity elsewhere. */
  readonly maxBufferBytes: number;
  /** webasm: split launches across gpu.js's worker pool of this many workers (`asyncMode`, `poolSize`); 1 = calling thread. */
  readonly threads: number;
  /** Called once by dispose() after gpu.js is destroyed (the WebGPU session's release). */
  readonly release?: () => Promise<void>;
}

/** Outputs per kernel: `Array(4)` is gpu.js's widest return; cpu gets one per output (see docs/backends.md). */
function groupsOf(p: CheckedProgram, mode: GpuJsBackendSpec['mode']): { first: number; n: number }[] {
  const width = mode === 'cpu' ? 1 : 4;
  const groups: { first: number; n: number }[] = [];
  for (let first = 0; first < p.outputs.length; first += width) groups.push({ first, n: Math.min(width, p.outputs.length - first) });
  return groups;
}

function compileError(p: CheckedProgram, e: unknown, mode: string): InputError {
  const message = String((e as Error)?.message ?? e).split('\n')[0];
  return new InputError({
    path: 'program.statements',
    received: p.statements.length > 100 ? `${p.statements.slice(0, 97)}...` : p.statements,
    expected: `statements gpu.js can translate for ${mode}`,
    problem: `do not compile (${message})`,
    fix: 'keep to the subset listed on SampleProgram: float variables, Math functions, ternaries, if, table reads',
  });
}

/**
 * A gpu.js backend (`webasm`, `webgpu` or `cpu`). Each program becomes
 * ⌈K/4⌉ kernels returning `Array(4)` (one per output on `cpu`); every kernel
 * recomputes the whole sample from the same per-cell stream, so the groups
 * agree. Chunk c of a run is seeded with {@link pcgChunkSeed}, which makes
 * every chunking give the samples of one big launch.
 * @internal
 */
export async function createGpuJsBackend(spec: GpuJsBackendSpec): Promise<Backend> {
  const { GPU } = await loadGpuJs();
  const gpu = new GPU({ mode: spec.mode });
  const mode = spec.mode;
  let disposed = false;

  // the kernels the device reduction reads (docs/backends.md): one fused launch per chunk, or the group kernels
  const layout = process.env.AILCA_WEBGPU_KERNELS === 'groups' ? 'groups' : 'fused';

  function runner(p: CheckedProgram): ChunkRunner {
    const groups = groupsOf(p, mode);
    const d = p.uniformsPerSample;
    const widest = Math.max(...groups.map((g) => g.n), p.mode === 'given' ? d : 1);
    const maxChunk = Math.max(1, Math.min(spec.chunk, Math.floor(spec.maxBufferBytes / (4 * widest))));
    const tables = p.tableValues.map((t) => Float32Array.from(t));
    // webgpu: the kernel keeps its result on the device
    // (gpu.js `pipeline`) and we read it back into the caller's columns
    // ourselves — gpu.js's own read-back copies every chunk into a fresh
    // ArrayBuffer, which at 10^8 samples cost more GC time than the copy.
    const onDevice = groups.map(() => mode === 'webgpu');
    const staging = new DeviceStaging();
    const kernels: GpuJsKernel[] = groups.map(({ first, n }, g) =>
      gpu.createKernel(kernelSource(p, first, n), {
        ...(onDevice[g] ? { pipeline: true } : {}),
        output: [maxChunk],
        dynamicOutput: true,
        dynamicArguments: true,
        returnType: n === 1 ? 'Number' : `Array(${n})`,
        precision: 'single',
        tactic: 'precision',
        ...(p.mode === 'random' && mode !== 'cpu' ? { randomSeed: 0 } : {}),
        ...(spec.threads > 1 ? { asyncMode: true, poolSize: spec.threads } : {}),
      }),
    );
    const sizes = kernels.map(() => maxChunk);
    let fusedKernel: Promise<FusedKernel> | undefined;
    /** Launch kernel g over samples start … start + count − 1 (random mode) or rows; its result, checked to have run on `mode`. */
    async function launch(g: number, start: number, count: number, seed: number, args: unknown[]): Promise<unknown> {
      const kernel = kernels[g];
      if (sizes[g] !== count) {
        kernel.setOutput([count]);
        sizes[g] = count;
      }
      let result: unknown;
      if (p.mode === 'random' && mode === 'cpu') {
        result = callWithPcg(kernel, seed, start, args);
      } else {
        if (p.mode === 'random') kernel.setRandomSeed(pcgChunkSeed(seed, start));
        preferRawOutput(kernel);
        result = kernel(...args);
      }
      result = mode === 'webgpu' ? await throttledImmediate(async () => result) : await result;
      const ran = kernel.kernel?.constructor.mode;
      if (ran !== mode) {
        throw new AilcaError(`gpu.js ran this kernel on "${ran}" instead of "${mode}" (${kernel.kernel?.fallbackReason ?? 'no reason given'}); the samples would not be reproducible`);
      }
      return result;
    }
    /**
     * webgpu, random mode: the outputs are reduced by a WGSL pass on the same device
     * (device-reducer.ts), reading in place either the fused kernel's buffer (every output of a
     * sample computed once, fused-kernel.ts; the default) or, with AILCA_WEBGPU_KERNELS=groups,
     * each group kernel's pipeline output.
     */
    function reduceOnDevice(targets: readonly ReduceTarget[]): DeviceReduction {
      const device = (kernels[0].kernel as unknown as { _device?: unknown } | undefined)?._device;
      if (device === undefined) throw new AilcaError('gpu.js webgpu kernel without a device (gpu.js internals changed?)');
      // one fused kernel per compiled program, made at the first device reduction; its launches are serialised with the kernel's other calls (chunked-kernel.ts)
      if (layout === 'fused') fusedKernel ??= FusedKernel.create(kernels[0].kernel, p, maxChunk, spec.maxBufferBytes);
      const fused = layout === 'fused' ? fusedKernel : undefined;
      const made = DeviceReducer.create(device, targets, maxChunk);
      // a refusal surfaces at the first add or finish; dispose waits for the buffers
      made.catch(() => undefined);
      fused?.catch(() => undefined);
      const k = p.outputs.length;
      return {
        async add(start, count, seed) {
          const reducer = await made;
          if (fused !== undefined) {
            const f = await fused;
            for (let at = start; at < start + count; at += f.chunk) {
              const c = Math.min(f.chunk, start + count - at);
              await reducer.beginChunk(c);
              f.encode(at, c, seed);
              for (const g of groups) reducer.encode(f.buffer, g.first, g.n, at, c, k, g.first);
              await throttledImmediate(() => reducer.endChunk());
            }
            return;
          }
          await reducer.beginChunk(count);
          for (let g = 0; g < kernels.length; g++) {
            const result = await launch(g, start, count, seed, tables);
            const buffer = (result as { buffer?: unknown } | null)?.buffer;
            if (buffer === undefined) throw new AilcaError('gpu.js webgpu pipeline result without a device buffer (gpu.js internals changed?)');
            reducer.encode(buffer, groups[g].first, groups[g].n, start, count);
          }
          await throttledImmediate(() => reducer.endChunk());
        },
        finish: async () => {
          const reducer = await made;
          return throttledImmediate(() => reducer.finish());
        },
        kernels: layout,
        dispose: () => {
          void made.then((reducer) => reducer.destroy(), () => undefined);
        },
      };
    }
    return {
      ...(mode === 'webgpu' && p.mode === 'random' ? { reduceOnDevice } : {}),
      maxChunk,
      bytesPerValue: 4,
      allocate: (count: number): SampleColumns => p.outputs.map(() => new Float32Array(count)),
      async run(cols, offset, start, count, seed, rows) {
        const slice = rows?.subarray(start * d, (start + count) * d);
        const rowArg = slice instanceof Float64Array ? Float32Array.from(slice) : slice;
        const args = rowArg ? [rowArg, ...tables] : tables;
        for (let g = 0; g < kernels.length; g++) {
          const kernel = kernels[g];
          const result = await launch(g, start, count, seed, args);
          if (onDevice[g]) {
            await throttledImmediate(() => staging.read(kernel, result, cols as Float32Array[], groups[g].first, groups[g].n, offset, count));
          } else {
            copyOutputs(result, cols as Float32Array[], groups[g].first, groups[g].n, offset, count);
          }
        }
      },
      dispose() {
        void fusedKernel?.then((f) => f.destroy(), () => undefined);
        staging.destroy();
        for (const k of kernels) k.destroy();
      },
    };
  }

  function compile(program: SampleProgram, options?: CompileOptions & { readonly mode?: 'random' }): Promise<SamplingKernel>;
  function compile(program: SampleProgram, options: CompileOptions & { readonly mode: 'given' }): Promise<RowKernel>;
  async function compile(program: SampleProgram, options: CompileOptions = {}): Promise<SamplingKernel | RowKernel> {
    if (disposed) throw new AilcaError(`the ${mode} backend was disposed; create another`);
    const p = checkProgram(program, options.mode ?? 'random');
    let r: ChunkRunner | undefined;
    try {
      r = runner(p);
      // a one-sample trial launch: gpu.js translates on the first call
      const probe = r.allocate(1);
      await r.run(probe, 0, 0, 1, 0, p.mode === 'given' ? new Float64Array(p.uniformsPerSample).fill(0.5) : undefined);
    } catch (e) {
      r?.dispose();
      if (e instanceof AilcaError) throw e;
      throw compileError(p, e, mode);
    }
    return p.mode === 'random' ? samplingKernel(r, p.outputs.length) : rowKernel(r, p.outputs.length, p.uniformsPerSample);
  }

  return {
    name: mode as BackendName,
    precision: 'float32',
    description: spec.description,
    compile,
    async dispose() {
      if (disposed) return;
      disposed = true;
      gpu.destroy();
      await spec.release?.();
    },
  };
}
