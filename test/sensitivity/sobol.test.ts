import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { problemFromFunction, saltelliDesign, sobol, type SobolResult } from '../../src/sensitivity/index.js';
import { ishigami, mulberry32, normal, sobolG, uniform } from './helpers.js';

const PI = Math.PI;
const ishigamiProblem = problemFromFunction(
  [uniform('x1', -PI, PI), uniform('x2', -PI, PI), uniform('x3', -PI, PI)],
  ishigami,
);

/*
 * Ishigami, a = 7, b = 0.1, Xi ~ U(−π, π) (Ishigami & Homma 1990; closed
 * form in Saltelli et al. 2008, "Global Sensitivity Analysis: The Primer",
 * §4.5.1): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8445879407,
 * V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸(1/18 − 1/50), so
 * S1 = 0.313905, S2 = 0.442411, S3 = 0; ST1 = 0.557589, ST2 = 0.442411,
 * ST3 = 0.243684; S13 = 0.243684, S12 = S23 = 0.
 */
const a = 7;
const b = 0.1;
const V = (a * a) / 8 + (b * PI ** 4) / 5 + (b * b * PI ** 8) / 18 + 0.5;
const V1 = (1 + (b * PI ** 4) / 5) ** 2 / 2;
const V2 = (a * a) / 8;
const V13 = b * b * PI ** 8 * (1 / 18 - 1 / 50);
const ISHIGAMI = {
  S1: { x1: V1 / V, x2: V2 / V, x3: 0 },
  ST: { x1: (V1 + V13) / V, x2: V2 / V, x3: V13 / V },
  S2: { x1x2: 0, x1x3: V13 / V, x2x3: 0 },
};

function expectIshigami(r: SobolResult, atol: number, secondOrder: boolean): void {
  const ix = r.outputs.y?.indices;
  for (const name of ['x1', 'x2', 'x3'] as const) {
    expect(Math.abs((ix?.[name]?.S1) - ISHIGAMI.S1[name])).toBeLessThan(atol);
    expect(Math.abs((ix?.[name]?.ST) - ISHIGAMI.ST[name])).toBeLessThan(atol);
  }
  if (secondOrder) {
    expect(Math.abs((ix?.x1?.S2?.x2 as number) - ISHIGAMI.S2.x1x2)).toBeLessThan(atol);
    expect(Math.abs((ix?.x1?.S2?.x3 as number) - ISHIGAMI.S2.x1x3)).toBeLessThan(atol);
    expect(Math.abs((ix?.x2?.S2?.x3 as number) - ISHIGAMI.S2.x2x3)).toBeLessThan(atol);
  }
}

