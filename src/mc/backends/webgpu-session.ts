import { AilcaError } from '../../errors/index.js';
import { describeAdapter, type AdapterInfo } from './probe-webgpu.js';

/** Why WebGPU cannot run here; {@link createBackend} turns it into an InputError on `backend`. */
export class WebGPUUnavailableError extends AilcaError {
  override readonly name: string = 'WebGPUUnavailableError';
}

/** A held reference to the process-wide Dawn instance and gpu.js's WebGPU device. */
export interface WebGPUSession {
  /** The adapter in words, e.g. `llvmpipe: Mesa 25.0.7 (LLVM 15.0.6) — mesa, software — via Dawn (webgpu npm)`. */
  readonly description: string;
  /** True for a CPU-emulated adapter (lavapipe/llvmpipe, SwiftShader, WARP). */
  readonly software: boolean;
  /** Largest storage buffer binding in bytes (lavapipe: 128 MiB); gpu.js requests the adapter's maximum. */
  readonly maxBufferBytes: number;
  /** Drop this reference; the last one destroys the device and removes `navigator`. */
  release(): Promise<void>;
}

interface Dawn {
  create(flags: string[]): {
    requestAdapter(): Promise<{ readonly info?: AdapterInfo; readonly limits: { readonly maxStorageBufferBindingSize: number; readonly maxBufferSize: number } } | null>;
  };
  globals: Record<string, unknown>;
}

interface Shared {
  refs: number;
  description: string;
  software: boolean;
  maxBufferBytes: number;
  restore: () => void;
}

let shared: Shared | null = null;
/** The process's Dawn instance (`create([])`), kept for the life of the process; see install(). */
let dawnInstance: ReturnType<Dawn['create']> | undefined;
let opening: Promise<Shared> | null = null;
let closing: Promise<void> | null = null;
/** The npm package holding Dawn; a variable so that no bundler or type checker resolves it eagerly. */
const DAWN_PACKAGE = 'webgpu';

/** Install Dawn's globals and `navigator.gpu`, remembering what was there to restore it. */
function install(dawn: Dawn): () => void {
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const key of [...Object.keys(dawn.globals), 'navigator']) {
    saved.set(key, Object.getOwnPropertyDescriptor(g, key));
  }
  for (const [key, value] of Object.entries(dawn.globals)) {
    if (!(key in g)) Object.defineProperty(g, key, { value, configurable: true, writable: true });
  }
  // One Dawn instance per process, never released: if it were collected while
  // gpu.js's buffers and pipelines still await collection, their finalizers
  // run against a dead instance and Node aborts (measured: SIGSEGV, futex and
  // pthread assertion failures at a later GC). Held, it does not keep Node
  // alive once the device is destroyed.
  dawnInstance ??= dawn.create([]);
  Object.defineProperty(g, 'navigator', { value: { gpu: dawnInstance }, configurable: true, writable: true });
  return () => {
    for (const [key, desc] of saved) {
      if (desc) Object.defineProperty(g, key, desc);
      else delete g[key];
    }
  };
}

async function open(): Promise<Shared> {
  let dawn: Dawn;
  try {
    dawn = (await import(DAWN_PACKAGE)) as Dawn;
  } catch (e) {
    throw new WebGPUUnavailableError(`the Dawn binding (npm package "webgpu") does not load here: ${(e as Error).message}`);
  }
  const restore = install(dawn);
  try {
    const gpu = (globalThis as unknown as { navigator: { gpu: ReturnType<Dawn['create']> } }).navigator.gpu;
    const adapter = await gpu.requestAdapter();
    if (!adapter) {
      throw new WebGPUUnavailableError('Dawn loaded but found no WebGPU adapter (no Vulkan driver with the features Dawn needs)');
    }
    const info: AdapterInfo = adapter.info ?? {};
    return { refs: 0, ...describeAdapter(info, adapter.limits), restore };
  } catch (e) {
    restore();
    throw e;
  }
}

/**
 * Open (or share) the WebGPU session: load Dawn with a dynamic import, set
 * `navigator.gpu`, and ask for an adapter. Reference-counted, because gpu.js
 * keeps one WebGPU device for the whole process.
 *
 * @throws {@link WebGPUUnavailableError} when Dawn does not load or finds no adapter
 */
export async function openWebGPU(): Promise<WebGPUSession> {
  while (closing) await closing;
  if (!shared) {
    opening ??= open().finally(() => {
      opening = null;
    });
    shared = await opening;
  }
  const s = shared;
  s.refs++;
  let held = true;
  return {
    description: s.description,
    software: s.software,
    maxBufferBytes: s.maxBufferBytes,
    async release() {
      if (!held) return;
      held = false;
      if (--s.refs > 0) return;
      if (shared === s) shared = null;
      // gpu.js's device must be destroyed before navigator goes, or Dawn
      // crashes at process exit (measured: SIGSEGV / a pthread assertion)
      closing = (async () => {
        const gpujs = (await import('gpu.js')).default as unknown as { WebGPUContext: { destroy(): Promise<void> } };
        await gpujs.WebGPUContext.destroy();
        s.restore();
      })().finally(() => {
        closing = null;
      });
      await closing;
    },
  };
}
