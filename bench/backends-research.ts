/**
 * Measurements behind docs/backends.md (research questions 1–4).
 *
 *   npx tsx bench/backends-research.ts outputs    Q1: K outputs per sample, strategies and readback
 *   npx tsx bench/backends-research.ts chunks     Q2: chunk size; webgpu readback and buffer reuse
 *   npx tsx bench/backends-research.ts streams    Q3: chunking invariance, stream overlap, correlations
 *   npx tsx bench/backends-research.ts accuracy   Q4: float32 Math functions and inverse normal CDFs
 *   npx tsx bench/backends-research.ts all        (or a comma-separated list)
 *
 * Timings are the best of 5 runs after a warm-up (the machine is shared).
 */
import { createBackend, type Backend, type BackendOptions } from '../src/mc/backends/index.js';
import { checkProgram, type CheckedProgram } from '../src/mc/backends/check-program.js';
import { copyOutputs, loadGpuJs, preferRawOutput, type GpuJsInstance, type GpuJsKernel } from '../src/mc/backends/gpujs-kernel.js';
import { kernelSource } from '../src/mc/backends/program-source.js';
import { pcgChunkSeed, pcgUniforms } from '../src/mc/random/index.js';
import { pcgAdvance, pcgInitialState } from '../src/mc/random/pcg.js';
import { timeIt } from './backends-timing.js';
import { AS241, as241Text, hornerText, xeonProgramK } from './backends-xeon.js';

const SEED = 20261123;
const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const rate = (n: number, ms: number) => fmt(n / ms / 1e3);