describe('sobol on analytic cases', () => {
  it('sobol reproduces the closed-form values the tests are built on', () => {
    // The published decimals (reference values of the analytic-cases table).
    expect(V).toBeCloseTo(13.8445879407, 9);
    expect(ISHIGAMI.S1.x1).toBeCloseTo(0.313905, 6);
    expect(ISHIGAMI.S1.x2).toBeCloseTo(0.442411, 6);
    expect(ISHIGAMI.ST.x1).toBeCloseTo(0.557589, 6);
    expect(ISHIGAMI.ST.x3).toBeCloseTo(0.243684, 6);
  });

  it('sobol estimates the Ishigami indices within 0.07 at N = 2^12', async () => {
    // Tolerance: worst error of plain Monte Carlo Saltelli/Jansen estimators over 200 seeds is 0.067 at 2^12.
    const r = await sobol(ishigamiProblem, { n: 4096, seed: 1, bootstrap: { resamples: 100 } });
    expectIshigami(r, 0.07, false);
    expect(r.evaluations).toBe(4096 * (3 + 2));
  });

  it('sobol with sequence "sobol" estimates the Ishigami indices within 0.07 at N = 2^12', async () => {
    // The plain Monte Carlo tolerance; a quasi-random design does at least as well on this smooth function.
    const r = await sobol(ishigamiProblem, { n: 4096, seed: 1, sequence: 'sobol', secondOrder: true, bootstrap: { resamples: 100 } });
    expectIshigami(r, 0.07, true);
    expect(r.sequence).toBe('sobol');
    await expect(sobol(ishigamiProblem, { n: 5000, sequence: 'sobol' })).rejects.toThrow(/sobol\.options\.n is not a power of two/);
  });

  it('sobol estimates the Ishigami indices, second order included, within 0.02 at N = 2^16', async () => {
    // Tolerance: worst error over 200 seeds is 0.018 at 2^16.
    const r = await sobol(ishigamiProblem, { n: 65536, seed: 1, secondOrder: true, bootstrap: { resamples: 100 } });
    expectIshigami(r, 0.02, true);
    expect(r.evaluations).toBe(65536 * (2 * 3 + 2));
    // E[Y] = a/2 = 3.5 and V = 13.8446: sample mean and variance of 2^17 values.
    expect(Math.abs((r.outputs.y?.mean) - 3.5)).toBeLessThan(0.05);
    expect(Math.abs((r.outputs.y?.variance) - V) / V).toBeLessThan(0.02);
    // S2 is symmetric.
    expect(r.outputs.y?.indices.x3?.S2?.x1).toBe(r.outputs.y?.indices.x1?.S2?.x3);
  });

  it('sobol reproduces the Sobol G function (a = 0, 1, 4.5, 9, 99 ×4)', async () => {
    // Sobol' (1993); Saltelli et al. (2010): Vi = 1/(3(1 + ai)²), V = Π(1 + Vi) − 1,
    // Si = Vi/V, STi = Vi·Π_{j≠i}(1 + Vj)/V.
    const coef = [0, 1, 4.5, 9, 99, 99, 99, 99];
    const Vi = coef.map((ai) => 1 / (3 * (1 + ai) ** 2));
    const prod = Vi.reduce((p, v) => p * (1 + v), 1);
    const VG = prod - 1;
    const S = Vi.map((v) => v / VG);
    const ST = Vi.map((v) => (v * (prod / (1 + v))) / VG);
    expect(VG).toBeCloseTo(0.465424, 6); // published V
    expect(S[0]).toBeCloseTo(0.71619, 5);
    expect(ST[1]).toBeCloseTo(0.2422, 4);
    const p = problemFromFunction(coef.map((_c, i) => uniform(`x${i + 1}`, 0, 1)), sobolG(coef));
    // At 2^15 the worst error over 15 seeds came near 0.02; at 2^16 expect about 0.013 (error ∝ 1/√n).
    const r = await sobol(p, { n: 65536, seed: 2, bootstrap: { resamples: 100 } });
    coef.forEach((_c, i) => {
      const e = r.outputs.y?.indices[`x${i + 1}`];
      expect(Math.abs((e?.S1) - (S[i]))).toBeLessThan(0.02);
      expect(Math.abs((e?.ST) - (ST[i]))).toBeLessThan(0.02);
    });
  });

  it('sobol gives S = ST = bᵢ²/Σb² for Y = X1 + 2X2 + 3X3 with unit variances', async () => {
    // U(−√3, √3) has variance (2√3)²/12 = 1; S = ST = (1, 4, 9)/14, S2 = 0.
    const s3 = Math.sqrt(3);
    const p = problemFromFunction(
      [uniform('x1', -s3, s3), uniform('x2', -s3, s3), uniform('x3', -s3, s3)],
      (x) => (x.x1) + 2 * (x.x2) + 3 * (x.x3),
    );
    const r = await sobol(p, { n: 16384, seed: 3, secondOrder: true, bootstrap: { resamples: 100 } });
    [1, 4, 9].forEach((b2, i) => {
      const e = r.outputs.y?.indices[`x${i + 1}`];
      expect(Math.abs((e?.S1) - b2 / 14)).toBeLessThan(0.02);
      expect(Math.abs((e?.ST) - b2 / 14)).toBeLessThan(0.02);
      for (const other of Object.values(e?.S2 ?? {})) expect(Math.abs(other)).toBeLessThan(0.02);
    });
  });

  it('sobol gives S1 = S2 = 0.490196, S12 = 0.019608 for energy × intensity', async () => {
    // Y = X1·X2, X1 ~ N(300, 60), X2 ~ N(1000, 200): V = μ1²σ2² + μ2²σ1² + σ1²σ2² = 7.344e9,
    // S1 = μ2²σ1²/V = 3.6e9/7.344e9, S12 = σ1²σ2²/V = 1.44e8/7.344e9, ST = S1 + S12.
    const Vp = 300 ** 2 * 200 ** 2 + 1000 ** 2 * 60 ** 2 + 60 ** 2 * 200 ** 2;
    expect(Vp).toBe(7.344e9);
    const S1 = 3.6e9 / Vp;
    const S12 = 1.44e8 / Vp;
    const p = problemFromFunction([normal('intensity', 300, 60), normal('energy', 1000, 200)], (x) => (x.intensity) * (x.energy));
    const r = await sobol(p, { n: 65536, seed: 4, secondOrder: true, bootstrap: { resamples: 100 } });
    const ix = r.outputs.y?.indices;
    for (const name of ['intensity', 'energy']) {
      expect(Math.abs((ix?.[name]?.S1) - S1)).toBeLessThan(0.02);
      expect(Math.abs((ix?.[name]?.ST) - (S1 + S12))).toBeLessThan(0.02);
    }
    expect(Math.abs((ix?.intensity?.S2?.energy as number) - S12)).toBeLessThan(0.02);
    expect(Math.abs((r.outputs.y?.mean) - 300000) / 300000).toBeLessThan(0.005);
  });

  it('sobol gives every index 0, never NaN, for a constant output, and says so', async () => {
    const p = problemFromFunction([uniform('a', 0, 1), uniform('b', 0, 1)], () => ({ total: 42, varying: 0 }));
    const r = await sobol(p, { n: 64, seed: 1, secondOrder: true, bootstrap: { resamples: 100 } });
    for (const output of ['total', 'varying']) {
      const o = r.outputs[output];
      expect(o?.constant).toBe(true);
      expect(o?.variance).toBe(0);
      for (const name of ['a', 'b']) {
        const e = o?.indices[name];
        expect([e?.S1, e?.ST, ...(e?.S1ci ?? []), ...(e?.STci ?? [])]).toEqual([0, 0, 0, 0, 0, 0]);
        expect(Object.values(e?.S2 ?? {})).toEqual([0]);
      }
    }
    expect(r.outputs.total?.mean).toBe(42);
    expect(r.notes.some((n) => n.includes('"total" is constant'))).toBe(true);
  });
});

