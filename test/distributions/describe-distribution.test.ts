import { describe, expect, it } from 'vitest';
import { describeDistribution, distributionToSpec, parseDistribution } from '../../src/distributions/index.js';

const d = (spec: unknown) => parseDistribution(spec, 'x');

describe('describeDistribution', () => {
  it('describeDistribution writes the parameters in words with the unit', () => {
    expect(describeDistribution(d({ dist: 'triangular', min: 3, mode: 5, max: 7 }), 'years')).toBe('triangular(3, 5, 7) years');
    expect(describeDistribution(d({ dist: 'uniform', min: 2, max: 5 }), 'kWh')).toBe('uniform(2, 5) kWh');
    expect(describeDistribution(d({ dist: 'normal', mean: 300, sd: 60 }))).toBe('normal(300, 60)');
    expect(describeDistribution(d({ dist: 'normal', mean: 300, sd: 60, min: 0 }), 'g/kWh')).toBe('normal(300, 60) truncated to [0, ∞] g/kWh');
    expect(describeDistribution(d({ dist: 'lognormal', median: 10, gsd: 1.5 }))).toBe('lognormal(median 10, gsd 1.5)');
    expect(describeDistribution(d({ dist: 'lognormal', mu: 0, sigma: 1 }))).toBe('lognormal(median 1, gsd 2.71828)'); // e to 6 digits
    expect(describeDistribution(d({ dist: 'pert', min: 1, mode: 2, max: 3 }))).toBe('pert(1, 2, 3)');
    expect(describeDistribution(d({ dist: 'pert', min: 1, mode: 2, max: 3, lambda: 6 }))).toBe('pert(1, 2, 3, λ 6)');
    expect(describeDistribution(d({ dist: 'beta', alpha: 2, beta: 5 }))).toBe('beta(2, 5)');
    expect(describeDistribution(d({ dist: 'beta', alpha: 2, beta: 5, min: 10, max: 20 }))).toBe('beta(2, 5) on [10, 20]');
    expect(describeDistribution(d({ dist: 'discrete', values: [1, 2], weights: [1, 3] }))).toBe('discrete(1: 0.25, 2: 0.75)');
    expect(describeDistribution(d({ dist: 'discrete', values: [1, 2, 3, 4, 5, 6] }))).toBe('discrete(6 values in [1, 6])');
    expect(describeDistribution(d(0.4), 'kgCO2e/kWh')).toBe('0.4 kgCO2e/kWh');
  });

  it('describeDistribution says when a constant came from a degenerate distribution', () => {
    expect(describeDistribution(d({ dist: 'normal', mean: 5, sd: 0 }), 'years')).toBe('5 years (constant: degenerate normal)');
  });
});

describe('distributionToSpec', () => {
  const specs: unknown[] = [
    { dist: 'fixed', value: 2 },
    { dist: 'uniform', min: 2, max: 5 },
    { dist: 'normal', mean: 5, sd: 1 },
    { dist: 'normal', mean: 5, sd: 1, max: 6 },
    { dist: 'lognormal', mu: -1, sigma: 0.5 },
    { dist: 'triangular', min: 1, mode: 2, max: 4 },
    { dist: 'pert', min: 0, mode: 1, max: 10, lambda: 4 },
    { dist: 'beta', alpha: 2, beta: 5, min: 0, max: 1 },
    { dist: 'discrete', values: [1, 2, 4], weights: [0.25, 0.5, 0.25] },
  ];
  for (const spec of specs) {
    it(`distributionToSpec round-trips ${JSON.stringify(spec)} through JSON`, () => {
      const dist = d(spec);
      const json = JSON.stringify(distributionToSpec(dist));
      expect(JSON.parse(json)).toEqual(spec);
      expect(d(JSON.parse(json))).toEqual(dist);
    });
  }

  it('distributionToSpec leaves out infinite normal bounds, which JSON.stringify would turn into null', () => {
    const dist = d({ dist: 'normal', mean: 0, sd: 1 });
    expect(JSON.stringify(dist)).toBe('{"kind":"normal","mean":0,"sd":1,"min":null,"max":null}');
    expect(JSON.stringify(distributionToSpec(dist))).toBe('{"dist":"normal","mean":0,"sd":1}');
  });
});
