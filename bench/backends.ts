/**
 * Throughput of the Monte Carlo backends on the Xeon model (bench/backends-xeon.ts).
 *
 *   npx tsx bench/backends.ts            throughput table at 1e6 and 1e7 samples
 *   npx tsx bench/backends.ts --quick    1e6 only
 *
 * Columns, in million samples per second (best of 5 runs after a warm-up, 3 at 1e7):
 *   kernel      the gpu.js kernel launches alone, chunk by chunk with the chunk seeding
 *               (webgpu: `pipeline: true`, waiting for the queue, no readback; webasm/cpu:
 *               the kernel call, which returns a Float32Array; js: the generated loop
 *               writing into a reused Float64Array)
 *   end to end  `SamplingKernel.run` chunk by chunk (2^20, as runMonteCarlo does) plus a
 *               float64 sum and sum of squares of every sample: generation, readback,
 *               copies and the host's consumption
 * The last columns check the 1e7-sample mean against the analytic 2405.6438.
 * Research measurements (K outputs, chunk size, streams, accuracy): bench/backends-research.ts.
 */
import { availableParallelism, cpus } from 'node:os';
import { createBackend, type Backend, type BackendOptions, type BackendRequest } from '../src/mc/backends/index.js';
import { checkProgram } from '../src/mc/backends/check-program.js';
import { loadGpuJs, type GpuJsKernel } from '../src/mc/backends/gpujs-kernel.js';
import { jsRunSource, kernelSource } from '../src/mc/backends/program-source.js';
import { pcgChunkSeed } from '../src/mc/random/index.js';
import { timeIt } from './backends-timing.js';
import { XEON_MEAN, xeonProgram } from './backends-xeon.js';

const CHUNK = 1 << 20;
const SEED = 20261123;


/** Kernel-only loop for one backend: returns a function computing n samples. */
async function kernelOnly(name: string, options: BackendOptions): Promise<{ run: (n: number) => Promise<void>; dispose: () => void }> {
  const p = checkProgram(xeonProgram(), 'random');
  if (name === 'js') {
    const fn = new Function(jsRunSource(p))() as (o: Float64Array[], off: number, s: number, c: number, seed: number, rows: null) => void;
    const out = [new Float64Array(CHUNK)];
    return {
      async run(n) {
        for (let s = 0; s < n; s += CHUNK) fn(out, 0, s, Math.min(CHUNK, n - s), SEED, null);
      },
      dispose() {},
    };
  }
  const { GPU } = await loadGpuJs();
  const gpu = new GPU({ mode: name });
  const webgpu = name === 'webgpu';
  const k: GpuJsKernel = gpu.createKernel(kernelSource(p, 0, 1), {
    output: [CHUNK],
    dynamicOutput: true,
    ...(name === 'cpu' ? {} : { randomSeed: 0 }), // gpu.js cpu ignores it (and warns)
    ...(webgpu ? { pipeline: true } : {}),
    ...((options.threads ?? availableParallelism()) > 1 ? { asyncMode: true } : {}),
  });
  return {
    async run(n) {
      for (let s = 0; s < n; s += CHUNK) {
        const len = Math.min(CHUNK, n - s);
        k.setOutput([len]);
        if (name !== 'cpu') k.setRandomSeed(pcgChunkSeed(SEED, s)); // gpu.js cpu ignores seeds (and warns)
        const r = await k();
        if (webgpu) {
          const device = (k.kernel as unknown as { _device: { queue: { onSubmittedWorkDone(): Promise<void> } } })._device;
          await device.queue.onSubmittedWorkDone();
          (r as { delete(): void }).delete();
        }
      }
    },
    dispose() {
      gpu.destroy();
    },
  };
}

// One reducer per array type: a loop that sees both Float32Array and
// Float64Array goes polymorphic in V8 and runs several times slower (measured
// 12 ms instead of 1 ms per 1e6 samples), which would be charged to the backend.
function moments64(c: Float64Array, acc: number[]): void {
  let s = 0;
  let q = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i];
    s += v;
    q += v * v;
  }
  acc[0] += s;
  acc[1] += q;
}
function moments32(c: Float32Array, acc: number[]): void {
  let s = 0;
  let q = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i];
    s += v;
    q += v * v;
  }
  acc[0] += s;
  acc[1] += q;
}

async function endToEnd(backend: Backend, n: number): Promise<{ ms: number; mean: number; sd: number }> {
  const kernel = await backend.compile(xeonProgram());
  const acc = [0, 0];
  const once = async () => {
    acc[0] = 0;
    acc[1] = 0;
    for (let s = 0; s < n; s += CHUNK) {
      const [col] = await kernel.run(s, Math.min(CHUNK, n - s), SEED);
      if (col instanceof Float64Array) moments64(col, acc);
      else moments32(col, acc);
    }
  };
  const ms = await timeIt(once, n > 1e6 ? 3 : 5);
  kernel.dispose();
  const mean = acc[0] / n;
  return { ms, mean, sd: Math.sqrt((acc[1] - n * mean * mean) / (n - 1)) };
}

const CASES: { label: string; name: BackendRequest; options: BackendOptions }[] = [
  { label: `js, ${availableParallelism()} threads`, name: 'js', options: {} },
  { label: 'js, 1 thread', name: 'js', options: { threads: 1 } },
  { label: 'webasm, calling thread', name: 'webasm', options: { threads: 1 } },
  { label: `webasm, worker pool of ${availableParallelism()}`, name: 'webasm', options: {} },
  { label: 'cpu', name: 'cpu', options: {} },
  { label: 'webgpu', name: 'webgpu', options: {} },
];

async function main(): Promise<void> {
  const sizes = process.argv.includes('--quick') ? [1e6] : [1e6, 1e7];
  console.log(`# Xeon model, 6 inputs, 1 output; ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores, Node ${process.version}`);
  const head = ['backend', 'precision', ...sizes.flatMap((n) => [`kernel M/s @${n.toExponential(0)}`, `end to end M/s @${n.toExponential(0)}`]), 'mean', 'z vs 2405.6438'];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
  for (const c of CASES) {
    let backend: Backend;
    try {
      backend = await createBackend(c.name, c.options);
    } catch (e) {
      console.log(`| ${c.label} | — | not available: ${(e as Error).message.slice(0, 120)} |`);
      continue;
    }
    const cells: string[] = [];
    let last = { mean: NaN, sd: NaN, n: 1 };
    for (const n of sizes) {
      const ko = await kernelOnly(backend.name, c.options);
      const kms = await timeIt(() => ko.run(n), n > 1e6 ? 3 : 5);
      ko.dispose();
      const e = await endToEnd(backend, n);
      cells.push((n / kms / 1e3).toFixed(1), (n / e.ms / 1e3).toFixed(1));
      last = { mean: e.mean, sd: e.sd, n };
    }
    const z = (last.mean - XEON_MEAN) / (last.sd / Math.sqrt(last.n));
    console.log(`| ${c.label} | ${backend.precision} | ${cells.join(' | ')} | ${last.mean.toFixed(4)} | ${z.toFixed(2)} |`);
    if (c.name === 'webgpu') console.log(`  (${backend.description})`);
    await backend.dispose();
  }
}

void main();
