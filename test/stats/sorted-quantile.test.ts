import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { sortedQuantile } from '../../src/stats/index.js';
import { thrown, uniformSamples } from './samples.js';

describe('sortedQuantile', () => {
  it('sortedQuantile follows Hyndman & Fan type 7 on hand-worked examples', () => {
    // [1, 2, 3, 4]: h = 3p. p = 0.25 → h = 0.75 → 1 + 0.75 = 1.75; p = 0.5 → 2.5; p = 0.75 → h = 2.25 → 3.25
    // (numpy.percentile 'linear' gives 1.75 and 3.25 for this sample).
    expect(sortedQuantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(sortedQuantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    // R's quantile() default (type 7) on 3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20 (n = 11, h = 10p):
    // 25 % → h = 2.5 → (7 + 8)/2 = 7.5; 50 % → h = 5 → 9; 75 % → h = 7.5 → (13 + 15)/2 = 14.
    const r = [3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20];
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => sortedQuantile(r, p))).toEqual([3, 7.5, 9, 14, 20]);
    // [10, 20, 30, 40, 50], p = 0.1: h = 0.4 → 10 + 0.4·10 = 14.
    expect(sortedQuantile(new Float64Array([10, 20, 30, 40, 50]), 0.1)).toBe(14);
    // One sample: every quantile is that sample.
    expect(sortedQuantile([7], 0.3)).toBe(7);
  });

  it('sortedQuantile agrees with simple-statistics 7.12 quantileSorted, which is also type 7', () => {
    const x = Array.from(uniformSamples(1001, -5, 5, 2)).sort((a, b) => a - b);
    for (const p of [0, 0.001, 0.025, 0.1, 0.333, 0.5, 0.9, 0.975, 0.999, 1]) {
      expect(sortedQuantile(x, p)).toBe(quantileSorted(x, p)); // same arithmetic: bitwise equal
    }
    // The hand-worked lower quartile above (h = 2.5 → 7.5): simple-statistics gives it too.
    expect(quantileSorted([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.25)).toBe(7.5);
  });

  it('sortedQuantile refuses p outside [0, 1] and an empty sample', () => {
    const e = thrown(() => sortedQuantile([1, 2], 1.5));
    expect(e).toBeInstanceOf(InputError);
    expect(e.path).toBe('p');
    expect(thrown(() => sortedQuantile([], 0.5)).path).toBe('sorted');
  });
});
