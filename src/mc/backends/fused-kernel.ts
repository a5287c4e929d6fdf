import { AilcaError } from '../../errors/index.js';
import { pcgChunkSeed } from '../random/pcg-chunk-seed.js';
import type { CheckedProgram } from './check-program.js';
import { fusedWgsl } from './fused-wgsl.js';
import { COPY_DST, COPY_SRC, MAP_READ, STORAGE, UNIFORM, type GPUBuffer, type GPUDevice, type GPUPipeline } from './webgpu-types.js';

/** What the fused kernel reads off gpu.js's built group-0 webgpu kernel (kernel.js: compiledSource, paramsLayout, _device). */
interface GpuJsWebGPUKernel {
  readonly compiledSource?: string;
  readonly _device?: unknown;
  readonly paramsLayout?: { readonly arrayArgs: readonly { readonly dimsOffset: number }[]; readonly scalarArgs: readonly unknown[]; readonly randomSeedOffset: number | null; readonly byteLength: number };
}
/** gpu.js's work-group for a 1D output (kernel.js, assembleWGSL). */
const WORKGROUP = 64;

/**
 * One launch computes every output of a sample (random mode, webgpu): the
 * WGSL of {@link fusedWgsl} run on gpu.js's own device, with gpu.js's
 * bindings and params layout (params at 0, the tables at 1…T, the result at
 * T + 1), writing K floats per sample, stride K, into one storage buffer
 * that the device reduction reads in place. Chunk (start, count) is seeded
 * `pcgChunkSeed(seed, start)` as gpu.js's kernels are, so the samples are
 * those of the group kernels.
 * @internal
 */
export class FusedKernel {
  /** Most samples one launch may take: the result buffer holds chunk × K floats. */
  readonly chunk: number;
  /** The result buffer, `chunk × K` float32, sample-major. */
  readonly buffer: GPUBuffer;
  private readonly pipeline: GPUPipeline;
  private readonly params: GPUBuffer;
  private readonly tables: GPUBuffer[];
  private readonly bind: unknown;
  private readonly mirror: Uint32Array;
  private staging: GPUBuffer | undefined;

  private constructor(private readonly device: GPUDevice, private readonly outputs: number, code: string, private readonly layout: NonNullable<GpuJsWebGPUKernel['paramsLayout']>, tableValues: readonly Float64Array[], chunk: number) {
    this.chunk = chunk;
    const module = device.createShaderModule({ code });
    this.pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' } });
    this.params = device.createBuffer({ size: layout.byteLength, usage: UNIFORM | COPY_DST });
    this.mirror = new Uint32Array(layout.byteLength / 4);
    this.tables = tableValues.map((t, i) => {
      const data = Float32Array.from(t);
      const b = device.createBuffer({ size: data.byteLength, usage: STORAGE | COPY_DST });
      device.queue.writeBuffer(b, 0, data);
      this.mirror.set([t.length, 1, 1, t.length], layout.arrayArgs[i].dimsOffset / 4);
      return b;
    });
    this.buffer = device.createBuffer({ size: 4 * outputs * chunk, usage: STORAGE | COPY_SRC });
    this.bind = device.createBindGroup({
      layout: this.pipeline.getBindGroupLayout(0),
      entries: [this.params, ...this.tables, this.buffer].map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
  }

  /**
   * The fused kernel of checked random-mode program `p`, from gpu.js's built (already launched)
   * group-0 webgpu kernel of the same program.
   * @param maxBufferBytes - the adapter's largest storage buffer; the chunk is lowered to fit K outputs
   * @throws AilcaError when gpu.js's kernel lacks what the fused kernel reads, or the device refuses the shader or a buffer
   */
  static async create(gpuJsKernel: unknown, p: CheckedProgram, maxChunk: number, maxBufferBytes: number): Promise<FusedKernel> {
    const inner = gpuJsKernel as GpuJsWebGPUKernel;
    const layout = inner.paramsLayout;
    if (p.mode !== 'random') throw new AilcaError('fused webgpu kernel: random mode only');
    if (inner.compiledSource === undefined || inner._device === undefined || layout === undefined || layout.scalarArgs.length > 0 || layout.arrayArgs.length !== p.tableNames.length) {
      throw new AilcaError('fused webgpu kernel: gpu.js kernel without its WGSL, device or expected params layout (gpu.js internals changed?)');
    }
    const code = fusedWgsl(inner.compiledSource, p.outputs);
    const device = inner._device as GPUDevice;
    const chunk = Math.max(1, Math.min(maxChunk, Math.floor(maxBufferBytes / (4 * p.outputs.length))));
    device.pushErrorScope('validation');
    device.pushErrorScope('out-of-memory');
    let made: FusedKernel | undefined;
    try {
      made = new FusedKernel(device, p.outputs.length, code, layout, p.tableValues, chunk);
    } finally {
      const oom = await device.popErrorScope();
      const invalid = await device.popErrorScope();
      const error = invalid ?? oom;
      if (error) {
        made?.destroy();
        // eslint-disable-next-line no-unsafe-finally -- the device's own error replaces any other
        throw new AilcaError(`the WebGPU device refused the fused kernel: ${error.message}`);
      }
    }
    return made;
  }

  /** Queue the launch for samples start … start + count − 1 (count ≤ chunk) of the run seeded `seed`. */
  encode(start: number, count: number, seed: number): void {
    if (count > this.chunk) throw new AilcaError(`fused webgpu kernel: ${count} samples in a launch of at most ${this.chunk}`);
    let x = Math.ceil(count / WORKGROUP);
    let y = 1;
    const most = this.device.limits.maxComputeWorkgroupsPerDimension;
    if (x > most) {
      // gpu.js's fold of a long 1D dispatch across Y (kernel.js, _computeDispatch)
      y = Math.ceil(x / most);
      x = Math.ceil(x / y);
    }
    this.mirror.set([count, 1, 1, x * WORKGROUP], 0);
    if (this.layout.randomSeedOffset !== null) this.mirror[this.layout.randomSeedOffset / 4] = pcgChunkSeed(seed, start) >>> 0;
    this.device.queue.writeBuffer(this.params, 0, this.mirror);
    const encoder = this.device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, this.bind);
    pass.dispatchWorkgroups(x, y);
    pass.end();
    this.device.queue.submit([encoder.finish()]);
  }

  /** Launch and read back `count` samples: K floats each, sample-major (the tests' view of the buffer). */
  async sample(start: number, count: number, seed: number): Promise<Float32Array> {
    this.encode(start, count, seed);
    const bytes = 4 * this.outputs * count;
    this.staging?.destroy();
    this.staging = this.device.createBuffer({ size: Math.max(4, bytes), usage: MAP_READ | COPY_DST });
    const encoder = this.device.createCommandEncoder();
    encoder.copyBufferToBuffer(this.buffer, 0, this.staging, 0, bytes);
    this.device.queue.submit([encoder.finish()]);
    await this.staging.mapAsync(MAP_READ, 0, bytes);
    try {
      return new Float32Array(this.staging.getMappedRange(0, bytes).slice(0));
    } finally {
      this.staging.unmap();
    }
  }

  /** Release the device buffers. */
  destroy(): void {
    for (const b of [this.params, this.buffer, ...this.tables]) b.destroy();
    this.staging?.destroy();
  }
}
