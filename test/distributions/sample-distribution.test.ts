import { describe, expect, it } from 'vitest';
import { distributionCdf, parseDistribution, sampleDistribution } from '../../src/distributions/index.js';
import { InputError } from '../../src/errors/index.js';
import { createRng } from '../../src/random/index.js';
import { ksCritical, ksStatistic, marsagliaPhi, sampleMoments } from './helpers.js';

// Sampler checks of docs "analytic cases": n = 200,000 draws; the sample
// mean within 5 standard errors (false-failure rate 5.7e-7); every draw
// inside the support; Kolmogorov–Smirnov D below 1.9495/√n (α = 0.001)
// against a CDF written out here; for lognormals, the moments of ln(x).
const N = 200_000;

interface SamplerCase {
  readonly name: string;
  readonly spec: unknown;
  readonly seed: number;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];
  readonly cdf: (x: number) => number;
  /** Transform applied before the moment check (ln for lognormals). */
  readonly transform?: (x: number) => number;
}

const lnGsd = Math.log(1.5);

const CASES: readonly SamplerCase[] = [
  {
    name: 'uniform(2, 5)',
    spec: { dist: 'uniform', min: 2, max: 5 },
    seed: 1,
    mean: 3.5,
    variance: 0.75,
    support: [2, 5],
    cdf: (x) => Math.min(1, Math.max(0, (x - 2) / 3)),
  },
  {
    name: 'triangular(1, 2, 4)',
    spec: { dist: 'triangular', min: 1, mode: 2, max: 4 },
    seed: 2,
    mean: 7 / 3,
    variance: 7 / 18,
    support: [1, 4],
    cdf: (x) => (x <= 1 ? 0 : x >= 4 ? 1 : x <= 2 ? (x - 1) ** 2 / 3 : 1 - (4 - x) ** 2 / 6),
  },
  {
    name: 'normal(300, 60)',
    spec: { dist: 'normal', mean: 300, sd: 60 },
    seed: 3,
    mean: 300,
    variance: 3600,
    support: [-Infinity, Infinity],
    cdf: (x) => marsagliaPhi((x - 300) / 60),
  },
  {
    name: 'normal(5, 2) truncated to [3, 9]',
    spec: { dist: 'normal', mean: 5, sd: 2, min: 3, max: 9 },
    seed: 4,
    // Johnson, Kotz & Balakrishnan §10.1 with α = −1, β = 2 (see moments.test.ts)
    mean: 5 + (2 * (Math.exp(-0.5) - Math.exp(-2))) / Math.sqrt(2 * Math.PI) / (0.9772498680518208 - 0.15865525393145707),
    variance: NaN, // checked through the KS test instead
    support: [3, 9],
    cdf: (x) => (x <= 3 ? 0 : x >= 9 ? 1 : (marsagliaPhi((x - 5) / 2) - marsagliaPhi(-1)) / (marsagliaPhi(2) - marsagliaPhi(-1))),
  },
  {
    name: 'lognormal(median 10, gsd 1.5): ln x ~ N(ln 10, ln 1.5)',
    spec: { dist: 'lognormal', median: 10, gsd: 1.5 },
    seed: 5,
    mean: Math.log(10),
    variance: lnGsd * lnGsd,
    support: [0, Infinity],
    cdf: (x) => (x <= 0 ? 0 : marsagliaPhi((Math.log(x) - Math.log(10)) / lnGsd)),
    transform: Math.log,
  },
  {
    name: 'lognormal(mu 0, sigma 1)',
    spec: { dist: 'lognormal', mu: 0, sigma: 1 },
    seed: 6,
    mean: 0,
    variance: 1,
    support: [0, Infinity],
    cdf: (x) => (x <= 0 ? 0 : marsagliaPhi(Math.log(x))),
    transform: Math.log,
  },
  {
    name: 'beta(2, 5)',
    spec: { dist: 'beta', alpha: 2, beta: 5 },
    seed: 7,
    mean: 2 / 7,
    variance: 10 / 392,
    support: [0, 1],
    // I_x(2, 5) = 1 − (1 − x)⁶ − 6x(1 − x)⁵ (integer shapes: a binomial sum)
    cdf: (x) => (x <= 0 ? 0 : x >= 1 ? 1 : 1 - (1 - x) ** 6 - 6 * x * (1 - x) ** 5),
  },
];