describe('sobol bootstrap intervals', () => {
  it('sobol intervals at 99.9 % contain every analytic Ishigami index (N = 2^12)', async () => {
    // 9 intervals at 99.9 %: a calibrated bootstrap misses one with probability about 1 %.
    const r = await sobol(ishigamiProblem, { n: 4096, seed: 11, secondOrder: true, bootstrap: { resamples: 2000, confidence: 0.999 } });
    const ix = r.outputs.y?.indices;
    const inside = (ci: readonly [number, number] | undefined, v: number): boolean => (ci as [number, number])[0] <= v && v <= (ci as [number, number])[1];
    for (const name of ['x1', 'x2', 'x3'] as const) {
      expect(inside(ix?.[name]?.S1ci, ISHIGAMI.S1[name])).toBe(true);
      expect(inside(ix?.[name]?.STci, ISHIGAMI.ST[name])).toBe(true);
    }
    expect(inside(ix?.x1?.S2ci?.x2, ISHIGAMI.S2.x1x2)).toBe(true);
    expect(inside(ix?.x1?.S2ci?.x3, ISHIGAMI.S2.x1x3)).toBe(true);
    expect(inside(ix?.x2?.S2ci?.x3, ISHIGAMI.S2.x2x3)).toBe(true);
    expect(r.bootstrap).toEqual({ resamples: 2000, confidence: 0.999 });
  });

  it('sobol 95 % intervals cover the Ishigami indices in about 95 % of runs', async () => {
    // 30 independent runs × 6 indices: the observed coverage of a calibrated
    // interval is 0.95 ± 0.016 (one binomial standard error); 0.85 is far below.
    let covered = 0;
    let total = 0;
    for (let seed = 100; seed < 130; seed += 1) {
      const r = await sobol(ishigamiProblem, { n: 2048, seed, bootstrap: { resamples: 200 } });
      for (const name of ['x1', 'x2', 'x3'] as const) {
        const e = r.outputs.y?.indices[name];
        const s1 = e?.S1ci;
        const st = e?.STci;
        covered += Number(s1[0] <= ISHIGAMI.S1[name] && ISHIGAMI.S1[name] <= s1[1]);
        covered += Number(st[0] <= ISHIGAMI.ST[name] && ISHIGAMI.ST[name] <= st[1]);
        total += 2;
        expect(s1[0]).toBeLessThanOrEqual(s1[1]);
      }
    }
    expect(covered / total).toBeGreaterThan(0.85);
  });

  it('sobol is reproducible: the same seed gives the same indices and intervals', async () => {
    const r1 = await sobol(ishigamiProblem, { n: 128, seed: 9, bootstrap: { resamples: 100 } });
    const r2 = await sobol(ishigamiProblem, { n: 128, seed: 9, bootstrap: { resamples: 100 } });
    const r3 = await sobol(ishigamiProblem, { n: 128, seed: 10, bootstrap: { resamples: 100 } });
    expect(r1.outputs).toEqual(r2.outputs);
    expect(r1.outputs).not.toEqual(r3.outputs);
    expect(r1.seed).toBe(9);
  });
});

