import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { DEFAULT_HISTOGRAM_BINS, FixedHistogram } from '../../src/stats/index.js';
import { normalSamples, thrown, uniformSamples } from './samples.js';

describe('FixedHistogram', () => {
  it('FixedHistogram defaults to 65,536 bins and gives the bin width (hi − lo) / bins', () => {
    const h = new FixedHistogram({ lo: -1, hi: 3 });
    expect(h.bins).toBe(65536);
    expect(DEFAULT_HISTOGRAM_BINS).toBe(65536);
    expect(h.binWidth).toBe(4 / 65536);
  });

  it('FixedHistogram.add counts samples into [lo, hi) bins, underflow, overflow and non-finite', () => {
    // Bins of width 1 on [0, 5): 0 → bin 0, 0.99 → 0, 1 → 1, 4.999 → 4; 5 is overflow (hi is open); −0.1 underflow.
    const h = new FixedHistogram({ lo: 0, hi: 5, bins: 5 });
    h.add(new Float64Array([0, 0.99, 1, 4.999, 5, -0.1, NaN, 2.5]));
    expect(Array.from(h.binCounts())).toEqual([2, 1, 1, 0, 1]);
    expect([h.underflow, h.overflow, h.nonFiniteCount, h.count]).toEqual([1, 1, 1, 7]);
    expect([h.min, h.max]).toEqual([-0.1, 5]);
  });

  it('FixedHistogram.add puts a sample just below hi in the last bin even when (x − lo)·scale rounds up to bins', () => {
    // On [0, 0.1) with 10 bins, scale = 10 / 0.1 = 100; x = 0.09999999999999999, the double just
    // below 0.1, gives x·100 = 10 in float64: it belongs in bin 9, not past the end.
    const x = 0.09999999999999999;
    expect(x < 0.1).toBe(true);
    expect(x * (10 / 0.1)).toBe(10);
    const h = new FixedHistogram({ lo: 0, hi: 0.1, bins: 10 });
    h.add(new Float64Array([x]));
    expect(Array.from(h.binCounts())).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(h.overflow).toBe(0);
  });

  it('FixedHistogram.quantile of a uniform sample is within one bin width of the exact type-7 quantile', () => {
    // 100,001 uniform draws on [10, 20); 1,000 bins of width 0.01 on [9, 21).
    const x = uniformSamples(100_001, 10, 20, 11);
    const h = new FixedHistogram({ lo: 9, hi: 21, bins: 1000 });
    h.add(x);
    const sorted = Array.from(x).sort((a, b) => a - b);
    const width = 12 / 1000;
    for (const p of [0, 0.001, 0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975, 0.999, 1]) {
      const exact = quantileSorted(sorted, p); // simple-statistics 7.12: type 7, as numpy
      const q = h.quantile(p);
      expect(q.inRange).toBe(true);
      expect(Math.abs(q.value - exact)).toBeLessThanOrEqual(width);
      expect(q.maxError).toBeLessThanOrEqual(width * (1 + 1e-9));
      expect(q.lowerBound).toBeLessThanOrEqual(exact);
      expect(q.upperBound).toBeGreaterThanOrEqual(exact);
    }
    expect(h.quantile(0).value).toBe(sorted[0]); // min, exact
    expect(h.quantile(1).value).toBe(sorted[sorted.length - 1]); // max, exact
    expect(h.quantile(1).exact).toBe(true);
  });

  it('FixedHistogram.quantile interpolates inside a bin as hand-worked', () => {
    // Bins of width 1 on [0, 4); samples 0.5, 1.2, 1.4, 1.9, 3.5 (n = 5). p = 0.5: k = 4·0.5 = 2,
    // the 0-based order statistic 2 is the 2nd of the 3 samples in bin [1, 2): placed at
    // 1 + (1 + ½)/3 = 1.5, bounds [1, 2]. (Exact: 1.4.)
    const h = new FixedHistogram({ lo: 0, hi: 4, bins: 4 });
    h.add(new Float64Array([0.5, 1.2, 1.4, 1.9, 3.5]));
    const q = h.quantile(0.5);
    expect(q).toEqual({ p: 0.5, value: 1.5, lowerBound: 1, upperBound: 2, maxError: 1, inRange: true, exact: false });
    // p = 0.375: k = 1.5 → ½·(order stat 1 at 1 + ½/3) + ½·(order stat 2 at 1.5).
    expect(h.quantile(0.375).value).toBeCloseTo(0.5 * (1 + 0.5 / 3) + 0.5 * 1.5, 14);
  });

  it('FixedHistogram.quantile flags a quantile in the overflow with a finite value and [hi, max] bounds', () => {
    // 10 samples: 0.5 ×6 in range, 12, 14, 16, 18 above hi = 10. p = 0.8: k = 9·0.8 = 7.2,
    // order statistics 7 and 8 are both in the overflow [10, 18].
    const h = new FixedHistogram({ lo: 0, hi: 10, bins: 10 });
    h.add(new Float64Array([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 12, 14, 16, 18]));
    const q = h.quantile(0.8);
    expect(q.inRange).toBe(false);
    expect(q.exact).toBe(false);
    expect(Number.isFinite(q.value)).toBe(true);
    expect([q.lowerBound, q.upperBound]).toEqual([10, 18]);
    expect(q.value).toBeGreaterThanOrEqual(10);
    expect(q.value).toBeLessThanOrEqual(18);
    expect(h.quantile(0.5).inRange).toBe(true);
  });

  it('FixedHistogram.quantile refuses p outside [0, 1] and an empty histogram', () => {
    const h = new FixedHistogram({ lo: 0, hi: 1, bins: 2 });
    expect(thrown(() => h.quantile(0.5)).message).toMatch(/histogram is empty/);
    h.add(new Float64Array([0.2]));
    const e = thrown(() => h.quantile(50));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/did you mean 0\.5\?/);
    expect(thrown(() => h.quantile(NaN)).path).toBe('p');
  });

  it('FixedHistogram.merge of two halves equals the whole exactly', () => {
    const x = normalSamples(300_000, 5, 2, 5);
    const whole = new FixedHistogram({ lo: -3, hi: 13, bins: 4096 });
    whole.add(x);
    const a = new FixedHistogram({ lo: -3, hi: 13, bins: 4096 });
    const b = new FixedHistogram({ lo: -3, hi: 13, bins: 4096 });
    a.add(x.subarray(0, 123_456));
    b.add(x.subarray(123_456));
    a.merge(b);
    expect(a.binCounts()).toEqual(whole.binCounts());
    expect([a.underflow, a.overflow, a.min, a.max, a.count]).toEqual([whole.underflow, whole.overflow, whole.min, whole.max, 300_000]);
    expect(a.quantile(0.95)).toEqual(whole.quantile(0.95));
  });

  it('FixedHistogram.merge refuses a histogram with other lo, hi or bins', () => {
    const h = new FixedHistogram({ lo: 0, hi: 10, bins: 100 });
    const cases: Array<[FixedHistogram, string]> = [
      [new FixedHistogram({ lo: 1, hi: 10, bins: 100 }), 'other.lo'],
      [new FixedHistogram({ lo: 0, hi: 20, bins: 100 }), 'other.hi'],
      [new FixedHistogram({ lo: 0, hi: 10, bins: 50 }), 'other.bins'],
    ];
    for (const [other, path] of cases) {
      const e = thrown(() => h.merge(other));
      expect(e).toBeInstanceOf(InputError);
      expect(e.path).toBe(path);
      expect(e.message).toMatch(/does not match/);
      expect(e.message).toMatch(/choosePilotRange/);
    }
  });

  it('FixedHistogram refuses lo ≥ hi, non-finite bounds and bins that are not a positive integer', () => {
    const cases: Array<[unknown, string]> = [
      [{ lo: 1, hi: 1 }, 'histogram.hi'],
      [{ lo: 2, hi: 1 }, 'histogram.hi'],
      [{ lo: NaN, hi: 1 }, 'histogram.lo'],
      [{ lo: 0, hi: Infinity }, 'histogram.hi'],
      [{ lo: 0, hi: 1, bins: 0 }, 'histogram.bins'],
      [{ lo: 0, hi: 1, bins: -4 }, 'histogram.bins'],
      [{ lo: 0, hi: 1, bins: 2.5 }, 'histogram.bins'],
      [{ lo: 0, hi: 1, bins: 2 ** 24 + 1 }, 'histogram.bins'],
      [{ lo: 0, hi: 1, bins: '100' }, 'histogram.bins'],
      [{ lo: -1e308, hi: 1e308 }, 'histogram.hi'], // width overflows float64
      [{ lo: 1e6, hi: 1e6 + 1e-9 }, 'histogram.hi'], // bins narrower than float64 can tell apart
    ];
    for (const [options, path] of cases) {
      const e = thrown(() => new FixedHistogram(options as { lo: number; hi: number }));
      expect(e).toBeInstanceOf(InputError);
      expect(e.path).toBe(path);
    }
    expect(thrown(() => new FixedHistogram({ lo: 3, hi: 3 })).message).toMatch(/histogram\.hi is out of range: got 3; expected a finite number > 3/);
  });

  it('FixedHistogram.binsForDisplay groups whole fine bins over the occupied range', () => {
    // Fine bins of width 1 on [0, 10); occupied bins 2..7 (m = 6). n = 3 → 2 fine bins per display bin.
    const h = new FixedHistogram({ lo: 0, hi: 10, bins: 10 });
    h.add(new Float64Array([2.5, 3.5, 3.6, 4.1, 5.5, 6.5, 7.5, 7.9, -1, 11]));
    const d = h.binsForDisplay(3);
    expect(d.edges).toEqual([2, 4, 6, 8]);
    expect(d.counts).toEqual([3, 2, 3]);
    expect([d.underflow, d.overflow]).toEqual([1, 1]);
    // n = 4: k = ⌈6/4⌉ = 2 again, 3 display bins (at most n).
    expect(h.binsForDisplay(4).counts).toEqual([3, 2, 3]);
    // n = 100: one fine bin per display bin.
    expect(h.binsForDisplay(100).edges).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('FixedHistogram.binsForDisplay moves the run left when it would pass hi', () => {
    // 10 fine bins, occupied 1..9 (m = 9); n = 2 → k = 5, 2 display bins need 10 fine bins: start at 0.
    const h = new FixedHistogram({ lo: 0, hi: 10, bins: 10 });
    h.add(new Float64Array([1.5, 9.5]));
    expect(h.binsForDisplay(2)).toEqual({ edges: [0, 5, 10], counts: [1, 1], underflow: 0, overflow: 0 });
    // 10 fine bins all occupied, n = 3: k = 4 needs 12 > 10; k = 5 fits (2 display bins).
    const full = new FixedHistogram({ lo: 0, hi: 10, bins: 10 });
    full.add(Float64Array.from({ length: 10 }, (_, i) => i + 0.5));
    expect(full.binsForDisplay(3)).toEqual({ edges: [0, 5, 10], counts: [5, 5], underflow: 0, overflow: 0 });
  });

  it('FixedHistogram.binsForDisplay of a histogram with nothing in range is one empty bin', () => {
    const h = new FixedHistogram({ lo: 0, hi: 1, bins: 8 });
    h.add(new Float64Array([5]));
    expect(h.binsForDisplay(4)).toEqual({ edges: [0, 1], counts: [0], underflow: 0, overflow: 1 });
    expect(thrown(() => h.binsForDisplay(0)).path).toBe('n');
  });

  it('FixedHistogram.toJSON and fromJSON round-trip through JSON text exactly, with sparse bins', () => {
    const h = new FixedHistogram({ lo: -2, hi: 2 });
    h.add(normalSamples(50_000, 0, 0.5, 9));
    h.add(new Float64Array([NaN, 7, -9]));
    const json = JSON.parse(JSON.stringify(h));
    expect(json.binIndex.length).toBeLessThan(65536);
    const back = FixedHistogram.fromJSON(json);
    expect(back.binCounts()).toEqual(h.binCounts());
    expect([back.lo, back.hi, back.bins, back.underflow, back.overflow, back.min, back.max, back.nonFiniteCount]).toEqual(
      [h.lo, h.hi, h.bins, h.underflow, h.overflow, h.min, h.max, h.nonFiniteCount]);
    const empty = FixedHistogram.fromJSON(JSON.parse(JSON.stringify(new FixedHistogram({ lo: 0, hi: 1 }))));
    expect(empty.count).toBe(0);
  });

  it('FixedHistogram.fromJSON refuses malformed input, naming the field', () => {
    const h = new FixedHistogram({ lo: 0, hi: 4, bins: 4 });
    h.add(new Float64Array([0.5, 2.5]));
    const good = h.toJSON();
    const cases: Array<[unknown, string]> = [
      [{ ...good, kind: 'ailca.moments' }, 'histogram.kind'],
      [{ ...good, binIndex: [2, 0] }, 'histogram.binIndex[1]'], // not increasing
      [{ ...good, binIndex: [0, 4] }, 'histogram.binIndex[1]'], // past the last bin
      [{ ...good, binCount: [1, 0] }, 'histogram.binCount[1]'], // listed bins hold ≥ 1
      [{ ...good, binCount: [1] }, 'histogram.binIndex'], // lengths differ
      [{ ...good, lo: 5 }, 'histogram.hi'], // lo ≥ hi
      [{ ...good, min: null }, 'histogram.min'],
    ];
    for (const [json, path] of cases) {
      const e = thrown(() => FixedHistogram.fromJSON(json));
      expect(e).toBeInstanceOf(InputError);
      expect(e.path).toBe(path);
    }
  });

  it('FixedHistogram.copy is independent of the original', () => {
    const h = new FixedHistogram({ lo: 0, hi: 1, bins: 2 });
    h.add(new Float64Array([0.25]));
    const c = h.copy();
    h.add(new Float64Array([0.75]));
    expect(Array.from(c.binCounts())).toEqual([1, 0]);
    expect(c.count).toBe(1);
  });
});
