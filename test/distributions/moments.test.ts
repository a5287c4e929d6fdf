import { describe, expect, it } from 'vitest';
import {
  distributionCdf,
  distributionMean,
  distributionPpf,
  distributionQuantile,
  distributionVariance,
  parseDistribution,
  type Distribution,
} from '../../src/distributions/index.js';

// Closed-form reference values from docs "analytic cases" (exact results,
// printed there to 6–7 significant digits) with the same quantities written
// out by hand here to full precision. z₀.₉₇₅ = 1.959963984540054 is the
// tabulated normal quantile (Abramowitz & Stegun 26.2).
const Z975 = 1.959963984540054;

/** |a − b| ≤ tol·max(1, |b|). */
function close(a: number, b: number, tol = 1e-12): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
}

interface Case {
  readonly name: string;
  readonly spec: unknown;
  readonly mean: number;
  readonly variance: number;
  readonly median?: number;
  readonly q025?: number;
  readonly q975?: number;
  /** The 6–7 digit figures of the reference table: [mean, variance, median, q025, q975]. */
  readonly table: readonly (number | undefined)[];
  /** Relative tolerance for the hand-derived values. */
  readonly tol?: number;
}

const lnGsd = Math.log(1.5);
const sigma2Mean100 = Math.log(1 + 0.09); // σ² = ln(1 + cv²), cv = 30/100

const CASES: readonly Case[] = [
  {
    name: 'Uniform(2, 5)',
    spec: { dist: 'uniform', min: 2, max: 5 },
    mean: 3.5, // (2 + 5)/2
    variance: 0.75, // 3²/12
    median: 3.5,
    q025: 2 + 0.025 * 3,
    q975: 2 + 0.975 * 3,
    table: [3.5, 0.75, 3.5, 2.075, 4.925],
  },
  {
    name: 'Triangular(1, 2, 4)',
    spec: { dist: 'triangular', min: 1, mode: 2, max: 4 },
    mean: 7 / 3, // (1 + 2 + 4)/3
    variance: 7 / 18, // (1 + 4 + 16 − 2 − 4 − 8)/18
    median: 4 - Math.sqrt(3), // F(mode) = 1/3 < 0.5: b − √((1 − u)(b − a)(b − c)) = 4 − √(0.5·3·2)
    q025: 1 + Math.sqrt(0.075), // a + √(u(b − a)(c − a)) = 1 + √(0.025·3·1)
    q975: 4 - Math.sqrt(0.15), // 4 − √(0.025·3·2)
    table: [2.333333, 0.388889, 2.267949, 1.273861, 3.612702],
  },
  {
    name: 'Triangular(0, 0, 1)',
    spec: { dist: 'triangular', min: 0, mode: 0, max: 1 },
    mean: 1 / 3,
    variance: 1 / 18, // (0 + 1 + 0 − 0 − 0 − 0)/18
    median: 1 - Math.sqrt(0.5),
    table: [0.333333, 0.055556, 0.292893],
  },
  {
    name: 'Lognormal(μ = 0, σ = 1)',
    spec: { dist: 'lognormal', mu: 0, sigma: 1 },
    mean: Math.exp(0.5), // exp(μ + σ²/2)
    variance: (Math.E - 1) * Math.E, // (e^σ² − 1)e^(2μ + σ²)
    median: 1,
    q025: Math.exp(-Z975),
    q975: Math.exp(Z975),
    table: [1.648721, 4.670774, 1, 0.140863, 7.099071],
  },
  {
    name: 'Lognormal(median 10, GSD 1.5)',
    spec: { dist: 'lognormal', median: 10, gsd: 1.5 },
    mean: 10 * Math.exp((lnGsd * lnGsd) / 2),
    variance: (Math.exp(lnGsd * lnGsd) - 1) * 100 * Math.exp(lnGsd * lnGsd),
    median: 10,
    q025: 10 * 1.5 ** -Z975,
    q975: 10 * 1.5 ** Z975,
    table: [10.85674, 21.06174, 10, 4.517181, 22.137701],
  },
  {
    name: 'Lognormal(mean 100, sd 30)',
    spec: { dist: 'lognormal', mean: 100, sd: 30 },
    mean: 100,
    variance: 900, // sd² is preserved by σ² = ln(1 + cv²), μ = ln(mean) − σ²/2
    median: Math.exp(Math.log(100) - sigma2Mean100 / 2),
    table: [undefined, undefined, 95.782629],
  },
  {
    name: 'Beta(2, 5)',
    spec: { dist: 'beta', alpha: 2, beta: 5 },
    mean: 2 / 7, // α/(α + β)
    variance: 10 / (49 * 8), // αβ/((α + β)²(α + β + 1))
    table: [0.285714, 0.02551, 0.26445],
  },
  {
    name: 'PERT(1, 2, 3)',
    spec: { dist: 'pert', min: 1, mode: 2, max: 3 },
    mean: 2, // (1 + 4·2 + 3)/6
    variance: (9 / (36 * 7)) * 4, // Beta(3, 3) on width 2: 9/(6²·7)·2²
    median: 2, // symmetric
    table: [2, 0.142857, 2],
  },
  {
    name: 'PERT(0, 1, 10)',
    spec: { dist: 'pert', min: 0, mode: 1, max: 10 },
    mean: 14 / 6, // (0 + 4 + 10)/6
    variance: ((1.4 * 4.6) / (36 * 7)) * 100, // α = 1.4, β = 4.6 on width 10
    table: [2.333333, 2.555556, 2.026649],
  },
];

