import { AilcaError } from '../../errors/index.js';
import type { ReducedOutput, ReduceTarget } from './backend.js';
import { binThresholds } from './bin-thresholds.js';
import { reduceParams, reduceUnits } from './reduce-params.js';
import { HostTotals } from './reduce-totals.js';
import { REDUCE_GROUP, REDUCE_PARAMS_BYTES, REDUCE_THREADS, REDUCE_WGSL } from './reduce-wgsl.js';
import { COPY_DST, COPY_SRC, MAP_READ, STORAGE, UNIFORM, type GPUBuffer, type GPUDevice, type GPUPipeline } from './webgpu-types.js';

/** Most samples counted into the device's uint32 bins between read-backs: 2^31, so no bin can wrap. */
const FLUSH_SAMPLES = 2 ** 31;

/**
 * The device side of a reduction (see `REDUCE_WGSL`): the pipeline and the
 * thresholds, uint32 histogram, counters, partials and staging buffers of
 * every output on the device; the float64 totals they are read back into are
 * a {@link HostTotals}, the pass's uniform block is built by
 * {@link reduceParams}. `encode` queues the pass over one kernel's output
 * buffer; `endChunk` reads the chunk's work-group partials back and adds them
 * in float64 in work-group order; `finish` reads the bins and counters.
 * @internal
 */
export class DeviceReducer {
  private readonly pipeline: GPUPipeline;
  private readonly thresholds: GPUBuffer;
  private readonly hist: GPUBuffer;
  private readonly counters: GPUBuffer;
  private readonly partials: GPUBuffer;
  private readonly params: GPUBuffer;
  private readonly staging: GPUBuffer;
  private readonly groups: number;
  private readonly bins: number;
  private readonly units: number[];
  private readonly totals: HostTotals;
  private pending = 0;
  private counted = 0;
  private seen = 0;

  /**
   * Compile the pass and create the buffers; use {@link DeviceReducer.create}, which checks that
   * the device accepted them (WebGPU reports validation errors asynchronously, never by throwing).
   */
  private constructor(private readonly device: GPUDevice, private readonly targets: readonly ReduceTarget[], maxChunk: number) {
    const k = targets.length;
    const bins = targets[0].bins;
    if (targets.some((t) => t.bins !== bins)) throw new AilcaError('device reduction: every output needs the same number of bins');
    this.bins = bins;
    // partials per output: one per thread of every work-group a chunk of maxChunk samples needs
    this.groups = Math.ceil(maxChunk / REDUCE_GROUP) * REDUCE_THREADS;
    this.units = reduceUnits(targets);
    const module = device.createShaderModule({ code: REDUCE_WGSL });
    this.pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' } });
    const thresholds = new Float32Array(k * (bins + 1));
    targets.forEach((t, i) => thresholds.set(binThresholds(t.lo, t.hi, bins), i * (bins + 1)));
    this.thresholds = device.createBuffer({ size: thresholds.byteLength, usage: STORAGE | COPY_DST });
    device.queue.writeBuffer(this.thresholds, 0, thresholds);
    this.hist = device.createBuffer({ size: 4 * k * (bins + 2), usage: STORAGE | COPY_SRC | COPY_DST });
    this.counters = device.createBuffer({ size: 8 * k, usage: STORAGE | COPY_SRC | COPY_DST });
    device.queue.writeBuffer(this.counters, 0, new Uint32Array(2 * k).map((_, i) => (i % 2 === 1 ? 0xffffffff : 0)));
    this.partials = device.createBuffer({ size: 16 * k * this.groups, usage: STORAGE | COPY_SRC });
    this.params = device.createBuffer({ size: REDUCE_PARAMS_BYTES, usage: UNIFORM | COPY_DST });
    this.staging = device.createBuffer({ size: Math.max(16 * k * this.groups, 4 * k * (bins + 2), 8 * k), usage: MAP_READ | COPY_DST });
    this.totals = new HostTotals(targets, bins, this.units);
  }