describe('sampleDistribution', () => {
  for (const c of CASES) {
    it(`sampleDistribution(${c.name}): mean within 5 SE, inside the support, KS below 1.9495/√n`, () => {
      const d = parseDistribution(c.spec, 'x');
      const x = sampleDistribution(d, createRng(c.seed), N);
      expect(x.length).toBe(N);
      let outside = 0;
      for (const v of x) if (!(v >= c.support[0] && v <= c.support[1])) outside++;
      expect(outside).toBe(0);
      const y = c.transform ? x.map(c.transform) : x;
      const { mean, variance } = sampleMoments(y);
      const se = Math.sqrt((Number.isNaN(c.variance) ? variance : c.variance) / N);
      expect(Math.abs(mean - c.mean)).toBeLessThan(5 * se);
      if (!Number.isNaN(c.variance)) expect(Math.abs(variance / c.variance - 1)).toBeLessThan(0.03);
      expect(ksStatistic(x, c.cdf)).toBeLessThan(ksCritical(N));
    });
  }

  it('sampleDistribution(pert(0, 1, 10)): mean (0 + 4 + 10)/6 within 5 SE, KS against the beta CDF', () => {
    const d = parseDistribution({ dist: 'pert', min: 0, mode: 1, max: 10 }, 'x');
    const x = sampleDistribution(d, createRng(8), N);
    // variance: α = 1 + 4·1/10 = 1.4, β = 1 + 4·9/10 = 4.6, αβ/((α + β)²(α + β + 1))·10² = 6.44/252·100
    const variance = ((1.4 * 4.6) / (36 * 7)) * 100;
    expect(Math.abs(sampleMoments(x).mean - 14 / 6)).toBeLessThan(5 * Math.sqrt(variance / N));
    expect(x.every((v) => v >= 0 && v <= 10)).toBe(true);
    expect(ksStatistic(x, (v) => distributionCdf(d, v))).toBeLessThan(ksCritical(N));
  });

  it('sampleDistribution(discrete): frequencies within 5 SE of the weights', () => {
    const d = parseDistribution({ dist: 'discrete', values: [1, 2, 4], weights: [1, 2, 1] }, 'x');
    const x = sampleDistribution(d, createRng(9), N);
    const p = { 1: 0.25, 2: 0.5, 4: 0.25 } as Record<number, number>;
    for (const v of [1, 2, 4]) {
      const freq = x.filter((s) => s === v).length / N;
      expect(Math.abs(freq - p[v])).toBeLessThan(5 * Math.sqrt((p[v] * (1 - p[v])) / N));
    }
    expect(x.every((s) => s === 1 || s === 2 || s === 4)).toBe(true);
  });

  it('sampleDistribution(fixed) returns the constant', () => {
    expect(Array.from(sampleDistribution(parseDistribution(3, 'x'), createRng(1), 4))).toEqual([3, 3, 3, 3]);
  });

  it('sampleDistribution is reproducible and continues the stream across chunks', () => {
    const d = parseDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 'x');
    const whole = sampleDistribution(d, createRng(11), 10);
    const rng = createRng(11);
    const chunks = [...sampleDistribution(d, rng, 4), ...sampleDistribution(d, rng, 6)];
    expect(chunks).toEqual(Array.from(whole));
  });

  it('sampleDistribution redraws an exact 0 so an untruncated normal never gives -Infinity', () => {
    const draws = [0, 0.5];
    const rng = { next: () => draws.shift() as number };
    expect(Array.from(sampleDistribution(parseDistribution({ dist: 'normal', mean: 0, sd: 1 }, 'x'), rng, 1))).toEqual([0]);
  });

  it('sampleDistribution refuses bad sample counts and bad streams', () => {
    const d = parseDistribution({ dist: 'uniform', min: 0, max: 1 }, 'x');
    // The sample counts of docs "bad inputs": 1000.5, "1e4", 0, and a huge 1e10.
    expect(() => sampleDistribution(d, createRng(1), 1000.5)).toThrow(/n is out of range: got 1000\.5; expected an integer in \[1, 134217728\]/);
    expect(() => sampleDistribution(d, createRng(1), '1e4' as unknown as number)).toThrow(/n must be a number: got "1e4"/);
    expect(() => sampleDistribution(d, createRng(1), 0)).toThrow(/n is out of range: got 0/);
    expect(() => sampleDistribution(d, createRng(1), 1e10)).toThrow(/n is out of range: got 10000000000.*Fix: draw large sample sets in chunks/);
    expect(() => sampleDistribution(d, { next: () => 1 }, 1)).toThrow(InputError);
    expect(() => sampleDistribution(d, { next: () => Number.NaN }, 1)).toThrow(/rng\.next\(\) is invalid: got NaN/);
  });
});
