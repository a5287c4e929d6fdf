import { describe, expect, it } from 'vitest';
import { binThresholds } from '../../../src/mc/backends/bin-thresholds.js';

/** The host's float64 bin of x (src/stats/scan-chunk.ts, written out): −1 below lo, bins at or above hi, else ⌊(x − lo)·scale⌋ capped at bins − 1. */
function hostBin(x: number, lo: number, hi: number, bins: number): number {
  if (x < lo) return -1;
  if (x >= hi) return bins;
  return Math.min(bins - 1, Math.floor((x - lo) * (bins / (hi - lo))));
}

/** The bin the thresholds give: the j with t[j] ≤ x < t[j + 1] (t[−1] = −∞, t[bins + 1] = +∞). */
function thresholdBin(x: number, t: Float32Array): number {
  let j = -1;
  while (j + 1 < t.length && x >= t[j + 1]) j++;
  return j;
}

/** Every float32 from a to b (both float32), in order. */
function* float32sBetween(a: number, b: number): Generator<number> {
  const f = new Float32Array(1);
  const u = new Int32Array(f.buffer);
  f[0] = a;
  while (f[0] <= b) {
    yield f[0];
    if (Object.is(f[0], -0)) f[0] = 0;
    // the next float32 up: a larger magnitude above 0, a smaller one below (−0 → +0 above)
    u[0] += f[0] >= 0 ? 1 : -1;
  }
}

describe('binThresholds', () => {
  it('binThresholds bins every float32 of a range exactly as the float64 host rule, bins narrower and wider than a float32 step', () => {
    // around 1000, a float32 step is 2^-14 ≈ 6.1e-5: 64 bins over [999.99, 1000.01) are 3.1e-4 wide (≈5 steps); 4096 bins are 4.9e-6 wide (many empty)
    for (const [lo, hi, bins] of [[999.99, 1000.01, 64], [999.99, 1000.01, 4096], [-0.0013, -0.0012999, 100]] as const) {
      const t = binThresholds(lo, hi, bins);
      expect(t.length).toBe(bins + 1);
      let checked = 0;
      const from = Math.fround(lo - (hi - lo) / 8);
      const to = Math.fround(hi + (hi - lo) / 8);
      for (const x of float32sBetween(from, to)) {
        expect(thresholdBin(x, t), `x = ${x}, lo ${lo}, hi ${hi}, ${bins} bins`).toBe(hostBin(x, lo, hi, bins));
        checked++;
      }
      expect(checked).toBeGreaterThan(300);
    }
  });

  it('binThresholds gives non-decreasing thresholds whose float32 neighbours bin on either side, for 65,536 bins', () => {
    const [lo, hi, bins] = [-1234.5678, 98765.4321, 65536];
    const t = binThresholds(lo, hi, bins);
    const f = new Float32Array(1);
    const u = new Int32Array(f.buffer);
    const wrong: number[] = [];
    for (let j = 0; j <= bins; j++) {
      // non-decreasing; t[j] is in a bin ≥ j; the float32 just below it is in a bin < j
      f[0] = t[j];
      u[0] += t[j] > 0 ? -1 : 1;
      if ((j > 0 && t[j] < t[j - 1]) || hostBin(t[j], lo, hi, bins) < j || hostBin(f[0], lo, hi, bins) >= j) wrong.push(j);
    }
    expect(wrong).toEqual([]);
  });

  it('binThresholds puts +Infinity where no finite float32 reaches a bin', () => {
    // hi beyond float32's largest value: no float32 is ≥ hi
    const t = binThresholds(0, 1e39, 4);
    expect(t[4]).toBe(Infinity);
    expect(t[0]).toBe(0);
  });
});
