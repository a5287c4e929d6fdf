import { describe, expect, it } from 'vitest';
import { histogramChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { histogramCounts, histogramData } from './fixtures.js';
import { byClass, num, parseXml, tooltipOf } from './xml.js';

describe('histogramChart', () => {
  const root = parseXml(histogramChart(histogramData, { unit: 'kgCO2e/year' }));

  it('histogramChart draws one bar per bin spanning its edges', () => {
    const x = axisScale(root, 'bottom');
    expect(x.ticks).toEqual([1400, 1600, 1800, 2000, 2200, 2400]);
    const bars = byClass(root, 'ailca-bar');
    expect(bars).toHaveLength(20);
    bars.forEach((bar, i) => {
      expect(num(bar, 'x')).toBeCloseTo(x.at(1400 + 50 * i), 1);
      expect(num(bar, 'width')).toBeCloseTo(50 * x.pxPerUnit, 1);
    });
  });

  it('histogramChart bar heights are shares of the 1,000 samples in %', () => {
    const y = axisScale(root, 'left');
    expect(y.ticks).toEqual([0, 2, 4, 6, 8, 10, 12]); // tallest 118/1000 = 11.8 %; 11.8/4 = 2.95 → 2
    const bars = byClass(root, 'ailca-bar');
    histogramCounts.forEach((count, i) => expect(num(bars[i], 'height')).toBeCloseTo((count / 10) * -y.pxPerUnit, 1));
    expect(tooltipOf(bars[9])).toBe('1,850 to 1,900 kgCO2e/year: 11.8 % (118 samples)');
    expect(texts(root, 'ailca-axis-label')).toContain('Share of samples (%)');
  });

  it('histogramChart y axis in counts when asked', () => {
    const r = parseXml(histogramChart(histogramData, { unit: 'kgCO2e/year', yAxis: 'count' }));
    expect(axisScale(r, 'left').ticks).toEqual([0, 20, 40, 60, 80, 100, 120]); // 118/4 = 29.5 → 20
    expect(texts(r, 'ailca-axis-label')).toContain('Samples (count)');
  });

  it('histogramChart labels markers with name and value and places them at the value', () => {
    expect(texts(root, 'ailca-marker-label')).toEqual(['p5 1,613', 'p50 1,879', 'mean 1,885', 'p95 2,170']);
    const x = axisScale(root, 'bottom');
    const lines = byClass(root, 'ailca-marker');
    [1613.2, 1879.2, 1884.7, 2169.6].forEach((v, i) => expect(num(lines[i], 'x1')).toBeCloseTo(x.at(v), 1));
    expect(lines.map((l) => l.attrs['stroke-dasharray'])).toEqual(['4 3', '4 3', undefined, '4 3']); // mean is solid
  });

  it('histogramChart moves overlapping marker labels (p50 and mean are 5.5 kgCO2e apart) to another line', () => {
    const labels = byClass(root, 'ailca-marker-label');
    expect(num(labels[1], 'y')).not.toBe(num(labels[2], 'y'));
    expect(num(labels[0], 'y')).toBe(num(labels[3], 'y')); // p5 and p95 are far apart: same line
  });

  it('histogramChart draws all-zero counts without NaN', () => {
    const svg = histogramChart({ edges: [0, 1, 2], counts: [0, 0] }, { unit: 'kgCO2e' });
    expect(svg.includes('NaN')).toBe(false);
    expect(byClass(parseXml(svg), 'ailca-bar').map((b) => num(b, 'height'))).toEqual([0, 0]);
  });

  it('histogramChart refuses bad bins, naming the bin', () => {
    const unit = { unit: 'kgCO2e' };
    expect(() => histogramChart({ edges: [0, 1, 2], counts: [1, NaN] }, unit)).toThrow(/data\.counts\[1\] of "bin 1" must be a finite number/);
    expect(() => histogramChart({ edges: [0, 1, 2], counts: [1, -1] }, unit)).toThrow(/data\.counts\[1\] of "bin 1" is out of range/);
    expect(() => histogramChart({ edges: [0, 1, 2], counts: [1] }, unit)).toThrow(/data\.edges has the wrong length/);
    expect(() => histogramChart({ edges: [0, 2, 1], counts: [1, 1] }, unit)).toThrow(InputError);
    expect(() => histogramChart({ edges: [0, 1, 3], counts: [1, 1] }, unit)).toThrow(/data\.edges\[1\] makes an unequal bin/);
    expect(() => histogramChart({ edges: [0, 1, 2], counts: [1, 1], markers: [{ label: 'p5', value: Infinity }] }, unit)).toThrow(/data\.markers\[0\]\.value of "p5"/);
    expect(() => histogramChart({ edges: [0, 1], counts: [1] }, { unit: 'kgCO2e', yAxis: 'density' as never })).toThrow(/options\.yAxis/);
  });
});