describe('distributionMean, distributionVariance, distributionPpf on the analytic cases', () => {
  for (const c of CASES) {
    it(`distributionMean/Variance/Ppf(${c.name}) equal the closed forms`, () => {
      const d = parseDistribution(c.spec, 'x');
      close(distributionMean(d), c.mean, c.tol ?? 1e-13);
      close(distributionVariance(d), c.variance, c.tol ?? 1e-12);
      if (c.median !== undefined) close(distributionPpf(d, 0.5), c.median, 1e-12);
      if (c.q025 !== undefined) close(distributionPpf(d, 0.025), c.q025, 1e-12);
      if (c.q975 !== undefined) close(distributionPpf(d, 0.975), c.q975, 1e-12);
    });

    it(`distributionMean/Variance/Ppf(${c.name}) agree with the reference table to its printed digits`, () => {
      const d = parseDistribution(c.spec, 'x');
      const got = [distributionMean(d), distributionVariance(d), distributionPpf(d, 0.5), distributionPpf(d, 0.025), distributionPpf(d, 0.975)];
      c.table.forEach((want, i) => {
        if (want !== undefined) expect(Math.abs(got[i] - want)).toBeLessThanOrEqual(6e-7 * Math.max(1, Math.abs(want)));
      });
    });
  }

  it('distributionPpf(Beta(2, 5), 0.5) solves the closed-form CDF 1 − (1 − x)⁶ − 6x(1 − x)⁵ = 0.5 to 1e-12', () => {
    // For integer shapes I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1 − x)^(a+b−1−j); a = 2, b = 5 gives the polynomial.
    const cdf = (x: number): number => 1 - (1 - x) ** 6 - 6 * x * (1 - x) ** 5;
    const d = parseDistribution({ dist: 'beta', alpha: 2, beta: 5 }, 'x');
    for (const u of [1e-9, 0.025, 0.5, 0.975, 1 - 1e-9]) close(cdf(distributionPpf(d, u)), u, 1e-12);
  });

  it('lognormal {mean: 100, sd: 30} converts to μ = 4.5620813, σ = 0.2935604', () => {
    const d = parseDistribution({ dist: 'lognormal', mean: 100, sd: 30 }, 'x') as Extract<Distribution, { kind: 'lognormal' }>;
    close(d.sigma, Math.sqrt(sigma2Mean100), 1e-15);
    close(d.mu, Math.log(100) - sigma2Mean100 / 2, 1e-15);
    expect(Math.abs(d.mu - 4.5620813)).toBeLessThan(5e-8);
    expect(Math.abs(d.sigma - 0.2935604)).toBeLessThan(5e-8);
  });

  it('distributionQuantile is distributionPpf', () => {
    const d = parseDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 'x');
    expect(distributionQuantile(d, 0.3)).toBe(distributionPpf(d, 0.3));
  });
});

