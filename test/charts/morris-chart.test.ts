import { describe, expect, it } from 'vitest';
import { morrisChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { morrisData } from './fixtures.js';
import { byClass, num, parseXml } from './xml.js';

describe('morrisChart', () => {
  const root = parseXml(morrisChart(morrisData, { unit: 'kgCO2e/year' }));

  it('morrisChart places each input at (μ*, σ)', () => {
    const x = axisScale(root, 'bottom');
    const y = axisScale(root, 'left');
    expect(x.ticks).toEqual([0, 200, 400, 600, 800, 1000]); // 817/4 = 204 → 200
    expect(y.ticks).toEqual([0, 20, 40, 60, 80]); // 61/4 = 15.25 → 20
    const points = byClass(root, 'ailca-point');
    const byInput = new Map(texts(root, 'ailca-label').map((name, i) => [name, points[i]]));
    for (const d of morrisData) {
      expect(num(byInput.get(d.input)!, 'cx')).toBeCloseTo(x.at(d.muStar), 1);
      expect(num(byInput.get(d.input)!, 'cy')).toBeCloseTo(y.at(d.sigma), 1);
    }
  });

  it('morrisChart names both axes with the unit', () => {
    expect(texts(root, 'ailca-axis-label')).toEqual(['σ (spread of elementary effects, kgCO2e/year)', 'μ* (mean |elementary effect|, kgCO2e/year)']);
  });

  it('morrisChart refuses negative μ* and NaN σ, naming the input', () => {
    expect(() => morrisChart([{ input: 'PUE', muStar: -1, sigma: 0 }], { unit: 'kgCO2e' })).toThrow(/data\[0\]\.muStar of "PUE" is out of range/);
    expect(() => morrisChart([{ input: 'PUE', muStar: 1, sigma: NaN }], { unit: 'kgCO2e' })).toThrow(InputError);
  });
});
