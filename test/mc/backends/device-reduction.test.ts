import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePilotRange } from '../../../src/stats/index.js';
import type { ReducedOutput, ReduceTarget, SampleProgram, SamplingKernel } from '../../../src/mc/backends/index.js';
import { tryBackend } from './backend-fixture.js';

// Six outputs in two gpu.js kernels (Array(4) and Array(2)): a normal, a skewed lognormal
// (σ = 1.5), a heavy-tailed Pareto (α = 1.1, infinite variance), a constant, an output that is
// +Infinity in about 10 % of samples (exp overflows float32), and a uniform.
const PROGRAM: SampleProgram = {
  statements: `
    const u1 = Math.random(); const u2 = Math.random(); const u3 = Math.random();
    const r = Math.sqrt(-2.0 * Math.log(u1 + 1e-12));
    const z = r * Math.cos(6.283185307179586 * u2);
    const normal = 1000.5 + 50.25 * z;
    const lognormal = 3.0 * Math.exp(1.5 * z);
    const heavy = Math.pow(1.0 - u3, -0.9090909090909091);
    const constant = 7.25;
    const sometimesInfinite = u2 < 0.9 ? u2 : Math.exp(1000.5 * u2);
    const uniform = -2.5 + 5.5 * u3;`,
  outputs: ['normal', 'lognormal', 'heavy', 'constant', 'sometimesInfinite', 'uniform'],
  uniformsPerSample: 3,
};
const N = 300_000;
const PILOT = 65_536;
const BINS = 65_536;
const SEED = 11;

/** The host's binning rule, written out here (docs/statistics.md): −1 below lo, BINS at or above hi, else ⌊(x − lo)·BINS/(hi − lo)⌋ capped at BINS − 1. */
function binOf(x: number, lo: number, hi: number): number {
  if (x < lo) return -1;
  if (x >= hi) return BINS;
  return Math.min(BINS - 1, Math.floor((x - lo) * (BINS / (hi - lo))));
}

interface Reference {
  counts: Float64Array; under: number; over: number; bad: number; firstBad: number;
  count: number; mean: number; sd: number; min: number; max: number;
}

/** Float64 statistics of a float32 column by two passes, counting bins by {@link binOf}. */
function reference(col: Float32Array, t: ReduceTarget): Reference {
  const r: Reference = { counts: new Float64Array(BINS), under: 0, over: 0, bad: 0, firstBad: -1, count: 0, mean: 0, sd: 0, min: Infinity, max: -Infinity };
  let sum = 0;
  col.forEach((x, i) => {
    if (!Number.isFinite(x)) {
      if (r.bad++ === 0) r.firstBad = i;
      return;
    }
    r.count++;
    sum += x;
    r.min = Math.min(r.min, x);
    r.max = Math.max(r.max, x);
    const j = binOf(x, t.lo, t.hi);
    if (j < 0) r.under++;
    else if (j >= BINS) r.over++;
    else r.counts[j]++;
  });
  r.mean = sum / r.count;
  let m2 = 0;
  for (const x of col) if (Number.isFinite(x)) m2 += (x - r.mean) ** 2;
  r.sd = Math.sqrt(m2 / (r.count - 1));
  return r;
}

/** Mean and sd of a device reduction's totals (the host's formulas: mean = shift + S1/n, M2 = S2 − S1²/n). */
function momentsOf(o: ReducedOutput): { mean: number; sd: number } {
  const m2 = Math.max(0, o.shiftedSumSq - (o.shiftedSum * o.shiftedSum) / o.count);
  return { mean: o.shift + o.shiftedSum / o.count, sd: Math.sqrt(m2 / (o.count - 1)) };
}

