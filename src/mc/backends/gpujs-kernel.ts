/**
 * The slice of gpu.js 2.24.1's API the backends use, typed locally: the
 * published typings predate the `webasm`/`webgpu` backends.
 * @internal
 */
export interface GpuJsKernel {
  (...args: unknown[]): unknown;
  setOutput(output: number[]): GpuJsKernel;
  setRandomSeed(seed: number): GpuJsKernel;
  destroy(removeCanvasReferences?: boolean): void;
  /** The backend kernel behind the run shortcut (replaced when gpu.js switches kernels). */
  readonly kernel?: GpuJsInnerKernel;
}

/** @internal */
export interface GpuJsInnerKernel {
  _shapeOutput?: (data: Float32Array, output: number[], componentCount: number) => unknown;
  readonly thread?: { readonly x: number };
  readonly fallbackReason?: string | null;
  readonly constructor: { readonly mode?: string };
}

/** @internal */
export interface GpuJsInstance {
  createKernel(source: string, settings: Record<string, unknown>): GpuJsKernel;
  destroy(): void;
}

/** @internal */
export interface GpuJsModule {
  GPU: new (settings: { mode: string }) => GpuJsInstance;
}

/** Load gpu.js on demand (a CommonJS package; its exports sit on `default`). */
export async function loadGpuJs(): Promise<GpuJsModule> {
  const m = (await import('gpu.js')) as unknown as { default?: GpuJsModule } & Partial<GpuJsModule>;
  return (m.default ?? m) as GpuJsModule;
}

const raw = (data: Float32Array): Float32Array => data;

/**
 * Make an `Array(n)` kernel return its output buffer as is (stride n)
 * instead of gpu.js's one `Float32Array(n)` view per cell, which costs
 * about 0.4 s per million cells (measured, docs/backends.md). Relies on
 * gpu.js 2.24.1's `_shapeOutput` hook of the `webasm` and `webgpu`
 * kernels; {@link copyOutputs} also accepts the shaped form, so a gpu.js
 * without the hook is slower, never wrong.
 */
export function preferRawOutput(kernel: GpuJsKernel): void {
  const inner = kernel.kernel;
  if (inner && typeof inner._shapeOutput === 'function' && inner._shapeOutput !== raw) inner._shapeOutput = raw;
}

/**
 * Copy a kernel result for outputs `[first, first + n)` into the columns at
 * `offset`: a Float32Array (scalar, or raw stride n) or an array of per-cell
 * views.
 */
export function copyOutputs(result: unknown, cols: readonly Float32Array[], first: number, n: number, offset: number, count: number): void {
  if (result instanceof Float32Array && result.length >= count * n) {
    if (n === 1) {
      cols[first].set(result.subarray(0, count), offset);
      return;
    }
    for (let k = 0; k < n; k++) {
      const col = cols[first + k];
      for (let i = 0, j = k; i < count; i++, j += n) col[offset + i] = result[j];
    }
    return;
  }
  if (Array.isArray(result) && result.length >= count) {
    for (let i = 0; i < count; i++) {
      const cell = result[i] as ArrayLike<number>;
      for (let k = 0; k < n; k++) cols[first + k][offset + i] = cell[k];
    }
    return;
  }
  throw new Error(`unexpected gpu.js result for ${count} cells × ${n} outputs: ${Object.prototype.toString.call(result)}`);
}
