import { describe, expect, it } from 'vitest';
import { contributionChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { contributionData, CPU_DIE, DRAM, OTHER_ICS, PCB } from './fixtures.js';
import { byClass, num, parseXml, tooltipOf } from './xml.js';

const render = (options = {}) => parseXml(contributionChart(contributionData, { unit: 'kgCO2e', ...options }));

describe('contributionChart', () => {
  it('contributionChart sorts the parts of Table I largest first', () => {
    // 1,105.92 > 35.724 > 24.36 > 10.8
    expect(texts(render(), 'ailca-label')).toEqual(['DRAM (1,024 dies)', 'mainboard PCB (16 layers)', 'CPU die (Intel 7)', 'other ICs']);
  });

  it('contributionChart labels values with unit and share of the total 1,176.804 kgCO2e', () => {
    // shares: 1105.92/1176.804 = 93.98 %, 35.724/… = 3.036 %, 24.36/… = 2.070 %, 10.8/… = 0.9177 % (2 significant figures)
    expect(texts(render({ significantDigits: 6 }), 'ailca-value')).toEqual([
      '1,105.92 kgCO2e (94 %)',
      '35.724 kgCO2e (3 %)',
      '24.36 kgCO2e (2.1 %)',
      '10.8 kgCO2e (0.92 %)',
    ]);
    expect(texts(render(), 'ailca-value')[0]).toBe('1,106 kgCO2e (94 %)'); // default 4 significant figures
  });

  it('contributionChart bar lengths are proportional to the values on a zero-based axis', () => {
    const root = render();
    const x = axisScale(root, 'bottom');
    expect(x.ticks).toEqual([0, 200, 400, 600, 800, 1000, 1200]); // step 1105.92/4 = 276 → 200
    const bars = byClass(root, 'ailca-bar');
    const expected = [DRAM, PCB, CPU_DIE, OTHER_ICS];
    bars.forEach((bar, i) => {
      expect(num(bar, 'x')).toBeCloseTo(x.at(0), 1);
      expect(num(bar, 'width')).toBeCloseTo(expected[i] * x.pxPerUnit, 1); // ±0.05 px
    });
    // DRAM / PCB = 1105.92 / 35.724 = 30.957
    expect(num(bars[0], 'width') / num(bars[1], 'width')).toBeCloseTo(30.957, 1);
  });

  it('contributionChart with sort: false keeps the given order', () => {
    expect(texts(render({ sort: false }), 'ailca-label')[0]).toBe('CPU die (Intel 7)');
  });

  it('contributionChart draws all-zero data without NaN: 0 % shares and a 0–1 axis', () => {
    const svg = contributionChart([{ label: 'a', value: 0 }, { label: 'b', value: 0 }], { unit: 'kgCO2e' });
    expect(svg.includes('NaN')).toBe(false);
    const root = parseXml(svg);
    expect(texts(root, 'ailca-value')).toEqual(['0 kgCO2e (0 %)', '0 kgCO2e (0 %)']);
    expect(byClass(root, 'ailca-bar').map((b) => num(b, 'width'))).toEqual([0, 0]);
    expect(axisScale(root, 'bottom').ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('contributionChart draws a single bar at 100 %', () => {
    const root = parseXml(contributionChart([{ label: 'DRAM', value: 1105.92 }], { unit: 'kgCO2e' }));
    expect(texts(root, 'ailca-value')).toEqual(['1,106 kgCO2e (100 %)']);
  });

  it('contributionChart cuts very long labels with an ellipsis and keeps the full text in a <title>', () => {
    const long = 'a very long component name that would push the bars off the drawing entirely';
    const root = parseXml(contributionChart([{ label: long, value: 1 }], { unit: 'kgCO2e', width: 400 }));
    const label = byClass(root, 'ailca-label')[0];
    expect(texts(root, 'ailca-label')[0].endsWith('…')).toBe(true);
    expect(tooltipOf(label)).toBe(long);
  });

  it('contributionChart height grows by 28 px per bar unless given', () => {
    const h = (n: number) => num(parseXml(contributionChart(contributionData.slice(0, n), { unit: 'kgCO2e' })), 'height');
    expect(h(3) - h(2)).toBe(28);
    expect(num(render({ height: 300 }), 'height')).toBe(300);
  });

  it('contributionChart refuses NaN, naming the datum', () => {
    const bad = [{ label: 'CPU die', value: 24.36 }, { label: 'DRAM', value: NaN }];
    expect(() => contributionChart(bad, { unit: 'kgCO2e' })).toThrow(InputError);
    expect(() => contributionChart(bad, { unit: 'kgCO2e' })).toThrow(/data\[1\]\.value of "DRAM" must be a finite number: got NaN/);
  });

  it('contributionChart refuses negative values, empty data, empty labels and a missing unit', () => {
    expect(() => contributionChart([{ label: 'credit', value: -5 }], { unit: 'kgCO2e' })).toThrow(/data\[0\]\.value of "credit" is out of range: got -5; expected a finite number ≥ 0 kgCO2e/);
    expect(() => contributionChart([], { unit: 'kgCO2e' })).toThrow(/data has too few entries/);
    expect(() => contributionChart([{ label: ' ', value: 1 }], { unit: 'kgCO2e' })).toThrow(/data\[0\]\.label is empty/);
    expect(() => contributionChart([{ label: 'a', value: 1 }], {} as never)).toThrow(/options\.unit is missing/);
    expect(() => contributionChart([{ label: 'a', value: 1 }], undefined as never)).toThrow(/options must be an object/);
    expect(() => contributionChart([{ label: 'a', value: 1 }], { unit: 'kgCO2e', width: NaN })).toThrow(/options\.width/);
  });
});

describe('chart options', () => {
  it('contributionChart refuses a non-boolean sort', () => {
    expect(() => contributionChart(contributionData, { unit: 'kgCO2e', sort: 'no' as never })).toThrow(/options\.sort must be a boolean/);
  });
});
