import { describe, expect, it } from 'vitest';
import { inverseRegularizedBeta } from '../../src/distributions/beta-ppf.js';
import { regularizedBeta } from '../../src/distributions/incomplete-beta.js';
import { logBeta, logGamma } from '../../src/distributions/log-gamma.js';

/** C(n, k) by the multiplicative formula. */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** I_x(a, b) for integer a, b: Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1 − x)^(a+b−1−j) (the binomial tail identity). */
function integerBetaCdf(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let s = 0;
  for (let j = a; j <= n; j++) s += choose(n, j) * x ** j * (1 - x) ** (n - j);
  return s;
}

describe('logGamma and logBeta', () => {
  it('logGamma(n) = ln((n − 1)!) and logGamma(1/2) = ln √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 15);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 15);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 14); // Γ(0.1), A&S table 6.1 via Γ(1.1)/0.1
    expect(Math.abs(logGamma(171) - Math.log(7.257415615307994e306)) / 706).toBeLessThan(1e-15); // 170!
  });

  it('logBeta matches Γ(a)Γ(b)/Γ(a + b) by hand, including the Stirling branch for large arguments', () => {
    expect(logBeta(2, 5)).toBeCloseTo(Math.log(1 / 30), 14); // 1!·4!/6! = 24/720
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
    // B(3, 4000) = 2/(4000·4001·4002)
    expect(logBeta(3, 4000)).toBeCloseTo(Math.log(2 / (4000 * 4001 * 4002)), 13);
    // B(12, 20) = 11!·19!/31! = 11!/(20·21·…·31) = Π_{k=1..11} k/(19 + k) / 31
    let b = 1 / 31;
    for (let k = 1; k <= 11; k++) b *= k / (19 + k);
    expect(logBeta(12, 20)).toBeCloseTo(Math.log(b), 13);
  });
});

describe('regularizedBeta', () => {
  it('regularizedBeta equals the binomial-sum closed form for integer shapes to 1e-14', () => {
    for (const [a, b] of [[1, 1], [2, 5], [3, 3], [5, 1], [1, 5], [7, 13], [20, 30]]) {
      for (const x of [0.001, 0.05, 0.2, 0.4, 0.5, 0.6, 0.9, 0.999]) {
        expect(Math.abs(regularizedBeta(x, a, b) - integerBetaCdf(x, a, b))).toBeLessThan(1e-14);
      }
    }
  });

  it('regularizedBeta(x, 1/2, 1/2) is the arcsine law (2/π) asin √x', () => {
    for (const x of [0.01, 0.25, 0.5, 0.8]) expect(regularizedBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 14);
  });

  it('regularizedBeta satisfies I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const [a, b, x] of [[0.3, 2, 0.4], [50, 80, 0.38], [4, 0.7, 0.99]]) {
      expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 14);
    }
  });
});

describe('inverseRegularizedBeta', () => {
  it('inverseRegularizedBeta(u, 1, b) = 1 − (1 − u)^(1/b) and (u, a, 1) = u^(1/a) (closed forms)', () => {
    for (const u of [1e-300, 1e-12, 0.01, 0.5, 0.99]) {
      const x1 = inverseRegularizedBeta(u, 1, 5);
      expect(Math.abs(x1 - -Math.expm1(Math.log1p(-u) / 5)) / x1).toBeLessThan(1e-13);
      const x2 = inverseRegularizedBeta(u, 3, 1);
      expect(Math.abs(x2 - u ** (1 / 3)) / x2).toBeLessThan(1e-13);
    }
  });

  it('inverseRegularizedBeta inverts the arcsine law: x = sin²(πu/2)', () => {
    for (const u of [1e-10, 0.1, 0.5, 0.9]) expect(inverseRegularizedBeta(u, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * u) / 2) ** 2, 14);
  });

  it('inverseRegularizedBeta converges deep in the tails and for very peaked shapes', () => {
    for (const [a, b] of [[0.02, 0.03], [4000, 3], [1000, 1000], [0.7, 200]]) {
      for (const u of [1e-30, 1e-6, 0.5, 1 - 1e-6]) {
        const x = inverseRegularizedBeta(u, a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        if (x > 0 && x < 1) expect(Math.abs(regularizedBeta(x, a, b) - u)).toBeLessThan(1e-9 * Math.min(u, 1 - u) + 1e-15);
      }
    }
  });
});
