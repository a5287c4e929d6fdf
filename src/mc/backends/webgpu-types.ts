/**
 * The slice of the WebGPU API (W3C) that the device reduction, the fused
 * kernel and the pipeline read-back use, typed locally: Dawn's binding (npm package "webgpu") ships no
 * types. Only the members called here are declared; a device or buffer from
 * gpu.js is cast to these.
 */

/** GPUBufferUsage.MAP_READ and GPUMapMode.READ (W3C WebGPU; both 0x0001). */
export const MAP_READ = 0x0001;
/** GPUBufferUsage.COPY_SRC (W3C WebGPU). */
export const COPY_SRC = 0x0004;
/** GPUBufferUsage.COPY_DST (W3C WebGPU). */
export const COPY_DST = 0x0008;
/** GPUBufferUsage.UNIFORM (W3C WebGPU). */
export const UNIFORM = 0x0040;
/** GPUBufferUsage.STORAGE (W3C WebGPU). */
export const STORAGE = 0x0080;

/**
 * A device buffer (W3C GPUBuffer).
 * @internal
 */
export interface GPUBuffer {
  /** Its size in bytes. */
  readonly size: number;
  /** Map `size` bytes at `offset` for reading (`mode` {@link MAP_READ}); resolves when mapped. */
  mapAsync(mode: number, offset: number, size: number): Promise<void>;
  /** The mapped bytes; valid until {@link GPUBuffer.unmap}. */
  getMappedRange(offset: number, size: number): ArrayBuffer;
  /** Release the mapping. */
  unmap(): void;
  /** Free the buffer. */
  destroy(): void;
}

/**
 * A compiled compute pipeline (W3C GPUComputePipeline).
 * @internal
 */
export interface GPUPipeline {
  /** The layout of bind group `index` (with `layout: 'auto'`, inferred from the shader). */
  getBindGroupLayout(index: number): unknown;
}

/**
 * A compute pass being recorded (W3C GPUComputePassEncoder).
 * @internal
 */
export interface GPUComputePass {
  /** Use `p` for the following dispatches. */
  setPipeline(p: GPUPipeline): void;
  /** Bind `group` at `index`. */
  setBindGroup(index: number, group: unknown): void;
  /** Launch x × y work-groups (y defaults to 1). */
  dispatchWorkgroups(x: number, y?: number): void;
  /** Close the pass. */
  end(): void;
}

/**
 * A command encoder (W3C GPUCommandEncoder).
 * @internal
 */
export interface GPUEncoder {
  /** Start a compute pass. */
  beginComputePass(): GPUComputePass;
  /** Copy `size` bytes from `a` at `ao` to `b` at `bo`. */
  copyBufferToBuffer(a: GPUBuffer, ao: number, b: GPUBuffer, bo: number, size: number): void;
  /** The recorded commands, for `queue.submit`. */
  finish(): unknown;
}

/**
 * A WebGPU device (W3C GPUDevice).
 * @internal
 */
export interface GPUDevice {
  /** The device's limits (those read here). */
  readonly limits: { readonly maxComputeWorkgroupsPerDimension: number };
  /** Compile WGSL `code`. */
  createShaderModule(d: { code: string }): unknown;
  /** A compute pipeline of a module's entry point. */
  createComputePipeline(d: { layout: 'auto'; compute: { module: unknown; entryPoint: string } }): GPUPipeline;
  /** A buffer of `size` bytes with the given usage flags ({@link STORAGE}, {@link COPY_DST}, …). */
  createBuffer(d: { size: number; usage: number }): GPUBuffer;
  /** A bind group of whole buffers. */
  createBindGroup(d: { layout: unknown; entries: { binding: number; resource: { buffer: GPUBuffer } }[] }): unknown;
  /** A new command encoder. */
  createCommandEncoder(): GPUEncoder;
  /** Collect the errors of the following calls (reported asynchronously, never thrown). */
  pushErrorScope(filter: 'validation' | 'out-of-memory'): void;
  /** The first error since the matching push, or null. */
  popErrorScope(): Promise<{ readonly message: string } | null>;
  /** The device's queue: buffer writes and submits. */
  readonly queue: { writeBuffer(b: GPUBuffer, offset: number, data: ArrayBufferView): void; submit(commands: unknown[]): void };
}
