import { AilcaError } from '../../errors/index.js';
import type { GpuJsKernel } from './gpujs-kernel.js';
import { COPY_DST, MAP_READ, type GPUBuffer, type GPUDevice } from './webgpu-types.js';

/**
 * Reads a gpu.js `pipeline` kernel's output buffer back into a caller's
 * Float32Array through one reusable staging buffer: no ArrayBuffer per
 * chunk, so a long webgpu run does not feed the garbage collector 4 MiB per
 * launch. Runs of one backend are serialised, so one staging buffer serves.
 * @internal
 */
export class DeviceStaging {
  private buffer: GPUBuffer | undefined;
  private device: GPUDevice | undefined;

  /**
   * Copy the kernel's result for `count` cells of `n` outputs (gpu.js packs
   * them with stride n) into columns `first … first + n − 1` at `offset`.
   */
  async read(kernel: GpuJsKernel, result: unknown, cols: readonly Float32Array[], first: number, n: number, offset: number, count: number): Promise<void> {
    const device = (kernel.kernel as unknown as { _device?: GPUDevice } | undefined)?._device;
    const source = (result as { buffer?: GPUBuffer } | null)?.buffer;
    if (device === undefined || source === undefined) throw new AilcaError('gpu.js webgpu pipeline result without a device buffer (gpu.js internals changed?)');
    const bytes = count * n * 4;
    if (this.buffer === undefined || this.device !== device || this.buffer.size < bytes) {
      this.buffer?.destroy();
      this.buffer = device.createBuffer({ size: Math.max(bytes, 4), usage: MAP_READ | COPY_DST });
      this.device = device;
    }
    const staging = this.buffer;
    const encoder = device.createCommandEncoder();
    encoder.copyBufferToBuffer(source, 0, staging, 0, bytes);
    device.queue.submit([encoder.finish()]);
    await staging.mapAsync(MAP_READ, 0, bytes);
    try {
      const data = new Float32Array(staging.getMappedRange(0, bytes), 0, count * n);
      if (n === 1) {
        (cols[first]).set(data, offset);
      } else {
        for (let k = 0; k < n; k++) {
          const col = cols[first + k];
          for (let i = 0, j = k; i < count; i++, j += n) col[offset + i] = data[j];
        }
      }
    } finally {
      staging.unmap();
    }
  }

  /** Release the staging buffer. */
  destroy(): void {
    this.buffer?.destroy();
    this.buffer = undefined;
  }
}