describe('sobol options and the evaluator', () => {
  it('sobol evaluates the documented Saltelli design in batches, reporting progress', async () => {
    const seen: number[] = [];
    const rows: number[] = [];
    const p = {
      ...ishigamiProblem,
      evaluate: async (design: Float64Array, n: number) => {
        rows.push(n);
        seen.push(...design.slice(0, 3));
        return ishigamiProblem.evaluate(design, n);
      },
    };
    const progress: number[] = [];
    await sobol(p, { n: 64, seed: 5, batchRows: 100, bootstrap: { resamples: 100 }, onProgress: (e) => progress.push(e.done) });
    // 64 × 5 = 320 rows in batches of 100: 100, 100, 100, 20.
    expect(rows).toEqual([100, 100, 100, 20]);
    expect(progress).toEqual([100, 200, 300, 320]);
    // Row 0 of the first batch is row 0 of saltelliDesign with the same seed, mapped to U(−π, π).
    const unit = saltelliDesign(3, 64, { seed: 5 });
    expect(seen.slice(0, 3)).toEqual(Array.from(unit.slice(0, 3), (u) => -PI + u * 2 * PI));
  });

  it('sobol uses an injected random source and records no seed', async () => {
    const r1 = await sobol(ishigamiProblem, { n: 64, rng: mulberry32(1), bootstrap: { resamples: 100 } });
    const r2 = await sobol(ishigamiProblem, { n: 64, rng: mulberry32(1), bootstrap: { resamples: 100 } });
    expect(r1.outputs).toEqual(r2.outputs);
    expect(r1.seed).toBeUndefined();
    expect(r1.notes.join(' ')).toContain('injected');
  });

  it('sobol records the default seed and bootstrap as defaults', async () => {
    const r = await sobol(ishigamiProblem, { n: 64 });
    expect(r.seed).toBe(1);
    expect(r.bootstrap).toEqual({ resamples: 1000, confidence: 0.95 });
    expect(r.notes.join(' ')).toContain('default seed 1');
    expect(r.notes.join(' ')).toContain('bootstrap not given');
  });

  it('sobol stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const p = {
      ...ishigamiProblem,
      evaluate: (design: Float64Array, n: number) => {
        controller.abort(new Error('stopped by the user'));
        return ishigamiProblem.evaluate(design, n);
      },
    };
    await expect(sobol(p, { n: 64, batchRows: 64, signal: controller.signal })).rejects.toThrow('stopped by the user');
  });
});

