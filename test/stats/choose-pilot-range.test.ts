import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { choosePilotRange, FixedHistogram } from '../../src/stats/index.js';
import { normalSamples, thrown } from './samples.js';

describe('choosePilotRange', () => {
  it('choosePilotRange widens the 0.01 %–99.99 % pilot quantiles by their spread', () => {
    // 0, 1, …, 10000 (n = 10001): q(1e−4) has h = 10000·1e−4 = 1 → 1; q(1 − 1e−4) → 9999;
    // w = 9998: [1 − 9998, 9999 + 9998] = [−9997, 19997].
    const pilot = Float64Array.from({ length: 10001 }, (_, i) => i);
    expect(choosePilotRange(pilot)).toEqual({ lo: -9997, hi: 19997 });
  });

  it('choosePilotRange on two samples interpolates the tail quantiles between them', () => {
    // 0, 10 (n = 2): q(1e−4) = 0.001, q(1 − 1e−4) = 9.999, w = 9.998 → [−9.997, 19.997].
    const r = choosePilotRange(new Float64Array([0, 10]));
    expect(r.lo).toBeCloseTo(-9.997, 12);
    expect(r.hi).toBeCloseTo(19.997, 12);
  });

  it('choosePilotRange falls back to [min − s, max + s] when 99.98 % of the pilot is one value', () => {
    // 10,000 zeros and one 1: both tail quantiles are 0 (w = 0); s = 1 → [−1, 2].
    const pilot = new Float64Array(10001);
    pilot[5000] = 1;
    expect(choosePilotRange(pilot)).toEqual({ lo: -1, hi: 2 });
  });

  it('choosePilotRange puts a constant pilot in the middle of a narrow range', () => {
    // c = 8: [8 − 8·2^−20, 8 + 8·2^−20]; c = 0: [−1, 1].
    expect(choosePilotRange(new Float32Array([8, 8, 8]))).toEqual({ lo: 8 - 8 * 2 ** -20, hi: 8 + 8 * 2 ** -20 });
    expect(choosePilotRange(new Float64Array([0, 0]))).toEqual({ lo: -1, hi: 1 });
  });

  it('choosePilotRange ignores non-finite pilot samples and does not modify the pilot', () => {
    const pilot = new Float64Array([10, NaN, 0, Infinity]);
    expect(choosePilotRange(pilot)).toEqual(choosePilotRange(new Float64Array([0, 10])));
    expect(Array.from(pilot)).toEqual([10, NaN, 0, Infinity]);
  });

  it('choosePilotRange on a normal pilot of 65,536 leaves no overflow in the next 10^6 draws', () => {
    // Normal tails: P(outside) < 1e−25 for this rule (docs/statistics.md), so 0 of 10^6.
    const pilot = normalSamples(65536, 2400, 300, 1);
    const h = new FixedHistogram(choosePilotRange(pilot));
    h.add(normalSamples(1_000_000, 2400, 300, 2));
    expect(h.underflow + h.overflow).toBe(0);
    expect(h.binWidth).toBeLessThan(300 / 1000);
  });

  it('choosePilotRange refuses a pilot with no finite sample, a plain array, and a range past float64', () => {
    const e = thrown(() => choosePilotRange(new Float64Array([NaN, NaN])));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/pilot is invalid: got "2 samples, none finite"/);
    expect(thrown(() => choosePilotRange([1, 2] as unknown as Float64Array)).path).toBe('pilot');
    expect(thrown(() => choosePilotRange(new Float64Array([-1e308, 1e308]))).path).toBe('pilot');
  });
});
