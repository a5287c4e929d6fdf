import { availableParallelism } from 'node:os';
import { AilcaError, InputError } from '../../errors/index.js';
import { checkNumber } from '../../validate/index.js';
import { autoBackend, type AutoProbeRequest } from './auto-backend.js';
import type { Backend, BackendName, BackendRequest } from './backend.js';
import { createGpuJsBackend, DEFAULT_CHUNK } from './gpujs-backend.js';
import { createJsBackend } from './js-backend.js';
import { probeWebGPU } from './probe-webgpu.js';
import { openWebGPU, WebGPUUnavailableError, type WebGPUSession } from './webgpu-session.js';

/**
 * Every name {@link createBackend} accepts.
 *
 * @example
 * BACKEND_NAMES; // => ['auto', 'webgpu', 'webasm', 'cpu', 'js']
 */
export const BACKEND_NAMES: readonly BackendRequest[] = ['auto', 'webgpu', 'webasm', 'cpu', 'js'];

/** Options of {@link createBackend}; each applies to the backends named. */
export interface BackendOptions {
  /** webgpu, webasm, cpu: samples per kernel launch (default 2^20); webgpu lowers it to fit the adapter's buffers. */
  readonly chunkSize?: number;
  /** js and webasm: threads (default: the machine's cores). On webasm more than 1 uses gpu.js's worker pool (`asyncMode`), about 1.9× on 2 cores (docs/backends.md). */
  readonly threads?: number;
  /**
   * How many outputs the programs will have (a hint for `auto`): on a
   * software WebGPU adapter (lavapipe) webgpu beats two-thread js for up to
   * about 8 outputs (measured here: 150 vs 46 M samples/s for one output,
   * 55 vs 39 for three; js wins from about 12), so `auto` takes webgpu when
   * the hint is at most {@link AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS}.
   */
  readonly outputs?: number;
  /**
   * For `auto`: the program and run size to measure each backend on (see
   * docs/backends.md, "How auto decides"). Given, `auto` probes (or reads
   * its cache) instead of the output-count rule above, which remains for
   * callers with no program.
   */
  readonly probe?: AutoProbeRequest;
}

/**
 * Most outputs for which `auto` prefers a software WebGPU adapter to js
 * (measurements in docs/backends.md).
 * @example
 * AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS; // => 8
 */
export const AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS = 8;

function unavailable(name: BackendName, reason: string): InputError {
  return new InputError({
    path: 'backend',
    received: name,
    expected: `a backend that runs here: 'auto', 'webasm', 'cpu' or 'js' (${name} is not available)`,
    problem: 'is not available',
    fix: name === 'webgpu'
      ? `${reason}. Install a Vulkan driver Dawn accepts (e.g. Mesa 25 lavapipe: apt-get install -t bookworm-backports mesa-vulkan-drivers) or use 'auto'`
      : `${reason}; use 'js' or 'auto'`,
  });
}

async function webgpu(options: BackendOptions, session?: WebGPUSession): Promise<Backend> {
  let s = session;
  if (!s) {
    try {
      s = await openWebGPU();
    } catch (e) {
      if (e instanceof WebGPUUnavailableError) throw unavailable('webgpu', e.message);
      throw e;
    }
  }
  const held = s;
  try {
    return await createGpuJsBackend({
      mode: 'webgpu',
      description: `gpu.js webgpu on ${held.description}`,
      chunk: options.chunkSize ?? DEFAULT_CHUNK,
      maxBufferBytes: held.maxBufferBytes,
      threads: 1,
      release: () => held.release(),
    });
  } catch (e) {
    await held.release();
    throw e;
  }
}

