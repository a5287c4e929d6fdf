/**
 * The ceiling of the webgpu backend on this machine (issue 14): the fused
 * WGSL kernel of the uncertain Xeon study generating every sampled default
 * output, with **no statistics and no read-back** (one 4-byte read at the end
 * waits for the queue), against the same kernel for one output and
 * bench/mc_numpy.py in the same run. Whatever a reduction costs comes on top
 * of these rates, so they bound any end-to-end figure from above.
 *
 *   npx tsx bench/lavapipe-bound.ts [--samples 1e8] [--chunk 4194304] [--repeats 3]
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { buildProgram, defaultOutputs, runMonteCarlo, sameOutputs } from '../src/mc/index.js';
import { checkProgram } from '../src/mc/backends/check-program.js';
import { FusedKernel } from '../src/mc/backends/fused-kernel.js';
import { loadGpuJs } from '../src/mc/backends/gpujs-kernel.js';
import { kernelSource } from '../src/mc/backends/program-source.js';
import { openWebGPU } from '../src/mc/backends/webgpu-session.js';
import { loadStudyFile } from '../src/scenarios/index.js';
import { compileStudy } from '../src/study/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('samples', '1e8'));
const CHUNK = Number(arg('chunk', String(2 ** 22)));
const repeats = Number(arg('repeats', '3'));

const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
const model = compileStudy(study);
const small = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' });
// what the CLI samples: the non-constant default outputs, each distinct computation once
const sampled = sameOutputs(model, small.outputs.filter((o) => !o.constant).map((o) => o.key)).distinct;
const session = await openWebGPU();
const { GPU } = await loadGpuJs();
const gpu = new GPU({ mode: 'webgpu' });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${new Date().toISOString()}; N = ${N}, chunk ${CHUNK}, best of ${repeats}`);
console.log(`default outputs: ${defaultOutputs(model).length}, sampled (distinct computations): ${sampled.length}`);

async function rate(keys: readonly string[]): Promise<number> {
  const p = checkProgram(buildProgram(model, keys).program, 'random');
  const n = Math.min(4, p.outputs.length);
  const g0 = gpu.createKernel(kernelSource(p, 0, n), { pipeline: true, output: [1], dynamicOutput: true, dynamicArguments: true, returnType: n === 1 ? 'Number' : `Array(${n})`, precision: 'single', tactic: 'precision', randomSeed: 0 });
  await g0(...p.tableValues.map((t) => Float32Array.from(t)));
  const fused = await FusedKernel.create(g0.kernel, p, CHUNK, session.maxBufferBytes);
  await fused.sample(0, 1, 1); // compile and warm up
  let best = 0;
  for (let r = 0; r < repeats; r += 1) {
    const t = performance.now();
    for (let at = 0; at < N; at += fused.chunk) fused.encode(at, Math.min(fused.chunk, N - at), 1 + r);
    await fused.sample(0, 1, 1 + r); // queued after every launch: returns when they are done
    best = Math.max(best, N / ((performance.now() - t) / 1000));
  }
  fused.destroy();
  g0.destroy();
  return best;
}

const tNumpy = performance.now();
const numpy = JSON.parse(execFileSync('python3', ['bench/mc_numpy.py', String(N), '1'], { encoding: 'utf8' })) as { seconds: number };
const numpyWall = (performance.now() - tNumpy) / 1000;
const numpyRate = N / numpyWall;
// the CLI's fixed cost: a whole `ailca mc` run of 1000 samples on webgpu (start, study, device, pilot), best of 3
execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
let startup = Infinity;
for (let r = 0; r < 3; r += 1) {
  const t = performance.now();
  execFileSync('node', ['dist/cli/main.js', 'mc', 'examples/xeon-8468-uncertain.json', '--samples', '1000', '--backend', 'webgpu', '--format', 'json'], { stdio: 'ignore' });
  startup = Math.min(startup, (performance.now() - t) / 1000);
}
const all = await rate(sampled);
const one = await rate(['functionalUnit']);
gpu.destroy();
await session.release();
console.log('| what | M samples/s | × numpy |');
console.log('| --- | --- | --- |');
console.log(`| numpy, 1 output, sampling + statistics, process wall ${numpyWall.toFixed(2)} s (its own timer ${numpy.seconds.toFixed(2)} s) | ${(numpyRate / 1e6).toFixed(1)} | 1.0 |`);
console.log(`| fused webgpu kernel, ${sampled.length} sampled outputs, generation only | ${(all / 1e6).toFixed(1)} | ${(all / numpyRate).toFixed(1)} |`);
console.log(`| fused webgpu kernel, 1 output, generation only | ${(one / 1e6).toFixed(1)} | ${(one / numpyRate).toFixed(1)} |`);
const budget = numpyWall / 15;
console.log(`15× numpy end to end: the whole CLI run in ${budget.toFixed(2)} s; \`ailca mc --samples 1000 --backend webgpu\` takes ${startup.toFixed(2)} s (best of 3), leaving ${(budget - startup).toFixed(2)} s for ${N} samples: ${budget > startup ? `${(N / (budget - startup) / 1e6).toFixed(0)} M samples/s` : 'no time at all'}`);
