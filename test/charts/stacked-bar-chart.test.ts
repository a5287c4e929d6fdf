import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, stackedBarChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { OPERATIONAL, DRAM, stackedData } from './fixtures.js';
import { byClass, num, parseXml, tooltipOf } from './xml.js';

describe('stackedBarChart', () => {
  const root = parseXml(stackedBarChart(stackedData, { unit: 'kgCO2e/year' }));

  it('stackedBarChart draws bars in first-appearance order with their totals', () => {
    expect(texts(root, 'ailca-label')).toEqual(['manufacturing (÷ 5 years)', 'use']);
    // (24.36 + 1105.92 + 10.8 + 35.724) / 5 = 235.3608 → 235.4; 1,633.74 → 1,634
    expect(texts(root, 'ailca-total')).toEqual(['235.4', '1,634']);
  });

  it('stackedBarChart names segments in a legend, coloured in palette order', () => {
    const legendTexts = byClass(root, 'ailca-legend').filter((e) => e.name === 'text').map((e) => e.children.map((c) => (typeof c === 'string' ? c : '')).join(''));
    expect(legendTexts).toEqual(['CPU die', 'DRAM', 'other ICs', 'PCB', 'electricity (0.4 kgCO2e/kWh)']);
    expect(byClass(root, 'ailca-bar').map((b) => b.attrs.fill)).toEqual(CHART_PALETTE.slice(0, 5));
  });

  it('stackedBarChart segment heights are proportional to values and stack from zero', () => {
    const y = axisScale(root, 'left');
    expect(y.ticks).toEqual([0, 500, 1000, 1500, 2000]); // 1633.74/4 = 408 → 500
    const bars = byClass(root, 'ailca-bar');
    const heights = bars.map((b) => num(b, 'height'));
    // DRAM per year 1105.92 / 5 = 221.184; electricity 1633.74
    expect(heights[1]).toBeCloseTo((DRAM / 5) * -y.pxPerUnit, 1);
    expect(heights[4]).toBeCloseTo(OPERATIONAL * -y.pxPerUnit, 1);
    expect(heights[4] / heights[1]).toBeCloseTo(1633.74 / 221.184, 2); // 7.386
    // first segment sits on the axis; each next one on top of the previous
    expect(num(bars[0], 'y') + heights[0]).toBeCloseTo(y.at(0), 1);
    expect(num(bars[1], 'y') + heights[1]).toBeCloseTo(num(bars[0], 'y'), 1);
    expect(tooltipOf(bars[4])).toBe('use / electricity (0.4 kgCO2e/kWh): 1,634 kgCO2e/year');
  });

  it('stackedBarChart: a missing (bar, segment) pair counts as zero and draws nothing', () => {
    const r = parseXml(stackedBarChart([{ bar: 'A', segment: 's', value: 2 }, { bar: 'B', segment: 't', value: 3 }], { unit: 'kgCO2e' }));
    expect(byClass(r, 'ailca-bar')).toHaveLength(2);
    expect(texts(r, 'ailca-total')).toEqual(['2', '3']);
  });

  it('stackedBarChart draws all-zero data and a single bar', () => {
    const zero = stackedBarChart([{ bar: 'server', segment: 'embodied', value: 0 }], { unit: 'kgCO2e/year' });
    expect(zero.includes('NaN')).toBe(false);
    expect(texts(parseXml(zero), 'ailca-total')).toEqual(['0']);
    const single = parseXml(stackedBarChart([{ bar: 'server', segment: 'embodied', value: 235.36 }], { unit: 'kgCO2e/year' }));
    expect(byClass(single, 'ailca-bar')).toHaveLength(1);
    expect(texts(single, 'ailca-value')).toEqual([]); // the total says it already
  });

  it('stackedBarChart refuses NaN, naming bar and segment; repeated pairs; more segments than colours', () => {
    expect(() => stackedBarChart([{ bar: 'server', segment: 'use', value: NaN }], { unit: 'kgCO2e' })).toThrow(/data\[0\]\.value of "server \/ use" must be a finite number/);
    expect(() => stackedBarChart([{ bar: 'a', segment: 'b', value: 1 }, { bar: 'a', segment: 'b', value: 2 }], { unit: 'kgCO2e' })).toThrow(/data\[1\] repeats a pair/);
    const nine = Array.from({ length: 9 }, (_, i) => ({ bar: 'a', segment: `s${i}`, value: 1 }));
    expect(() => stackedBarChart(nine, { unit: 'kgCO2e' })).toThrow(InputError);
    expect(() => stackedBarChart(nine, { unit: 'kgCO2e' })).toThrow(/too many series/);
    expect(() => stackedBarChart([{ bar: 'a', segment: 'b', value: -1 }], { unit: 'kgCO2e' })).toThrow(/out of range/);
  });
});
