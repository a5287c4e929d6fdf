import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';

/** A step is nice when it is 1, 2 or 5 × 10^k (Heckbert 1990). */
function isNiceStep(step: number): boolean {
  const k = Math.floor(Math.log10(step));
  const mantissa = step / 10 ** k;
  return [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
}

describe('niceTicks', () => {
  it('niceTicks(0, 1633.74): step 1633.74/4 = 408 → 500, ticks 0 to 2,000', () => {
    expect(niceTicks(0, 1633.74)).toEqual({ values: [0, 500, 1000, 1500, 2000], step: 500, decimals: 0 });
  });
  it('niceTicks(0, 1105.92): step 276 → 200, the axis ends at 1,200', () => {
    expect(niceTicks(0, 1105.92).values).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
  });
  it('niceTicks(0, 1) gives exact decimal ticks with one decimal', () => {
    const t = niceTicks(0, 1);
    expect(t.values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(t.decimals).toBe(1);
  });
  it('niceTicks(1460.67, 2277.54): range 816.87/4 = 204 → step 200, 1,400 to 2,400', () => {
    expect(niceTicks(1460.67, 2277.54).values).toEqual([1400, 1600, 1800, 2000, 2200, 2400]);
  });
  it('niceTicks(-280, 190) covers negative values', () => {
    // 470/4 = 117.5 → 1.175 × 10² → nice 1 → step 100
    expect(niceTicks(-280, 190).values).toEqual([-300, -200, -100, 0, 100, 200]);
  });
  it('niceTicks(0, 0) falls back to [0, 1]; niceTicks(5, 5) includes zero', () => {
    expect(niceTicks(0, 0).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5, 5).values).toEqual([0, 1, 2, 3, 4, 5]); // [0, 5]: 5/4 = 1.25 → 1
  });
  it('niceTicks(0, 1.1) does not add a tick for 1.1 / 0.1 = 11.000000000000002', () => {
    expect(niceTicks(0, 1.1, 12).values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1]);
  });
  it.each([
    [0, 1633.74], [0, 11.8], [-0.02, 1.05], [1e-6, 3.7e-6], [1400, 2400], [0, 7.3e9], [-5, -1], [0.3, 0.30001],
  ])('niceTicks(%d, %d) has a nice step, multiples of it, and covers the range', (min, max) => {
    const t = niceTicks(min, max);
    expect(isNiceStep(t.step)).toBe(true);
    expect(t.values[0]).toBeLessThanOrEqual(min);
    expect(t.values[t.values.length - 1]).toBeGreaterThanOrEqual(max);
    for (const v of t.values) expect(Math.abs(v / t.step - Math.round(v / t.step))).toBeLessThan(1e-9);
    expect(t.values.length).toBeGreaterThanOrEqual(3);
    expect(t.values.length).toBeLessThanOrEqual(12);
  });
  it('niceTicks refuses reversed or non-finite bounds', () => {
    expect(() => niceTicks(2, 1)).toThrow(InputError);
    expect(() => niceTicks(NaN, 1)).toThrow(/niceTicks\(min\)/);
    expect(() => niceTicks(0, 1, 1)).toThrow(/niceTicks\(count\)/);
  });
});