  /**
   * A reducer for `targets` on `device`, chunks of at most `maxChunk` samples.
   * @throws AilcaError when the device refuses the pass or a buffer (its validation message)
   */
  static async create(gpuDevice: unknown, targets: readonly ReduceTarget[], maxChunk: number): Promise<DeviceReducer> {
    const device = gpuDevice as GPUDevice;
    device.pushErrorScope('validation');
    device.pushErrorScope('out-of-memory');
    let r: DeviceReducer | undefined;
    try {
      r = new DeviceReducer(device, targets, maxChunk);
    } finally {
      const oom = await device.popErrorScope();
      const invalid = await device.popErrorScope();
      const error = invalid ?? oom;
      if (error) {
        r?.destroy();
        // eslint-disable-next-line no-unsafe-finally -- the device's own error replaces any other
        throw new AilcaError(`the WebGPU device refused the reduction pass: ${error.message}`);
      }
    }
    return r;
  }

  /** Before a chunk of `count` samples: read the bins back first when they could wrap. */
  async beginChunk(count: number): Promise<void> {
    if (this.counted + count > FLUSH_SAMPLES) await this.flushBins();
    this.counted += count;
    this.pending = count;
    this.seen += count;
  }

  /**
   * Queue the pass over outputs first … first + n − 1 (n ≤ 4), samples start … start + count − 1,
   * in `source`: rows of `stride` floats, the outputs at columns `column` … (a gpu.js `Array(n)`
   * kernel: stride n, column 0, the defaults; the fused kernel: stride K, column first).
   */
  encode(source: unknown, first: number, n: number, start: number, count: number, stride = n, column = 0): void {
    const params = reduceParams(this.targets, this.units, { count, stride, start, bins: this.bins, first, n, groups: this.groups, column });
    this.device.queue.writeBuffer(this.params, 0, params);
    const bind = this.device.createBindGroup({
      layout: this.pipeline.getBindGroupLayout(0),
      entries: [source as GPUBuffer, this.thresholds, this.hist, this.partials, this.counters, this.params].map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
    const encoder = this.device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, bind);
    pass.dispatchWorkgroups(Math.ceil(count / REDUCE_GROUP));
    pass.end();
    this.device.queue.submit([encoder.finish()]);
  }

  private async read(buffer: GPUBuffer, bytes: number): Promise<ArrayBuffer> {
    const encoder = this.device.createCommandEncoder();
    encoder.copyBufferToBuffer(buffer, 0, this.staging, 0, bytes);
    this.device.queue.submit([encoder.finish()]);
    await this.staging.mapAsync(MAP_READ, 0, bytes);
    try {
      return this.staging.getMappedRange(0, bytes).slice(0);
    } finally {
      this.staging.unmap();
    }
  }

  /** After every output of a chunk is encoded: add its work-group partials in float64, in work-group order. */
  async endChunk(): Promise<void> {
    // threads with samples: thread t of work-group w starts at w·65536 + t
    const full = Math.floor(this.pending / REDUCE_GROUP);
    const used = full * REDUCE_THREADS + Math.min(REDUCE_THREADS, this.pending - full * REDUCE_GROUP);
    const p = new Float32Array(await this.read(this.partials, 16 * this.targets.length * this.groups));
    this.totals.addPartials(p, this.groups, used);
  }

  private async flushBins(): Promise<void> {
    const stride = this.bins + 2;
    const h = new Uint32Array(await this.read(this.hist, 4 * this.targets.length * stride));
    this.totals.addBins(h);
    this.device.queue.writeBuffer(this.hist, 0, new Uint32Array(this.targets.length * stride));
    this.counted = 0;
  }

  /** Read back the bins and counters: the float64 totals of every output. */
  async finish(): Promise<ReducedOutput[]> {
    await this.flushBins();
    const c = new Uint32Array(await this.read(this.counters, 8 * this.targets.length));
    return this.totals.outputs(c, this.seen);
  }

  /** Release the device buffers. */
  destroy(): void {
    for (const b of [this.thresholds, this.hist, this.counters, this.partials, this.params, this.staging]) b.destroy();
  }
}
