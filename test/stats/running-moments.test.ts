import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { RunningMoments } from '../../src/stats/index.js';
import { normalSamples, thrown } from './samples.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('RunningMoments', () => {
  it('RunningMoments.add gives the hand-computed moments of a small array', () => {
    // x = 2, 4, 4, 4, 5, 5, 7, 9: Σx = 40, mean 5,
    // M2 = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, sample variance 32/7.
    const m = new RunningMoments();
    m.add(new Float64Array([2, 4, 4, 4, 5, 5, 7, 9]));
    const s = m.snapshot();
    expect(s.count).toBe(8);
    expect(s.sum).toBe(40);
    expect(s.mean).toBe(5);
    expect(s.m2).toBe(32);
    expect(s.variance).toBeCloseTo(32 / 7, 14);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect([s.min, s.max]).toEqual([2, 9]);
    expect(s.nonFinite).toEqual({ count: 0, firstIndex: null });
  });

  it('RunningMoments.add keeps the variance of values on a large offset (1e9 + 4, 7, 13, 16)', () => {
    // Deviations from the mean 1e9 + 10 are −6, −3, 3, 6: M2 = 36 + 9 + 9 + 36 = 90, variance 30.
    const m = new RunningMoments();
    m.add(new Float64Array([1e9 + 4, 1e9 + 7]));
    m.add(new Float64Array([1e9 + 13, 1e9 + 16]));
    const s = m.snapshot();
    expect(s.mean).toBe(1e9 + 10);
    expect(s.variance).toBeCloseTo(30, 6);
  });

  it('RunningMoments.add stays exact when the first sample (the shift) is a far outlier', () => {
    // x = 1e8, 0, 0, 0: mean 2.5e7, M2 = (7.5e7)² + 3·(2.5e7)² = 5.625e15 + 1.875e15 = 7.5e15.
    const m = new RunningMoments();
    m.add(new Float32Array([1e8, 0, 0, 0]));
    const s = m.snapshot();
    expect(s.mean).toBe(2.5e7);
    expect(rel(s.m2, 7.5e15)).toBeLessThan(1e-15);
  });

  it('RunningMoments.add avoids the float32 trap: 1e6 draws of N(300000, 100) to 1e-12', () => {
    const x = normalSamples(1_000_000, 300000, 100, 20261123, true);
    // Exact reference: every float32 in [2^18, 2^19) is a multiple of 2^(18−23) = 1/32,
    // so V = 32·x is an integer and ΣV, ΣV² are exact in BigInt.
    let sumV = 0n;
    let sumV2 = 0n;
    let nonInteger = 0;
    for (const v of x) {
      const k = v * 32;
      if (!Number.isInteger(k)) nonInteger += 1;
      const b = BigInt(k);
      sumV += b;
      sumV2 += b * b;
    }
    expect(nonInteger).toBe(0);
    const n = x.length;
    const exactMean = Number(sumV) / 32 / n; // ΣV < 2^53: exact, then one rounding
    // M2 = (n·ΣV² − (ΣV)²) / (n·1024), sample variance M2 / (n − 1).
    const exactVariance = Number(BigInt(n) * sumV2 - sumV * sumV) / n / 1024 / (n - 1);
    const m = new RunningMoments();
    for (let s = 0; s < n; s += 2 ** 18) m.add(x.subarray(s, s + 2 ** 18));
    const got = m.snapshot();
    expect(got.count).toBe(n);
    expect(rel(got.mean, exactMean)).toBeLessThan(1e-12);
    expect(rel(got.variance, exactVariance)).toBeLessThan(1e-10);
    expect(Math.abs(got.variance - 1e4)).toBeLessThan(100); // sd of the sample variance: 1e4·√(2/n) ≈ 14
    // The trap itself: a sequential float32 sum drifts by far more than 1e-3 of the mean.
    let f = 0;
    for (const v of x) f = Math.fround(f + v);
    expect(rel(f / n, exactMean)).toBeGreaterThan(1e-3);
  });

  it('RunningMoments.add counts non-finite samples, excludes them and reports the first index', () => {
    const m = new RunningMoments();
    m.add(new Float64Array([1, 2, 3])); // indices 0–2
    m.add(new Float64Array([Infinity, 4, NaN])); // indices 3–5: first bad is 3
    m.add(new Float32Array([-Infinity]), 100); // explicit index: later than 3
    const s = m.snapshot();
    expect(s.count).toBe(4);
    expect(s.mean).toBe(2.5); // (1 + 2 + 3 + 4) / 4
    expect(s.nonFinite).toEqual({ count: 3, firstIndex: 3 });
    expect([s.min, s.max]).toEqual([1, 4]);
  });

  it('RunningMoments.add uses firstIndex to place a shard\'s chunk in the whole run', () => {
    const m = new RunningMoments();
    m.add(new Float64Array([1, NaN]), 1_000_000);
    expect(m.snapshot().nonFinite).toEqual({ count: 1, firstIndex: 1_000_001 });
  });

  it('RunningMoments.snapshot gives NaN for quantities the count does not define', () => {
    const empty = new RunningMoments().snapshot();
    expect(empty.count).toBe(0);
    expect(empty.mean).toBeNaN();
    expect(empty.min).toBeNaN();
    const one = new RunningMoments();
    one.add(new Float64Array([7]));
    expect(one.snapshot().mean).toBe(7);
    expect(one.snapshot().variance).toBeNaN(); // n − 1 = 0
    expect(Object.isFrozen(one.snapshot())).toBe(true);
  });

  it('RunningMoments.merge of two halves equals the whole: counts exactly, moments to 1e-12', () => {
    const x = normalSamples(200_001, 2400, 300, 7);
    x[12345] = NaN;
    x[150000] = Infinity;
    const whole = new RunningMoments();
    whole.add(x);
    const a = new RunningMoments();
    const b = new RunningMoments();
    a.add(x.subarray(0, 100_000), 0);
    b.add(x.subarray(100_000), 100_000);
    const bBefore = b.snapshot();
    a.merge(b);
    const w = whole.snapshot();
    const m = a.snapshot();
    expect(m.count).toBe(w.count);
    expect(m.nonFinite).toEqual({ count: 2, firstIndex: 12345 });
    expect([m.min, m.max]).toEqual([w.min, w.max]);
    expect(rel(m.mean, w.mean)).toBeLessThan(1e-12);
    expect(rel(m.m2, w.m2)).toBeLessThan(1e-12);
    expect(rel(m.sum, w.sum)).toBeLessThan(1e-12);
    expect(b.snapshot()).toEqual(bBefore); // other is unchanged
  });

  it('RunningMoments.merge with an empty accumulator changes nothing', () => {
    const a = new RunningMoments();
    a.add(new Float64Array([1, 2, 3]));
    const before = a.snapshot();
    a.merge(new RunningMoments());
    expect(a.snapshot()).toEqual(before);
    const e = new RunningMoments();
    e.merge(a);
    expect(e.snapshot()).toEqual(before);
  });

  it('RunningMoments.toJSON and fromJSON round-trip through JSON text exactly', () => {
    const m = new RunningMoments();
    m.add(normalSamples(10_001, 0.4, 0.1, 3));
    m.add(new Float64Array([NaN]));
    const back = RunningMoments.fromJSON(JSON.parse(JSON.stringify(m)));
    expect(back.snapshot()).toEqual(m.snapshot());
    const empty = RunningMoments.fromJSON(JSON.parse(JSON.stringify(new RunningMoments())));
    expect(empty.snapshot().count).toBe(0);
  });

  it('RunningMoments.fromJSON refuses malformed input, naming the field', () => {
    const good = (() => {
      const m = new RunningMoments();
      m.add(new Float64Array([1, 2]));
      return m.toJSON();
    })();
    const cases: Array<[unknown, string]> = [
      [null, 'moments'],
      [{ ...good, kind: 'ailca.histogram' }, 'moments.kind'],
      [{ ...good, version: 2 }, 'moments.version'],
      [{ ...good, count: -1 }, 'moments.count'],
      [{ ...good, count: 1.5 }, 'moments.count'],
      [{ ...good, m2: -1 }, 'moments.m2'],
      [{ ...good, min: null }, 'moments.min'],
      [{ ...good, max: 0 }, 'moments.max'], // max < min = 1
      [{ ...good, firstNonFiniteIndex: 3 }, 'moments.firstNonFiniteIndex'], // none non-finite
    ];
    for (const [json, path] of cases) {
      const e = thrown(() => RunningMoments.fromJSON(json));
      expect(e).toBeInstanceOf(InputError);
      expect(e.path).toBe(path);
    }
  });

  it('RunningMoments.add refuses a plain array or a bad firstIndex', () => {
    const m = new RunningMoments();
    const e = thrown(() => m.add([1, 2, 3] as unknown as Float64Array));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/chunk is invalid: got "an object of type Array"; expected a Float32Array or Float64Array/);
    expect(thrown(() => m.add(new Float64Array(1), -1)).path).toBe('firstIndex');
    expect(thrown(() => m.add(new Float64Array(1), 0.5)).path).toBe('firstIndex');
    expect(thrown(() => m.merge({} as RunningMoments)).path).toBe('other');
  });
});
