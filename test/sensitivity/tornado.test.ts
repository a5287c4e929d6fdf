import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { problemFromFunction, tornado } from '../../src/sensitivity/index.js';
import { uniform } from './helpers.js';

describe('tornado', () => {
  it('tornado reproduces hand-computed swings of an annualised footprint', async () => {
    // footprint = embodied / lifetime + energy × intensity
    // base: 1200/5 + 4000 × 0.4 = 240 + 1600 = 1840
    // lifetime 3 → 400 + 1600 = 2000; 7 → 171.428571… + 1600 = 1771.428571…; swing 228.571429
    // intensity 0.2 → 240 + 800 = 1040; 0.6 → 240 + 2400 = 2640; swing 1600
    // embodied 1000 → 200 + 1600 = 1800; 1400 → 280 + 1600 = 1880; swing 80
    const p = problemFromFunction(
      [
        { name: 'embodiedKg', ppf: (u) => 1000 + 400 * u, base: 1200, low: 1000, high: 1400, unit: 'kgCO2e' },
        { name: 'lifetimeYears', ppf: (u) => 3 + 4 * u, base: 5, low: 3, high: 7, unit: 'years' },
        { name: 'intensity', ppf: (u) => 0.2 + 0.4 * u, base: 0.4, low: 0.2, high: 0.6, unit: 'kgCO2e/kWh' },
      ],
      (x) => ({ total: (x.embodiedKg) / (x.lifetimeYears) + 4000 * (x.intensity) }),
    );
    const t = await tornado(p);
    const out = t.outputs.total;
    expect(out?.baseOutput).toBeCloseTo(1840, 10);
    expect(out?.bars.map((b) => b.input)).toEqual(['intensity', 'lifetimeYears', 'embodiedKg']);
    const [grid, life, emb] = out?.bars ?? [];
    expect(grid?.outputAtLow).toBeCloseTo(1040, 10);
    expect(grid?.outputAtHigh).toBeCloseTo(2640, 10);
    expect(grid?.swing).toBeCloseTo(1600, 10);
    expect(grid?.inputUnit).toBe('kgCO2e/kWh');
    expect(life?.outputAtLow).toBeCloseTo(2000, 10);
    expect(life?.outputAtHigh).toBeCloseTo(240 * 5 / 7 + 1600, 10);
    expect(life?.swing).toBeCloseTo(400 - 1200 / 7, 10);
    expect(emb?.swing).toBeCloseTo(80, 10);
    expect(t.evaluations).toBe(7);
    expect(t.inputs.every((x) => x.baseSource === 'explicit' && x.lowSource === 'explicit')).toBe(true);
    expect(t.notes).toEqual([]);
  });

  it('tornado takes percentiles and the median where no explicit values are given, and says so', async () => {
    // a ~ U(0, 10): p5 = 0.5, p95 = 9.5, median 5; b ~ U(0, 1): 0.05, 0.95, 0.5. y = a·b.
    // a: 0.5·0.5 = 0.25 and 9.5·0.5 = 4.75, swing 4.5; b: 5·0.05 = 0.25, 5·0.95 = 4.75, swing 4.5.
    const p = problemFromFunction([uniform('a', 0, 10), uniform('b', 0, 1)], (x) => (x.a) * (x.b));
    const t = await tornado(p);
    expect(t.inputs[0]).toMatchObject({ name: 'a', base: 5, baseSource: 'median', lowSource: 'percentile', highSource: 'percentile' });
    expect(t.inputs[0]?.low).toBeCloseTo(0.5, 12);
    expect(t.inputs[0]?.high).toBeCloseTo(9.5, 12);
    expect(t.outputs.y?.baseOutput).toBeCloseTo(2.5, 12);
    for (const bar of t.outputs.y?.bars ?? []) {
      expect(bar.outputAtLow).toBeCloseTo(0.25, 12);
      expect(bar.outputAtHigh).toBeCloseTo(4.75, 12);
    }
    expect(t.notes.join(' ')).toContain('no explicit base for a, b');
    expect(t.notes.join(' ')).toContain('percentiles not given: used lowPercentile 0.05 and highPercentile 0.95');
    // 10th and 90th percentiles: a at 1 and 9 → 0.5 and 4.5.
    const t2 = await tornado(p, { lowPercentile: 0.1, highPercentile: 0.9 });
    expect(t2.outputs.y?.bars.find((b) => b.input === 'a')?.outputAtLow).toBeCloseTo(0.5, 12);
    expect(t2.notes.join(' ')).not.toContain('percentiles not given');
  });

  it('tornado reports a non-finite output with its design row and inputs', async () => {
    // Row 0 is the base (a = 1), row 1 has a at its low value 0: 1/0 = Infinity.
    const p = problemFromFunction([{ name: 'a', ppf: (u) => u, base: 1, low: 0, high: 2 }], (x) => 1 / (x.a));
    await expect(tornado(p)).rejects.toThrow('is not finite for 1 of 3 samples; the first is design row 1 (0-based) with a = 0');
  });

  it('tornado refuses percentiles out of order or out of [0, 1], and low above high', async () => {
    const p = problemFromFunction([uniform('a', 0, 1)], (x) => x.a);
    await expect(tornado(p, { lowPercentile: 0.9, highPercentile: 0.1 })).rejects.toThrow(/lowPercentile is not below highPercentile/);
    await expect(tornado(p, { highPercentile: 95 })).rejects.toThrow(InputError);
    // Caught when the problem is made, and again by tornado for a hand-built problem.
    expect(() => problemFromFunction([{ name: 'a', ppf: (u) => u, low: 2, high: 1 }], (x) => x.a)).toThrow(/low is above high/);
    await expect(tornado({ ...p, inputs: [{ name: 'a', ppf: (u) => u, low: 2, high: 1 }] })).rejects.toThrow(/low is above high/);
    const highOnly = problemFromFunction([{ name: 'a', ppf: (u) => u, high: 0.01 }], (x) => x.a);
    await expect(tornado(highOnly)).rejects.toThrow(/low value above its high value/);
  });
});
