import { describe, expect, it } from 'vitest';
import { sobolChart } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { axisScale, texts } from './chart-geometry.js';
import { byClass, num, parseXml, tooltipOf } from './xml.js';

// Ishigami function (a = 7, b = 0.1): analytic indices (Ishigami & Homma 1990)
const ishigami = [
  { input: 'x3', s1: 0, st: 0.243684 },
  { input: 'x1', s1: 0.313905, st: 0.557589, s1Interval: [0.27, 0.36] as const, stInterval: [0.5, 0.61] as const },
  { input: 'x2', s1: 0.442411, st: 0.442411 },
];

describe('sobolChart', () => {
  const root = parseXml(sobolChart(ishigami));

  it('sobolChart sorts inputs by total index and draws S1 and ST side by side', () => {
    expect(texts(root, 'ailca-label')).toEqual(['x1', 'x2', 'x3']); // ST 0.558 > 0.442 > 0.244
    expect(byClass(root, 'ailca-bar').map(tooltipOf)).toEqual([
      'x1: S1 = 0.314 (confidence interval 0.27 to 0.36)', 'x1: ST = 0.558 (confidence interval 0.5 to 0.61)',
      'x2: S1 = 0.442', 'x2: ST = 0.442',
      'x3: S1 = 0', 'x3: ST = 0.244',
    ]);
  });

  it('sobolChart y axis is the share of output variance from 0 to 1; bar heights equal the indices', () => {
    const y = axisScale(root, 'left');
    expect(y.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const heights = byClass(root, 'ailca-bar').map((b) => num(b, 'height'));
    [0.313905, 0.557589, 0.442411, 0.442411, 0, 0.243684].forEach((s, i) => expect(heights[i]).toBeCloseTo(s * -y.pxPerUnit, 1));
    expect(texts(root, 'ailca-axis-label')).toEqual(['Sobol index (share of output variance)']);
  });

  it('sobolChart whiskers span the confidence interval', () => {
    const y = axisScale(root, 'left');
    const whiskers = byClass(root, 'ailca-whisker');
    expect(whiskers).toHaveLength(2); // x1 only
    // path "M.. hi H.. M.. hi V lo M.. lo H..": read hi and lo of S1 of x1: [0.27, 0.36]
    const numbers = whiskers[0].attrs.d.split(/[MHV ]/).filter((s) => s !== '').map(Number);
    expect(numbers[1]).toBeCloseTo(y.at(0.36), 1);
    expect(numbers[numbers.length - 2]).toBeCloseTo(y.at(0.27), 1);
  });

  it('sobolChart widens the axis for noisy estimates below 0 or above 1 instead of clipping', () => {
    const r = parseXml(sobolChart([{ input: 'a', s1: -0.04, st: 1.03 }], { sort: false }));
    const y = axisScale(r, 'left');
    expect(y.ticks[0]).toBeLessThan(0);
    expect(y.ticks[y.ticks.length - 1]).toBeGreaterThan(1);
    const [s1] = byClass(r, 'ailca-bar');
    expect(num(s1, 'y')).toBeCloseTo(y.at(0), 1); // negative bar hangs below zero
    expect(num(s1, 'height')).toBeCloseTo(0.04 * -y.pxPerUnit, 1);
  });

  it('sobolChart refuses NaN indices and reversed or malformed intervals, naming the input', () => {
    expect(() => sobolChart([{ input: 'PUE', s1: NaN, st: 0.1 }])).toThrow(InputError);
    expect(() => sobolChart([{ input: 'PUE', s1: NaN, st: 0.1 }])).toThrow(/data\[0\]\.s1 of "PUE" must be a finite number/);
    expect(() => sobolChart([{ input: 'PUE', s1: 0.1, st: 0.1, stInterval: [0.2, 0.05] }])).toThrow(/data\[0\]\.stInterval of "PUE" is reversed/);
    expect(() => sobolChart([{ input: 'PUE', s1: 0.1, st: 0.1, s1Interval: [NaN, 0.2] }])).toThrow(/data\[0\]\.s1Interval\[0\] of "PUE" must be a finite number/);
    expect(() => sobolChart([{ input: 'PUE', s1: 0.1, st: 0.1, s1Interval: [0.1] as never }])).toThrow(/data\[0\]\.s1Interval of "PUE" is invalid/);
  });
});
