import { describe, expect, it } from 'vitest';
import { scenarioChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { scenarioData } from './fixtures.js';
import { byClass, num, parseXml } from './xml.js';

describe('scenarioChart', () => {
  const root = parseXml(scenarioChart(scenarioData, { unit: 'kgCO2e/year', pointLabel: 'deterministic' }));

  it('scenarioChart writes each scenario value and interval', () => {
    // 1,176.804/5 + 1,633.74 = 1,869.10; /3: 392.268 + 1,633.74 = 2,026.01; renewable 235.36 + 4,084.35 × 0.05 = 439.58
    expect(texts(root, 'ailca-value')).toEqual(['1,869 (1,613–2,170)', '2,026 (1,760–2,330)', '439.6 (380–510)']);
  });

  it('scenarioChart places points and interval ends at their values', () => {
    const x = axisScale(root, 'bottom');
    expect(x.ticks).toEqual([0, 500, 1000, 1500, 2000, 2500]); // 2330/4 = 582 → 500
    const points = byClass(root, 'ailca-point');
    [1869.1008, 2026.008, 439.5783].forEach((v, i) => expect(num(points[i], 'cx')).toBeCloseTo(x.at(v), 1));
    const d = byClass(root, 'ailca-interval')[0].attrs.d; // "M lo y V y M lo y H hi M hi y V y"
    const numbers = d.split(/[MHV ]/).filter((s) => s !== '').map(Number);
    expect(numbers[0]).toBeCloseTo(x.at(1613.2), 1);
    expect(numbers[numbers.length - 3]).toBeCloseTo(x.at(2169.6), 1);
  });

  it('scenarioChart stacks the parts from zero, proportional to their values', () => {
    const x = axisScale(root, 'bottom');
    const [embodied, operational] = byClass(root, 'ailca-bar');
    expect(num(embodied, 'x')).toBeCloseTo(x.at(0), 1);
    expect(num(embodied, 'width')).toBeCloseTo(235.3608 * x.pxPerUnit, 1);
    expect(num(operational, 'x')).toBeCloseTo(x.at(235.3608), 1);
    expect(num(operational, 'width')).toBeCloseTo(1633.74 * x.pxPerUnit, 1);
  });

  it('scenarioChart works with neither parts nor intervals', () => {
    const r = parseXml(scenarioChart([{ label: 'A', value: 12 }], { unit: 'kgCO2e' }));
    expect(byClass(r, 'ailca-bar')).toEqual([]);
    expect(byClass(r, 'ailca-interval')).toEqual([]);
    expect(texts(r, 'ailca-value')).toEqual(['12']);
  });

  it('scenarioChart refuses parts that do not add up, half intervals, low > high and NaN', () => {
    const unit = { unit: 'kgCO2e/year' };
    expect(() => scenarioChart([{ label: 'DE', value: 100, parts: [{ label: 'a', value: 60 }, { label: 'b', value: 30 }] }], unit)).toThrow(/data\[0\]\.parts of "DE" do not add up: got "parts summing to 90"/);
    expect(() => scenarioChart([{ label: 'DE', value: 100, low: 90 }], unit)).toThrow(/data\[0\]\.high of "DE" is missing/);
    expect(() => scenarioChart([{ label: 'DE', value: 100, low: 120, high: 90 }], unit)).toThrow(/data\[0\]\.low of "DE" is above high/);
    expect(() => scenarioChart([{ label: 'DE', value: NaN }], unit)).toThrow(InputError);
    expect(() => scenarioChart([{ label: 'DE', value: 1, parts: [{ label: 'a', value: -1 }, { label: 'b', value: 2 }] }], unit)).toThrow(/data\[0\]\.parts\[0\]\.value of "DE \/ a" is out of range/);
  });
});
