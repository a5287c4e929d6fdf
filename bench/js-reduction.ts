/**
 * Where the js backend's 12-output run spends its time, and what reducing in
 * the worker threads gains (issue 14): the default outputs of the uncertain
 * Xeon study (10 of them sampled), run on the js backend chunk by chunk
 * (2^19 samples, the engine's chunk for 10 outputs) three ways in one process:
 *
 * - `generate only`: kernel.run, no statistics (the sampling cost);
 * - `host reduction`: kernel.run, then StreamingSummary.add per output on the
 *   calling thread, the next chunk launched before reducing the current one
 *   (the engine's path before issue 14, still its path for gpu.js backends);
 * - `in-thread reduction`: kernel.partialReducer, each thread reducing the
 *   blocks it computed (the engine's js path now).
 *
 *   npx tsx bench/js-reduction.ts [--samples 1e7] [--repeat 3]
 */
import { cpus, loadavg } from 'node:os';
import { buildProgram, createJsBackend, runMonteCarlo } from '../src/mc/index.js';
import { loadStudyFile } from '../src/scenarios/index.js';
import { choosePilotRange, StreamingSummary } from '../src/stats/index.js';
import { compileStudy } from '../src/study/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('samples', '1e7'));
const repeat = Number(arg('repeat', '3'));
const CHUNK = 2 ** 19;

const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
const small = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' });
const varying = small.outputs.filter((o) => !o.constant).map((o) => o.key);
const program = buildProgram(compileStudy(study), varying).program;
const backend = createJsBackend();
const kernel = await backend.compile(program);
const pilot = await kernel.run(0, 65536, 1);
const ranges = pilot.map((c) => choosePilotRange(c));
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${varying.length} sampled outputs; N = ${N}; ${backend.description}`);

async function generateOnly(): Promise<void> {
  let free: Float64Array[] | undefined;
  for (let at = 0; at < N; at += CHUNK) free = (await kernel.run(at, Math.min(CHUNK, N - at), 1, free)) as Float64Array[];
}

async function hostReduction(): Promise<StreamingSummary[]> {
  const s = ranges.map((r) => new StreamingSummary(r));
  let free: Float64Array[] | undefined;
  let start = 0;
  let next: Promise<Float64Array[]> | null = kernel.run(0, Math.min(CHUNK, N), 1) as Promise<Float64Array[]>;
  let at = Math.min(CHUNK, N);
  while (next !== null) {
    const cols = await next;
    const here = start;
    next = null;
    if (at < N) {
      // launch the next chunk before reducing this one, as launchChunks does
      start = at;
      next = kernel.run(at, Math.min(CHUNK, N - at), 1, free) as Promise<Float64Array[]>;
      at += Math.min(CHUNK, N - at);
    }
    s.forEach((x, j) => x.add(cols[j], here));
    free = cols;
  }
  return s;
}

async function inThread(): Promise<StreamingSummary[]> {
  const s = ranges.map((r) => new StreamingSummary(r));
  const reducer = kernel.partialReducer!(s.map((x) => { const h = x.histogram(); return { lo: h.lo, hi: h.hi, bins: h.bins }; }));
  for (let at = 0; at < N; at += CHUNK) {
    const shifts = s.map((x, j) => x.nextShift() ?? pilot[j][0]);
    const scans = await reducer.run(at, Math.min(CHUNK, N - at), 1, shifts);
    scans.forEach((scan, j) => s[j].addPartialScan(scan, at));
  }
  reducer.binCounts().forEach((c, j) => s[j].addBinCounts(c));
  reducer.dispose();
  return s;
}

const best = new Map<string, number>();
const cpu = new Map<string, number>();
for (let r = 0; r < repeat; r++) {
  for (const [name, f] of [['generate only', generateOnly], ['host reduction', hostReduction], ['in-thread reduction', inThread]] as const) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await f();
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    // CPU seconds of every thread of the process: the work done, whatever the machine's load
    cpu.set(name, Math.min(cpu.get(name) ?? Infinity, (c.user + c.system) / 1e6));
    best.set(name, Math.min(best.get(name) ?? Infinity, s));
  }
}
const host = await hostReduction();
const mine = await inThread();
const same = host.every((h, j) => JSON.stringify(h.toJSON()) === JSON.stringify(mine[j].toJSON()));
for (const [name, s] of best) console.log(`${name.padEnd(20)} ${s.toFixed(3)} s wall  ${(N / s / 1e6).toFixed(1)} M samples/s  ${(cpu.get(name) as number).toFixed(3)} CPU s (all threads)  (best of ${repeat})`);
const gen = best.get('generate only')!;
console.log(`host reduction costs ${(((best.get('host reduction')! - gen) / N / varying.length) * 1e9).toFixed(1)} ns per sample and output beyond generation; in-thread ${(((best.get('in-thread reduction')! - gen) / N / varying.length) * 1e9).toFixed(1)} ns`);
console.log(`statistics identical (toJSON): ${same}`);
kernel.dispose();
await backend.dispose();