describe('sobol refuses bad input', () => {
  const err = async (promise: Promise<unknown>): Promise<InputError> => {
    try {
      await promise;
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    }
    throw new Error('expected an InputError');
  };

  it('sobol refuses fewer than two uncertain inputs', async () => {
    const one = problemFromFunction([uniform('a', 0, 1)], (x) => x.a);
    expect((await err(sobol(one, { n: 64 }))).message).toContain('at least two uncertain inputs');
    const degenerate = problemFromFunction([uniform('a', 0, 1), uniform('b', 2, 2)], (x) => (x.a) + (x.b));
    const e = await err(sobol(degenerate, { n: 64 }));
    expect(e.message).toContain('fewer than two uncertain inputs');
    expect(e.received).toEqual(['b']);
  });

  it('sobol refuses a sample count that is not an integer ≥ 64', async () => {
    for (const n of [1000.5, 0, 1, 63, Number.NaN, '4096']) {
      const e = await err(sobol(ishigamiProblem, { n: n as number }));
      expect(e.path).toBe('sobol.options.n');
      expect(e.message).toContain('64');
    }
    const huge = await err(sobol(ishigamiProblem, { n: 1e10 }));
    expect(huge.message).toContain('too large');
  });

  it('sobol refuses bootstrap settings out of range', async () => {
    expect((await err(sobol(ishigamiProblem, { n: 64, bootstrap: { resamples: 10 } }))).path).toBe('sobol.options.bootstrap.resamples');
    expect((await err(sobol(ishigamiProblem, { n: 64, bootstrap: { resamples: 1000.5 } }))).path).toBe('sobol.options.bootstrap.resamples');
    const pct = await err(sobol(ishigamiProblem, { n: 64, bootstrap: { confidence: 95 } }));
    expect(pct.path).toBe('sobol.options.bootstrap.confidence');
    expect(pct.message).toContain('did you mean 0.95?');
    expect((await err(sobol(ishigamiProblem, { n: 64, bootstrap: { confidence: 1 } }))).path).toBe('sobol.options.bootstrap.confidence');
  });

  it('sobol refuses a misspelt option and a bad seed', async () => {
    const e = await err(sobol(ishigamiProblem, { n: 64, secondorder: true } as never));
    expect(e.message).toContain('sobol.options.secondorder is not a known option');
    expect(e.fix).toBe('did you mean "secondOrder"?');
    expect((await err(sobol(ishigamiProblem, { n: 64, seed: 1.5 }))).path).toBe('sobol.options.seed');
    expect((await err(sobol(ishigamiProblem, { n: 64, seed: 1, rng: mulberry32(1) }))).path).toBe('sobol.options.seed');
    expect((await err(sobol(ishigamiProblem, { n: 64, rng: { next: () => 1 } }))).path).toBe('sobol.options.rng.next()');
  });

  it('sobol reports how many outputs are not finite and the first bad row with its inputs', async () => {
    // log(a − 0.5) is NaN for every sample with a < 0.5 (a ~ U(0, 1), so a = u).
    const p = problemFromFunction([uniform('a', 0, 1), uniform('b', 0, 1)], (x) => Math.log((x.a) - 0.5) + (x.b));
    const e = await err(sobol(p, { n: 64, seed: 7 }));
    // Derive the expected count and first row from the documented design with the same seed.
    const unit = saltelliDesign(2, 64, { seed: 7 });
    const badRows: number[] = [];
    for (let row = 0; row < 64 * 4; row += 1) if ((unit[row * 2]) < 0.5) badRows.push(row);
    const first = badRows[0];
    expect(e.message).toContain(`not finite for ${badRows.length} of 256 samples`);
    expect(e.message).toContain(`design row ${first} (0-based) with a = ${unit[first * 2]}, b = ${unit[first * 2 + 1]}`);
    expect(Number.isNaN(e.received)).toBe(true);
  });

  it('sobol refuses an evaluator that returns the wrong number or length of arrays', async () => {
    const wrongCount = { ...ishigamiProblem, evaluate: () => [] };
    expect((await err(sobol(wrongCount, { n: 64 }))).message).toContain('wrong number of outputs');
    const bare = { ...ishigamiProblem, evaluate: (_d: Float64Array, n: number) => new Float64Array(n) as never };
    expect((await err(sobol(bare, { n: 64 }))).message).toContain('a bare Float64Array, not an array of arrays');
    const wrongLength = { ...ishigamiProblem, evaluate: () => [new Float64Array(3)] };
    expect((await err(sobol(wrongLength, { n: 64 }))).message).toContain('wrong length');
  });
});
