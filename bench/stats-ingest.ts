/**
 * Ingest speed of the statistics layer: ns per sample to feed 1e7 float32
 * samples (lognormal, seed 42) in chunks of 2^20 and 2^22 into
 * RunningMoments, FixedHistogram (65,536 bins) and StreamingSummary (both in
 * one pass), against a bare float64 sum loop; then the same samples as
 * Float64Array chunks. Median of 7 runs after 2 warm-ups.
 *
 *   npx tsx bench/stats-ingest.ts
 */
import { createRng } from '../src/random/index.js';
import { choosePilotRange, FixedHistogram, RunningMoments, StreamingSummary } from '../src/stats/index.js';

const N = 10_000_000;
const REPS = 7;
const WARMUP = 2;

function lognormalSamples(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    // Box–Muller: two standard normals from two uniforms; lognormal(ln 2400, 0.3).
    const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const t = 2 * Math.PI * rng.next();
    out[i] = Math.exp(Math.log(2400) + 0.3 * r * Math.cos(t));
    if (i + 1 < n) out[i + 1] = Math.exp(Math.log(2400) + 0.3 * r * Math.sin(t));
  }
  return out;
}

function chunksOf<A extends Float32Array | Float64Array>(data: A, size: number): A[] {
  const out: A[] = [];
  for (let s = 0; s < data.length; s += size) out.push(data.subarray(s, Math.min(data.length, s + size)) as A);
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Time `run` over all chunks; returns the median ns per sample. */
function time<C>(chunks: C[], run: (chunks: C[]) => void): number {
  const ns: number[] = [];
  for (let r = 0; r < WARMUP + REPS; r += 1) {
    const t0 = process.hrtime.bigint();
    run(chunks);
    const dt = Number(process.hrtime.bigint() - t0);
    if (r >= WARMUP) ns.push(dt / N);
  }
  return median(ns);
}

let sink = 0;
const data = lognormalSamples(N, 42);
const range = choosePilotRange(data.subarray(0, 65536));
const rows: [string, number, number][] = [];
for (const [name, run] of [
  ['bare float64 sum (reference)', (cs: Float32Array[]) => {
    let s = 0;
    for (const c of cs) for (let i = 0; i < c.length; i += 1) s += c[i];
    sink += s;
  }],
  ['RunningMoments.add', (cs: Float32Array[]) => {
    const m = new RunningMoments();
    for (const c of cs) m.add(c);
    sink += m.count;
  }],
  ['FixedHistogram.add (65,536 bins)', (cs: Float32Array[]) => {
    const h = new FixedHistogram(range);
    for (const c of cs) h.add(c);
    sink += h.overflow;
  }],
  ['StreamingSummary.add (both, one pass)', (cs: Float32Array[]) => {
    const s = new StreamingSummary(range);
    for (const c of cs) s.add(c);
    sink += s.moments().count;
  }],
] as const) {
  rows.push([name, time(chunksOf(data, 2 ** 20), run), time(chunksOf(data, 2 ** 22), run)]);
}
// Float64Array chunks (the pure-JS backend), after the float32 runs: the kernels are then polymorphic.
const data64 = Float64Array.from(data);
const both64 = (cs: Float64Array[]) => {
  const s = new StreamingSummary(range);
  for (const c of cs) s.add(c);
  sink += s.moments().count;
};
rows.push(['StreamingSummary.add, Float64Array chunks', time(chunksOf(data64, 2 ** 20), both64), time(chunksOf(data64, 2 ** 22), both64)]);

console.log(`Statistics ingest, ${N.toExponential(0)} float32 samples, Node ${process.version}, median of ${REPS}`);
console.log('| accumulator | ns/sample, chunks of 2^20 | ns/sample, chunks of 2^22 |');
console.log('| --- | --- | --- |');
for (const [name, a, b] of rows) console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} |`);
const s = new StreamingSummary(range);
s.add(data);
const summary = s.summarize();
console.log(`\ncheck: mean ${summary.mean.toFixed(3)}, p50 ${summary.percentiles.p50?.toFixed(3)} (analytic median 2400), ` +
  `overflow ${s.histogram().overflow}, quantileMaxError ${summary.quantileMaxError?.toExponential(2)} (sink ${sink > 0})`);