function table(head: string[], rows: string[][]): void {
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

async function withGpu<T>(mode: string, f: (gpu: GpuJsInstance) => Promise<T>): Promise<T> {
  // a webgpu backend holds the Dawn session (navigator.gpu) while gpu.js kernels run
  const holder = mode === 'webgpu' ? await createBackend('webgpu') : undefined;
  const { GPU } = await loadGpuJs();
  const gpu = new GPU({ mode });
  try {
    return await f(gpu);
  } finally {
    gpu.destroy();
    await holder?.dispose();
  }
}

/** Time a strategy computing all K outputs of n samples into Float32Arrays; NaN when it fails. */
async function strategy(gpu: GpuJsInstance, p: CheckedProgram, n: number, kind: 'array4-raw' | 'array4-shaped' | 'per-output' | '2d'): Promise<number> {
  const K = p.outputs.length;
  const cols = p.outputs.map(() => new Float32Array(n));
  const kernels: { k: GpuJsKernel; first: number; w: number }[] = [];
  if (kind === '2d') {
    const pick = p.outputs.map((o, j) => (j < K - 1 ? `this.thread.y === ${j} ? ${o} : ` : o)).join('(') + ')'.repeat(K - 1);
    const src = `function () {\n${p.statements}\nreturn ${pick};\n}`;
    kernels.push({ k: gpu.createKernel(src, { output: [n, K], randomSeed: 0 }), first: 0, w: K });
  } else {
    const w = kind === 'per-output' ? 1 : 4;
    for (let first = 0; first < K; first += w) {
      const m = Math.min(w, K - first);
      const k = gpu.createKernel(kernelSource(p, first, m), { output: [n], randomSeed: 0, returnType: m === 1 ? 'Number' : `Array(${m})` });
      kernels.push({ k, first, w: m });
    }
  }
  const once = async () => {
    for (const { k, first, w } of kernels) {
      k.setRandomSeed(pcgChunkSeed(SEED, 0));
      if (kind === 'array4-raw') preferRawOutput(k);
      const r = await k();
      if (kind === '2d') (r as Float32Array[]).forEach((row, j) => cols[j].set(row));
      else copyOutputs(r, cols, first, w, 0, n);
    }
  };
  try {
    return await timeIt(once);
  } catch (e) {
    console.log(`  (${kind}, K = ${K}: ${(e as Error).message.split('\n')[0].slice(0, 140)})`);
    return NaN;
  } finally {
    for (const { k } of kernels) k.destroy();
  }
}

async function outputs(): Promise<void> {
  console.log('\n## Q1. K outputs per sample (Xeon model, 2^18 samples per launch), M samples/s, kernel + readback into K Float32Arrays');
  const n = 1 << 18;
  const rows: string[][] = [];
  for (const mode of ['webasm', 'webgpu']) {
    await withGpu(mode, async (gpu) => {
      for (const K of [1, 4, 12, 30]) {
        const p = checkProgram(xeonProgramK(K), 'random');
        const r = [`${mode}`, String(K)];
        for (const kind of ['array4-raw', 'array4-shaped', 'per-output', '2d'] as const) {
          if (kind === 'array4-shaped' && K === 1) {
            r.push('= raw');
            continue;
          }
          r.push(rate(n, await strategy(gpu, p, n, kind)));
        }
        rows.push(r);
      }
    });
  }
  table(['backend', 'K', 'Array(4) groups, raw buffer', 'Array(4), gpu.js per-cell views', 'one kernel per output', '2-D [n, K] (wrong streams)'], rows);
  // 2-D output: is each output of a sample drawn from the same stream?
  await withGpu('webasm', async (gpu) => {
    const k = gpu.createKernel('function () { const u = Math.random(); return u; }', { output: [1000, 2], randomSeed: SEED });
    const [a, b] = k() as Float32Array[];
    const same = a.filter((v, i) => v === b[i]).length;
    console.log(`2-D output [1000, 2], row 0 vs row 1 of the same x: ${same} of 1000 draws equal (cell index x + n·y seeds each row differently)`);
    try {
      (gpu as unknown as { createKernelMap(m: unknown, f: unknown): unknown }).createKernelMap({ a: function (x: number) { return x; } }, 'function () { return a(Math.random()); }');
      console.log('createKernelMap on webasm: created (gpu.js documents a fallback to cpu for kernel maps)');
    } catch (e) {
      console.log(`createKernelMap on webasm: ${(e as Error).message.split('\n')[0]}`);
    }
  });
  // End to end through the backends for K = 1, 3, 12, 30
  const e2e: string[][] = [];
  const cases: [string, 'js' | 'webasm' | 'webgpu', BackendOptions][] = [['js (2 threads)', 'js', {}], ['webasm', 'webasm', { threads: 1 }], ['webasm pool', 'webasm', { threads: 2 }], ['webgpu', 'webgpu', {}]];
  for (const [label, name, options] of cases) {
    const backend = await createBackend(name, options);
    const r = [label];
    for (const K of [1, 3, 12, 30]) {
      const kernel = await backend.compile(xeonProgramK(K));
      r.push(rate(1 << 20, await timeIt(async () => void (await kernel.run(0, 1 << 20, SEED)))));
      kernel.dispose();
    }
    e2e.push(r);
    await backend.dispose();
  }
  console.log('\nThrough SamplingKernel.run, 2^20 samples, M samples/s:');
  table(['backend', 'K = 1', 'K = 3', 'K = 12', 'K = 30'], e2e);
}

async function chunks(): Promise<void> {
  console.log('\n## Q2. Chunk size (Xeon model, K = 3, 2^22 samples in calls of one chunk), M samples/s');
  const total = 1 << 22;
  const sizes = [1 << 14, 1 << 16, 1 << 18, 1 << 20, 1 << 22];
  const rows: string[][] = [];
  const cases: [string, 'js' | 'webasm' | 'webgpu', BackendOptions][] = [['js (2 threads)', 'js', {}], ['webasm', 'webasm', { threads: 1 }], ['webasm pool', 'webasm', { threads: 2 }], ['webgpu', 'webgpu', {}]];
  for (const [label, name, options] of cases) {
    const r = [label];
    for (const c of sizes) {
      const backend: Backend = await createBackend(name, { ...options, chunkSize: c });
      const kernel = await backend.compile(xeonProgramK(3));
      r.push(rate(total, await timeIt(async () => {
        for (let s = 0; s < total; s += c) await kernel.run(s, c, SEED);
      }, 3)));
      await backend.dispose();
    }
    rows.push(r);
  }
  table(['backend', ...sizes.map((c) => `2^${Math.log2(c)}`)], rows);

  console.log('\nwebgpu readback paths, K = 1, 2^20 samples per launch, M samples/s:');
  const n = 1 << 20;
  await withGpu('webgpu', async (gpu) => {
    const p = checkProgram(xeonProgramK(1), 'random');
    const plain = gpu.createKernel(kernelSource(p, 0, 1), { output: [n], randomSeed: 1 });
    const piped = gpu.createKernel(kernelSource(p, 0, 1), { output: [n], randomSeed: 1, pipeline: true });
    const immut = gpu.createKernel(kernelSource(p, 0, 1), { output: [n], randomSeed: 1, pipeline: true, immutable: true });
    type Handle = { delete(): void; toArray(): Promise<Float32Array>; buffer: unknown };
    const device = async () => {
      await piped();
      return (piped.kernel as unknown as { _device: { queue: { onSubmittedWorkDone(): Promise<void> } } })._device;
    };
    const dev = await device();
    const dst = new Float32Array(n);
    const r = [
      ['kernel only (pipeline: true, wait for the queue)', await timeIt(async () => { const h = (await piped()) as Handle; await dev.queue.onSubmittedWorkDone(); h.delete(); })],
      ['gpu.js default call (readback, fresh Float32Array)', await timeIt(async () => void dst.set((await plain()) as Float32Array))],
      ['pipeline: true + handle.toArray()', await timeIt(async () => { const h = (await piped()) as Handle; dst.set(await h.toArray()); h.delete(); })],
      ['pipeline: true, immutable: true + toArray()', await timeIt(async () => { const h = (await immut()) as Handle; dst.set(await h.toArray()); h.delete(); })],
    ] as const;
    table(['path', 'M samples/s'], r.map(([name, ms]) => [name, rate(n, ms)]));
    for (const k of [plain, piped, immut]) k.destroy();
  });
}

async function streams(): Promise<void> {
  console.log('\n## Q3. Streams');
  // (a) chunking invariance on every backend: chunk 1000 against one launch
  for (const name of ['js', 'webasm', 'cpu', 'webgpu'] as const) {
    const big = await createBackend(name, { chunkSize: 1 << 20 });
    const small = await createBackend(name, { chunkSize: 1000 });
    const a = await (await big.compile(xeonProgramK(3))).run(7, 100000, SEED);
    const b = await (await small.compile(xeonProgramK(3))).run(7, 100000, SEED);
    const diff = (a as (Float32Array | Float64Array)[]).reduce((m: number, col, j) => m + col.filter((v, i) => v !== b[j][i]).length, 0);
    console.log(`${name}: 100 000 samples × 3 outputs, chunk 2^20 vs chunk 1000: ${diff} values differ`);
    await big.dispose();
    await small.dispose();
  }
  // (b) overlap of the per-sample LCG walks. Every stream walks the same cycle of 2^32 states;
  // sample i starts at a position fixed by seed + i·0x9E3779B9. Two walks of m draws overlap when
  // their starts are fewer than m steps apart; the first states of distinct samples are distinct
  // (an affine bijection of i), so with random-looking starts one expects n²(2m − 2)/2^33
  // overlapping pairs sharing n²(m² − m)/2^33 states in all.
  const rows: string[][] = [];
  for (const m of [1, 6, 30]) {
    const n = 1 << 20;
    const states = new Uint32Array(n * m);
    for (let i = 0, k = 0; i < n; i++) {
      let s = pcgInitialState(SEED, i);
      for (let j = 0; j < m; j++, k++) {
        s = pcgAdvance(s);
        states[k] = s >>> 0;
      }
    }
    states.sort();
    let dup = 0;
    for (let k = 1; k < states.length; k++) if (states[k] === states[k - 1]) dup++;
    rows.push([String(m), String(n), String(dup), fmt((n * n * (m * m - m)) / 2 ** 33, 0), fmt((n * n * (2 * m - 2)) / 2 ** 33, 0)]);
  }
  console.log('\nShared LCG states among the draws of 2^20 samples (a shared state = a uniform two samples have in common):');
  table(['uniformsPerSample m', 'samples n', 'shared states', 'expected n²(m² − m)/2^33', 'expected overlapping pairs'], rows);
  // (c) correlations: draw j of sample i against draw j of sample i + 1, and draw 0 against draw 1
  const n = 1 << 22;
  console.log(`\nPearson correlation × √n over 2^22 samples (a z-score: |z| > 3 would be suspicious):`);
  const crow: string[][] = [];
  for (const seed of [1, SEED]) {
    const u = pcgUniforms(seed, 0, n + 1, 2);
    const corr = (f: (i: number) => number, g: (i: number) => number) => {
      let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
      for (let i = 0; i < n; i++) {
        const x = f(i), y = g(i);
        sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
      }
      return ((sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n))) * Math.sqrt(n);
    };
    crow.push([String(seed), fmt(corr((i) => u[2 * i], (i) => u[2 * i + 1]), 2), fmt(corr((i) => u[2 * i], (i) => u[2 * i + 2]), 2), fmt(corr((i) => u[2 * i + 1], (i) => u[2 * i + 2]), 2)]);
  }
  table(['seed', 'draw 0 vs draw 1, same sample', 'draw 0, sample i vs i + 1', 'draw 1 of i vs draw 0 of i + 1'], crow);
}