describe('reduceOnDevice (webgpu)', async () => {
  const { backend, skip } = await tryBackend('webgpu', {});
  let kernel: SamplingKernel;
  let cols: Float32Array[];
  let targets: ReduceTarget[];
  let refs: Reference[];

  beforeAll(async () => {
    if (!backend) return;
    kernel = await backend.compile(PROGRAM);
    cols = (await kernel.run(0, N, SEED)) as Float32Array[];
    targets = cols.map((c) => {
      const pilot = c.subarray(0, PILOT);
      let s = 0;
      let n = 0;
      for (const x of pilot) {
        if (Number.isFinite(x)) {
          s += x;
          n++;
        }
      }
      return { ...choosePilotRange(pilot), bins: BINS, shift: Math.fround(s / n) };
    });
    refs = cols.map((c, k) => reference(c, targets[k]));
  }, 120_000);
  afterAll(async () => {
    kernel?.dispose();
    await backend?.dispose();
  });

  async function reduce(pieces: readonly number[]): Promise<ReducedOutput[]> {
    const red = kernel.reduceOnDevice?.(targets);
    if (!red) throw new Error('webgpu kernel without reduceOnDevice');
    try {
      let at = 0;
      for (const p of pieces) {
        await red.add(at, p, SEED);
        at += p;
      }
      return await red.finish();
    } finally {
      red.dispose();
    }
  }

  it.skipIf(skip !== undefined)('reduceOnDevice counts the same bins, min, max and non-finite samples as the float64 host rule, and mean and sd to float32 partial-sum rounding', async () => {
    const out = await reduce([N]);
    out.forEach((o, k) => {
      const r = refs[k];
      const name = PROGRAM.outputs[k];
      expect(o.count, name).toBe(r.count);
      expect(o.nonFiniteCount, name).toBe(r.bad);
      expect(o.firstNonFiniteIndex, name).toBe(r.firstBad);
      expect(o.min, name).toBe(r.min);
      expect(o.max, name).toBe(r.max);
      expect(o.underflow, name).toBe(r.under);
      expect(o.overflow, name).toBe(r.over);
      // identical bins: every percentile the histogram gives is then identical too
      expect(Array.from(o.counts).every((c, j) => c === r.counts[j]), `${name}: bins`).toBe(true);
      const { mean, sd } = momentsOf(o);
      // documented tolerance (docs/performance.md): |Δmean| ≤ 1e-6·(sd + |mean − shift|), |Δsd| ≤ 1e-5·sd (+1e-6·|mean| for a constant)
      expect(Math.abs(mean - r.mean), `${name}: mean`).toBeLessThanOrEqual(1e-6 * (r.sd + Math.abs(r.mean - o.shift)) + 1e-7 * Math.abs(r.mean));
      expect(Math.abs(sd - r.sd), `${name}: sd`).toBeLessThanOrEqual(1e-5 * r.sd + 1e-6 * Math.abs(r.mean));
    });
    // the cases are what they claim: a constant, a tenth infinite, a heavy right tail
    expect(refs[3].sd).toBe(0);
    expect(refs[4].bad / N).toBeGreaterThan(0.09);
    expect(refs[4].bad / N).toBeLessThan(0.11);
    expect(refs[2].max / refs[2].mean).toBeGreaterThan(1000);
    expect(refs[1].max / refs[1].mean).toBeGreaterThan(100);
  }, 120_000);

  it.skipIf(skip !== undefined)('reduceOnDevice gives the same bins and counts for any chunking, and sums equal within rounding', async () => {
    const whole = await reduce([N]);
    // 65,536-sample pieces (whole work-groups), then pieces that cut work-groups and threads
    const aligned = await reduce([65_536, 131_072, N - 196_608]);
    const odd = await reduce([1, 4095, 100_003, 77, N - 104_176]);
    for (const other of [aligned, odd]) {
      other.forEach((o, k) => {
        const w = whole[k];
        expect(Array.from(o.counts)).toEqual(Array.from(w.counts));
        expect([o.min, o.max, o.underflow, o.overflow, o.nonFiniteCount, o.firstNonFiniteIndex]).toEqual([w.min, w.max, w.underflow, w.overflow, w.nonFiniteCount, w.firstNonFiniteIndex]);
        const a = momentsOf(o);
        const b = momentsOf(w);
        expect(Math.abs(a.mean - b.mean)).toBeLessThanOrEqual(2e-6 * (refs[k].sd + Math.abs(refs[k].mean - o.shift)) + 1e-7 * Math.abs(refs[k].mean));
        expect(Math.abs(a.sd - b.sd)).toBeLessThanOrEqual(2e-5 * refs[k].sd + 1e-6 * Math.abs(refs[k].mean));
      });
    }
    // whole work-groups: the float32 partials are the same, added in the same order
    aligned.forEach((o, k) => expect([o.shiftedSum, o.shiftedSumSq]).toEqual([whole[k].shiftedSum, whole[k].shiftedSumSq]));
  }, 120_000);

  it.skipIf(skip !== undefined)('reduceOnDevice refuses a target list that does not match the outputs', () => {
    expect(() => kernel.reduceOnDevice?.(targets.slice(1))).toThrow(/one target per output/);
  });
});