/**
 * Create a Monte Carlo execution backend.
 *
 * - `js`: plain JavaScript in float64, worker threads for large runs; draws
 *   the same uniforms as `webasm`/`webgpu` (the PCG port).
 * - `webasm`: gpu.js WebAssembly (f32, SIMD); with more than one thread, gpu.js's worker pool.
 * - `cpu`: gpu.js's JavaScript backend, made reproducible by feeding it the PCG port.
 * - `webgpu`: gpu.js WGSL compute shaders via Dawn (npm `webgpu`, loaded on
 *   demand); needs an adapter (a GPU, or lavapipe/SwiftShader in software).
 * - `auto`: `webgpu` on a hardware adapter, and on a software adapter
 *   (lavapipe) when `options.outputs` is at most
 *   {@link AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS}; else `js` — measured fastest
 *   here (docs/backends.md). `backend.name` and `backend.description` say
 *   which runs and why. The adapter is looked for in a child Node process
 *   (once per process), so that Dawn's native stderr warnings and memory
 *   reach this process only when webgpu is chosen.
 *
 * Dispose the backend when done: it holds workers or the WebGPU device.
 *
 * @param name - `auto`, `webgpu`, `webasm`, `cpu` or `js`
 * @param options - chunk size, threads and the outputs hint for `auto`
 * @returns the backend
 * @throws {@link InputError} on `backend` for an unknown name or one not available here, naming the valid ones; on `options.*` for a chunk size, thread count or outputs hint that is not a whole number in range
 * @example
 * const backend = await createBackend('js', { threads: 1 });
 * backend.name; // => 'js'
 * backend.precision; // => 'float64'
 * await backend.dispose();
 * let message = '';
 * try { await createBackend('gpu' as never); } catch (e) { message = e.message; }
 * message.startsWith('backend is not a backend name: got "gpu"'); // => true
 */
export async function createBackend(name: BackendRequest, options: BackendOptions = {}): Promise<Backend> {
  if (!BACKEND_NAMES.includes(name)) {
    throw new InputError({
      path: 'backend',
      received: name,
      expected: `one of ${BACKEND_NAMES.map((n) => `'${n}'`).join(', ')}`,
      problem: 'is not a backend name',
      fix: name === ('gpu' as string) || name === ('webgl' as string) ? "use 'webgpu' for a GPU, or 'auto'" : "use 'auto' to take the fastest backend that runs here",
    });
  }
  if (options.chunkSize !== undefined) checkNumber(options.chunkSize, 'options.chunkSize', { min: 1, max: 2 ** 26, integer: true, fix: 'use a power of two such as 1048576' });
  if (options.threads !== undefined) checkNumber(options.threads, 'options.threads', { min: 1, max: 256, integer: true, fix: 'use 1 for no threads, or the number of cores' });
  if (options.outputs !== undefined) checkNumber(options.outputs, 'options.outputs', { min: 0, integer: true, fix: 'give the number of outputs the programs will have, or leave it out' });
  const chunk = options.chunkSize ?? DEFAULT_CHUNK;
  switch (name) {
    case 'js':
      return createJsBackend({ threads: options.threads });
    case 'webasm': {
      const threads = options.threads ?? availableParallelism();
      return createGpuJsBackend({
        mode: 'webasm',
        description: `gpu.js webasm (WebAssembly, f32, SIMD), ${threads > 1 ? 'gpu.js worker pool' : 'calling thread'}`,
        chunk,
        maxBufferBytes: Infinity,
        threads,
      });
    }
    case 'cpu':
      return createGpuJsBackend({
        mode: 'cpu',
        description: "gpu.js cpu (JavaScript kernels, float32 outputs), Math.random fed the PCG port",
        chunk,
        maxBufferBytes: Infinity,
        threads: 1,
      });
    case 'webgpu':
      return webgpu(options);
    case 'auto': {
      if (options.probe !== undefined) {
        const rest = { ...options, probe: undefined };
        return autoBackend((n) => createBackend(n, rest), { ...options.probe, ...(options.threads !== undefined ? { threads: options.threads } : {}) });
      }
      // Probe in a child process: Dawn is loaded here (with its stderr
      // warnings and memory) only when webgpu is the choice.
      const probe = await probeWebGPU();
      const fewOutputs = options.outputs !== undefined && options.outputs <= AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS;
      let why: string;
      if (probe.available && (!probe.software || fewOutputs)) {
        try {
          return await webgpu(options, await openWebGPU());
        } catch (e) {
          if (!(e instanceof WebGPUUnavailableError)) throw e;
          why = e.message;
        }
      } else {
        why = probe.available ? `the WebGPU adapter is software (${probe.description}), slower than js here for ${options.outputs === undefined ? 'an unknown number of' : options.outputs} outputs` : probe.reason;
      }
      const js = createJsBackend({ threads: options.threads });
      return { ...js, description: `${js.description}; auto chose js: ${why}` };
    }
    default:
      throw new AilcaError(`unhandled backend ${String(name)}`);
  }
}