function ulpF32(x: number): number {
  const a = Math.abs(Math.fround(x));
  if (a === 0) return 2 ** -149;
  return 2 ** (Math.floor(Math.log2(a)) - 23);
}

async function accuracy(): Promise<void> {
  console.log('\n## Q4. float32 Math functions per backend: max error in units of the float32 spacing at max(|f(x)|, 1)');
  console.log('(ulps for |f(x)| ≥ 1, absolute error in units of 2^−23 below 1; 2^16 float32 arguments, against float64 Math on the same argument)');
  const n = 1 << 16;
  const fns: [string, string, (x: number) => number, (i: number) => number][] = [
    ['log', 'Math.log(x)', Math.log, (i) => Math.fround(1e-6 * Math.pow(1e12, i / n))],
    ['exp', 'Math.exp(x)', Math.exp, (i) => Math.fround(-20 + (40 * i) / n)],
    ['sqrt', 'Math.sqrt(x)', Math.sqrt, (i) => Math.fround(1e-6 * Math.pow(1e12, i / n))],
    ['pow(x, 0.7)', 'Math.pow(x, 0.7)', (x) => Math.pow(x, Math.fround(0.7)), (i) => Math.fround(1e-3 * Math.pow(1e6, i / n))],
    ['sin', 'Math.sin(x)', Math.sin, (i) => Math.fround(-10 + (20 * i) / n)],
    ['cos', 'Math.cos(x)', Math.cos, (i) => Math.fround(-10 + (20 * i) / n)],
  ];
  const rows: string[][] = [];
  for (const mode of ['webasm', 'cpu', 'webgpu']) {
    await withGpu(mode, async (gpu) => {
      const r = [mode];
      for (const [, expr, ref, arg] of fns) {
        const xs = Float32Array.from({ length: n }, (_, i) => arg(i));
        const k = gpu.createKernel(`function (xs) { const x = xs[this.thread.x]; return ${expr}; }`, { output: [n] });
        const got = (await k(xs)) as Float32Array;
        let worst = 0;
        for (let i = 0; i < n; i++) {
          const exact = ref(xs[i]);
          // near a zero of f (log at 1, sin, cos) a relative measure explodes; the GPU specs bound the absolute error there
          const e = Math.abs(got[i] - exact) / ulpF32(Math.max(Math.abs(exact), 1));
          if (!(e <= worst)) worst = e;
        }
        r.push(fmt(worst, 1));
        k.destroy();
      }
      rows.push(r);
    });
  }
  table(['backend', ...fns.map((f) => f[0])], rows);

  console.log('\nInverse normal CDF in float32: max |z − Φ⁻¹(u)| over u = k/2^24 (2^20 values of k plus the ends), against AS 241 in float64');
  const acklam = `
    let z = 0.0;
    if (u < 0.02425) { const q = Math.sqrt(-2.0 * Math.log(u)); z = ${ack('C', 'q')} / ${ack('D', 'q')}; }
    else if (u > 0.97575) { const q = Math.sqrt(-2.0 * Math.log(1.0 - u)); z = -(${ack('C', 'q')} / ${ack('D', 'q')}); }
    else { const q = u - 0.5; const r = q * q; z = ${ack('A', 'r')} * q / ${ack('B', 'r')}; }`;
  const as241 = as241Text('u', 'z');
  const us = new Float32Array((1 << 20) + 2);
  for (let i = 0; i < 1 << 20; i++) us[i] = Math.max(1, i * 16) / 2 ** 24;
  us[1 << 20] = 1 / 2 ** 24;
  us[(1 << 20) + 1] = 1 - 1 / 2 ** 24;
  const exact = Array.from(us, (u) => ppnd16(u));
  const irows: string[][] = [];
  for (const mode of ['webasm', 'cpu', 'webgpu']) {
    await withGpu(mode, async (gpu) => {
      const r = [mode];
      for (const body of [acklam, as241]) {
        const k = gpu.createKernel(`function (us) { const u = us[this.thread.x]; ${body} return z; }`, { output: [us.length] });
        const got = (await k(us)) as Float32Array;
        let worst = 0;
        let at = 0;
        for (let i = 0; i < us.length; i++) {
          const e = Math.abs(got[i] - exact[i]);
          if (e > worst) [worst, at] = [e, us[i]];
        }
        r.push(`${worst.toExponential(1)} (u = ${at.toPrecision(4)})`);
        k.destroy();
      }
      irows.push(r);
    });
  }
  table(['backend', 'Acklam (2003)', 'Wichura AS 241 PPND16'], irows);
}

/** Acklam's coefficients, highest order first, as kernel Horner text. */
function ack(which: 'A' | 'B' | 'C' | 'D', x: string): string {
  const c = {
    A: [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239],
    B: [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1],
    C: [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783],
    D: [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1],
  }[which];
  return hornerText([...c].reverse(), x);
}

function ppnd16(p: number): number {
  const h = (c: number[], x: number) => c.reduceRight((s, ci) => s * x + ci, 0);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * h(AS241.A, r)) / h(AS241.B, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? h(AS241.C, r - 1.6) / h(AS241.D, r - 1.6) : h(AS241.E, r - 5) / h(AS241.F, r - 5);
  return q < 0 ? -z : z;
}

async function main(): Promise<void> {
  const what = (process.argv[2] ?? 'all').split(',');
  const want = (s: string) => what.includes(s) || what.includes('all');
  if (want('outputs')) await outputs();
  if (want('chunks')) await chunks();
  if (want('streams')) await streams();
  if (want('accuracy')) await accuracy();
}

void main();
