import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { FixedHistogram, RunningMoments, summarizeSamples, summarizeStream } from '../../src/stats/index.js';
import { normalSamples, thrown } from './samples.js';

describe('summarizeStream', () => {
  it('summarizeStream reads moments from the accumulator and percentiles from the histogram', () => {
    // 0.5, 1.5, 2.5, 3.5 in bins of width 1 on [0, 4): mean 2, M2 = 2.25 + 0.25 + 0.25 + 2.25 = 5,
    // sd = √(5/3). p50: k = 1.5 → ½·1.5 + ½·2.5 = 2, bounds ½·[1, 2] + ½·[2, 3] = [1.5, 2.5].
    const m = new RunningMoments();
    const h = new FixedHistogram({ lo: 0, hi: 4, bins: 4 });
    const x = new Float64Array([0.5, 1.5, 2.5, 3.5]);
    m.add(x);
    h.add(x);
    const s = summarizeStream(m, h, [50]);
    expect(s.mean).toBe(2);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(s.standardError).toBeCloseTo(Math.sqrt(5 / 3) / 2, 14);
    expect(s.percentiles).toEqual({ p50: 2 });
    expect(s.quantileMethod).toBe('histogram');
    expect(s.quantileMaxError).toBe(1);
    expect(s.percentilesOutOfRange).toEqual([]);
    expect(s.histogram).toEqual({ edges: [0, 1, 2, 3, 4], counts: [1, 1, 1, 1], underflow: 0, overflow: 0 });
  });

  it('summarizeStream agrees with summarizeSamples: moments to 1e-12, percentiles within one bin width', () => {
    const x = normalSamples(100_000, 1869, 250, 17);
    const m = new RunningMoments();
    const h = new FixedHistogram({ lo: 500, hi: 3500, bins: 65536 });
    m.add(x);
    h.add(x);
    const streamed = summarizeStream(m, h);
    const exact = summarizeSamples(x);
    expect(streamed.count).toBe(exact.count);
    expect(Math.abs(streamed.mean - exact.mean) / exact.mean).toBeLessThan(1e-12);
    expect(Math.abs(streamed.sd - exact.sd) / exact.sd).toBeLessThan(1e-12);
    expect([streamed.min, streamed.max]).toEqual([exact.min, exact.max]);
    for (const key of Object.keys(exact.percentiles)) {
      expect(Math.abs((streamed.percentiles[key]) - (exact.percentiles[key]))).toBeLessThanOrEqual(h.binWidth);
    }
    expect(streamed.quantileMaxError).toBeLessThanOrEqual(h.binWidth * (1 + 1e-9));
  });

  it('summarizeStream lists the percentiles that fell outside the histogram range', () => {
    // 1, 2, …, 100 on [0, 50): p97.5 (k = 96.525) lies in the overflow [50, 100]; p0 = min is exact.
    const x = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    const m = new RunningMoments();
    const h = new FixedHistogram({ lo: 0, hi: 50, bins: 50 });
    m.add(x);
    h.add(x);
    const s = summarizeStream(m, h, [0, 25, 97.5]);
    expect(s.percentilesOutOfRange).toEqual(['p97.5']);
    expect(s.percentiles['p97.5']).toBeGreaterThanOrEqual(50);
    expect(s.percentiles['p97.5']).toBeLessThanOrEqual(100);
    expect(s.percentiles.p0).toBe(1);
    expect(s.quantileMaxError).toBe(50); // the overflow's bound [50, 100]
  });

  it('summarizeStream refuses moments and a histogram fed different samples', () => {
    const m = new RunningMoments();
    const h = new FixedHistogram({ lo: 0, hi: 1, bins: 4 });
    m.add(new Float64Array([0.5, 0.6]));
    h.add(new Float64Array([0.5]));
    const e = thrown(() => summarizeStream(m, h));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/histogram does not match the moments: got "1 finite samples"; expected 2/);
    expect(thrown(() => summarizeStream({} as RunningMoments, h)).path).toBe('moments');
    expect(thrown(() => summarizeStream(m, {} as FixedHistogram)).path).toBe('histogram');
  });

  it('summarizeStream refuses to summarize when every sample was non-finite', () => {
    const m = new RunningMoments();
    const h = new FixedHistogram({ lo: 0, hi: 1, bins: 4 });
    const x = new Float64Array([NaN, Infinity]);
    m.add(x, 40);
    h.add(x);
    expect(thrown(() => summarizeStream(m, h)).message).toMatch(/2 non-finite samples, the first at index 40/);
  });
});