describe('truncated normal', () => {
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const phi = (z: number): number => Math.exp((-z * z) / 2) / sqrt2pi;

  it('Normal(0, 1) on [0, ∞) is the half-normal: mean √(2/π), variance 1 − 2/π, median Φ⁻¹(0.75)', () => {
    const d = parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: 0 }, 'x');
    close(distributionMean(d), Math.sqrt(2 / Math.PI), 1e-15);
    close(distributionVariance(d), 1 - 2 / Math.PI, 1e-15);
    close(distributionPpf(d, 0.5), 0.6744897501960817, 1e-15); // table value of Φ⁻¹(0.75)
  });

  it('Normal(5, 2) on [3, 9] has the moments of Johnson, Kotz & Balakrishnan §10.1 computed from table values of Φ', () => {
    // α = (3 − 5)/2 = −1, β = (9 − 5)/2 = 2; Z = Φ(2) − Φ(−1) with Φ(2) = 0.9772498680518208, Φ(−1) = 0.15865525393145707
    const Z = 0.9772498680518208 - 0.15865525393145707;
    const mean = 5 + (2 * (phi(-1) - phi(2))) / Z;
    const variance = 4 * (1 + (-1 * phi(-1) - 2 * phi(2)) / Z - ((phi(-1) - phi(2)) / Z) ** 2);
    const d = parseDistribution({ dist: 'normal', mean: 5, sd: 2, min: 3, max: 9 }, 'x');
    close(distributionMean(d), mean, 1e-14);
    close(distributionVariance(d), variance, 1e-13);
    // CDF at the parent mean: (Φ(0) − Φ(−1))/Z
    close(distributionCdf(d, 5), (0.5 - 0.15865525393145707) / Z, 1e-15);
    expect(distributionPpf(d, 0)).toBe(3);
    expect(distributionPpf(d, 1)).toBe(9);
  });

  it('Normal(0, 1) on [10, ∞) keeps its accuracy in the far tail: mean φ(10)/Q(10)', () => {
    const Q10 = 7.619853024160527e-24; // table value of 1 − Φ(10)
    const ratio = phi(10) / Q10;
    const d = parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: 10 }, 'x');
    close(distributionMean(d), ratio, 1e-14);
    close(distributionVariance(d), 1 + 10 * ratio - ratio * ratio, 1e-9); // the formula itself cancels ~2 digits
    // The median solves Q(x) = Q(10)/2; for the exponential-like tail x ≈ 10 + ln 2/10.
    const median = distributionPpf(d, 0.5);
    expect(median).toBeGreaterThan(10);
    close(distributionCdf(d, median), 0.5, 1e-13);
    expect(Math.abs(median - (10 + Math.LN2 / 10))).toBeLessThan(0.002);
  });

  it('distributionPpf of a truncated normal mirrored below the mean equals minus the one above', () => {
    const upper = parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: 4, max: 6 }, 'x');
    const lower = parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: -6, max: -4 }, 'x');
    for (const u of [0.01, 0.3, 0.5, 0.9]) close(distributionPpf(upper, u), -distributionPpf(lower, 1 - u), 1e-13);
  });
});

describe('discrete and fixed', () => {
  const d = parseDistribution({ dist: 'discrete', values: [4, 1, 2], weights: [1, 1, 2] }, 'x');

  it('discrete {values [4, 1, 2], weights [1, 1, 2]} is sorted and normalised', () => {
    expect(d).toEqual({ kind: 'discrete', values: [1, 2, 4], probabilities: [0.25, 0.5, 0.25], cumulative: [0.25, 0.75, 1] });
  });

  it('distributionMean/Variance of the discrete case: 2.25 and 1.1875 by hand', () => {
    // mean = 0.25·1 + 0.5·2 + 0.25·4 = 2.25; variance = 0.25·1.25² + 0.5·0.25² + 0.25·1.75² = 1.1875
    expect(distributionMean(d)).toBe(2.25);
    expect(distributionVariance(d)).toBe(1.1875);
  });

  it('distributionPpf(discrete, u) is the smallest value whose cumulative weight is ≥ u', () => {
    expect(distributionPpf(d, 0)).toBe(1);
    expect(distributionPpf(d, 0.25)).toBe(1);
    expect(distributionPpf(d, 0.2500001)).toBe(2);
    expect(distributionPpf(d, 0.75)).toBe(2);
    expect(distributionPpf(d, 0.76)).toBe(4);
    expect(distributionPpf(d, 1)).toBe(4);
  });

  it('distributionCdf(discrete, x) steps at the values', () => {
    expect(distributionCdf(d, 0.9)).toBe(0);
    expect(distributionCdf(d, 1)).toBe(0.25);
    expect(distributionCdf(d, 3)).toBe(0.75);
    expect(distributionCdf(d, 4)).toBe(1);
  });

  it('a fixed distribution has variance 0 and every quantile equal to its value', () => {
    const f = parseDistribution({ dist: 'fixed', value: 7 }, 'x');
    expect([distributionMean(f), distributionVariance(f), distributionPpf(f, 0), distributionPpf(f, 1)]).toEqual([7, 0, 7, 7]);
    expect([distributionCdf(f, 6.999), distributionCdf(f, 7)]).toEqual([0, 1]);
  });

  it('distributionCdf(triangular, x) is the closed form (x − a)²/((b − a)(c − a)) below the mode', () => {
    const t = parseDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 'x');
    expect(distributionCdf(t, 1.5)).toBe(0.25 / 3); // 0.5²/(3·1)
    expect(distributionCdf(t, 3)).toBe(1 - 1 / 6); // 1 − 1²/(3·2)
  });
});
