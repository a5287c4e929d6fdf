import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { DEFAULT_PERCENTILES, percentileKey, summarizeSamples } from '../../src/stats/index.js';
import { thrown } from './samples.js';

describe('summarizeSamples', () => {
  it('summarizeSamples gives exact moments and type-7 percentiles of a small sample', () => {
    // 1…9 (n = 9): mean 5, M2 = 2·(16 + 9 + 4 + 1) = 60, sd = √(60/8) = √7.5, se = √7.5 / 3.
    // Type 7, h = 8p: p2.5 → h = 0.2 → 1.2; p25 → h = 2 → 3; p50 → 5; p97.5 → h = 7.8 → 8.8.
    const s = summarizeSamples([9, 1, 8, 2, 7, 3, 6, 4, 5]);
    expect(s.count).toBe(9);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(7.5), 14);
    expect(s.standardError).toBeCloseTo(Math.sqrt(7.5) / 3, 14);
    expect([s.min, s.max]).toEqual([1, 9]);
    expect(Object.keys(s.percentiles)).toEqual(['p2.5', 'p5', 'p25', 'p50', 'p75', 'p95', 'p97.5']);
    expect(s.percentiles['p2.5']).toBeCloseTo(1.2, 14);
    expect(s.percentiles.p5).toBeCloseTo(1.4, 14); // h = 0.4
    expect(s.percentiles.p25).toBe(3);
    expect(s.percentiles.p50).toBe(5);
    expect(s.percentiles.p75).toBe(7); // h = 6
    expect(s.percentiles['p97.5']).toBeCloseTo(8.8, 14);
    expect(s.quantileMethod).toBe('exact');
    expect(s.quantileMaxError).toBeUndefined();
    expect(s.nonFinite).toEqual({ count: 0, firstIndex: null });
  });

  it('summarizeSamples bins the display histogram over [min, max] with the last bin closed', () => {
    // 0, 1, 2, 3, 4 in 4 bins of width 1: 4 = max goes in the last bin.
    const s = summarizeSamples(new Float64Array([0, 1, 2, 3, 4]), [50], { displayBins: 4 });
    expect(s.histogram).toEqual({ edges: [0, 1, 2, 3, 4], counts: [1, 1, 1, 2], underflow: 0, overflow: 0 });
  });

  it('summarizeSamples of a constant sample gives sd 0 and a narrow histogram around it', () => {
    const s = summarizeSamples(new Float32Array([5, 5, 5]), [5, 95], { displayBins: 2 });
    expect([s.mean, s.sd, s.percentiles.p5, s.percentiles.p95]).toEqual([5, 0, 5, 5]);
    // [5 − 5·2^−20, 5 + 5·2^−20] in 2 bins: 5 sits on the middle edge, in bin 1.
    expect(s.histogram.edges).toEqual([5 - 5 * 2 ** -20, 5, 5 + 5 * 2 ** -20]);
    expect(s.histogram.counts).toEqual([0, 3]);
  });

  it('summarizeSamples uses one display bin when the range is too narrow for distinct edges', () => {
    // [0, 5e−324] (the smallest subnormal): 5e−324 / 4 rounds to 0, so 4 bins would all be empty-width.
    const s = summarizeSamples([0, 5e-324], [50], { displayBins: 4 });
    expect(s.histogram).toEqual({ edges: [0, 5e-324], counts: [2], underflow: 0, overflow: 0 });
  });

  it('summarizeSamples excludes non-finite samples and names the first', () => {
    const s = summarizeSamples([1, NaN, 3, -Infinity], [50]);
    expect(s.count).toBe(2);
    expect(s.percentiles).toEqual({ p50: 2 });
    expect(s.nonFinite).toEqual({ count: 2, firstIndex: 1 });
  });

  it('summarizeSamples does not modify its input', () => {
    const x = new Float64Array([3, 1, 2]);
    summarizeSamples(x);
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });

  it('summarizeSamples refuses no finite sample, percentiles outside [0, 100] and bad displayBins', () => {
    const none = thrown(() => summarizeSamples([NaN, NaN]));
    expect(none).toBeInstanceOf(InputError);
    expect(none.message).toMatch(/samples cannot be summarized: got "2 non-finite samples, the first at index 0"/);
    expect(thrown(() => summarizeSamples([])).message).toMatch(/got "no samples"/);
    expect(thrown(() => summarizeSamples([1], [150])).path).toBe('percentiles[0]');
    expect(thrown(() => summarizeSamples([1], [50, -1])).path).toBe('percentiles[1]');
    expect(thrown(() => summarizeSamples([1], [50], { displayBins: 0 })).path).toBe('options.displayBins');
    expect(thrown(() => summarizeSamples('1,2' as unknown as number[])).path).toBe('samples');
  });
});

describe('percentileKey', () => {
  it('percentileKey writes p and the percent as JavaScript does', () => {
    expect(DEFAULT_PERCENTILES.map(percentileKey)).toEqual(['p2.5', 'p5', 'p25', 'p50', 'p75', 'p95', 'p97.5']);
    expect(percentileKey(0.1)).toBe('p0.1');
  });
});
