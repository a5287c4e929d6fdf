import { describe, expect, it } from 'vitest';
import { tornadoChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { tornadoData } from './fixtures.js';
import { byClass, num, parseXml } from './xml.js';

describe('tornadoChart', () => {
  const root = parseXml(tornadoChart(tornadoData, { unit: 'kgCO2e/year' }));

  it('tornadoChart sorts inputs by swing, largest first', () => {
    // swings: grid 0.2 × 4,084.35 = 816.87; utilisation 0.4 × 355 W × 8.76 kh × 0.4 = 497.57;
    // lifetime 1,176.804/3 − 1,176.804/7 = 224.15; DRAM 1.2 × 614.4 / 5 = 147.46
    expect(texts(root, 'ailca-label')).toEqual(['grid intensity', 'utilisation', 'lifetime', 'DRAM emission factor']);
  });

  it('tornadoChart draws the base line at 1,869.1008 kgCO2e/year and labels it', () => {
    const x = axisScale(root, 'bottom');
    expect(x.ticks).toEqual([1400, 1600, 1800, 2000, 2200, 2400]);
    expect(num(byClass(root, 'ailca-base')[0], 'x1')).toBeCloseTo(x.at(1869.1008), 1);
    expect(texts(root, 'ailca-base-label')).toEqual(['base 1,869 kgCO2e/year']);
  });

  it('tornadoChart segments run from the base to each output', () => {
    const x = axisScale(root, 'bottom');
    const [gridA, gridB] = byClass(root, 'ailca-bar'); // grid intensity: 0.1 kgCO2e/kWh × 4,084.35 kWh = 408.435 each way
    expect(num(gridA, 'width')).toBeCloseTo(408.435 * x.pxPerUnit, 1);
    expect(num(gridB, 'width')).toBeCloseTo(408.435 * x.pxPerUnit, 1);
    const bars = byClass(root, 'ailca-bar');
    // lifetime (row 3): 3 years → 392.268 + 1,633.74 = 2,026.008 (right); 7 years → 168.115 + 1,633.74 = 1,801.855 (left)
    const lifetime = bars.slice(4, 6);
    const right = lifetime.find((b) => b.attrs.fill === '#0072B2')!; // low input value (3 years)
    expect(num(right, 'x')).toBeCloseTo(x.at(1869.1008), 1);
    expect(num(right, 'width')).toBeCloseTo((2026.008 - 1869.1008) * x.pxPerUnit, 1);
    const left = lifetime.find((b) => b.attrs.fill === '#E69F00')!;
    expect(num(left, 'x')).toBeCloseTo(x.at(1801.8549), 1);
  });

  it('tornadoChart labels bar ends with the input values and units', () => {
    expect(texts(root, 'ailca-value')).toEqual([
      '0.3 kgCO2e/kWh', '0.5 kgCO2e/kWh',
      '0.5', '0.9',
      '3 years', '7 years',
      '1.2 kgCO2e/cm²', '2.4 kgCO2e/cm²',
    ]);
    const ends = byClass(root, 'ailca-value');
    expect(ends[4].attrs['text-anchor']).toBe('start'); // 3 years: output above base, label to the right
    expect(ends[5].attrs['text-anchor']).toBe('end');
  });

  it('tornadoChart handles negative outputs and both outputs on one side of the base', () => {
    const r = parseXml(tornadoChart({ baseOutput: 120, bars: [
      { input: 'credit', inputUnit: 'kgCO2e', low: -400, high: 0, outputAtLow: -280, outputAtHigh: 120 },
      { input: 'u', low: 0.2, high: 0.8, outputAtLow: 150, outputAtHigh: 190 },
    ] }, { unit: 'kgCO2e/year' }));
    const x = axisScale(r, 'bottom');
    expect(x.ticks).toEqual([-300, -200, -100, 0, 100, 200]); // 470/4 = 117.5 → 100
    const credit = byClass(r, 'ailca-bar')[0];
    expect(num(credit, 'x')).toBeCloseTo(x.at(-280), 1);
    expect(num(credit, 'width')).toBeCloseTo(400 * x.pxPerUnit, 1);
    expect(texts(r, 'ailca-value')).toEqual(['-400 kgCO2e', '0 kgCO2e', 'low 0.2 / high 0.8']);
  });

  it('tornadoChart refuses a NaN output, naming the input', () => {
    const bad = { baseOutput: 1, bars: [{ input: 'PUE', low: 1.1, high: 1.6, outputAtLow: 1, outputAtHigh: NaN }] };
    expect(() => tornadoChart(bad, { unit: 'kgCO2e' })).toThrow(InputError);
    expect(() => tornadoChart(bad, { unit: 'kgCO2e' })).toThrow(/data\.bars\[0\]\.outputAtHigh of "PUE" must be a finite number/);
    expect(() => tornadoChart({ baseOutput: NaN, bars: [] }, { unit: 'kgCO2e' })).toThrow(/data\.baseOutput/);
    expect(() => tornadoChart({ baseOutput: 1, bars: [] }, { unit: 'kgCO2e' })).toThrow(/data\.bars has too few entries/);
  });
});
