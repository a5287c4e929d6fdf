import { describe, expect, it } from 'vitest';
import { distributionCdf, distributionPpf, distributionSupport, parseDistribution } from '../../src/distributions/index.js';
import { InputError } from '../../src/errors/index.js';

// Consistency checks that need no reference values: the quantile function
// inverts the CDF, is non-decreasing, and stays in the support.
const SPECS: unknown[] = [
  { dist: 'uniform', min: -3, max: 5 },
  { dist: 'normal', mean: 300, sd: 60 },
  { dist: 'normal', mean: 300, sd: 60, min: 250 },
  { dist: 'normal', mean: 0, sd: 1, min: -2, max: 9 },
  { dist: 'normal', mean: 0, sd: 1, min: 6, max: 7 },
  { dist: 'lognormal', median: 0.4, gsd: 2 },
  { dist: 'lognormal', mu: -3, sigma: 0.1 },
  { dist: 'triangular', min: 1, mode: 1, max: 4 },
  { dist: 'triangular', min: 1, mode: 4, max: 4 },
  { dist: 'pert', min: 0, mode: 1, max: 10 },
  { dist: 'beta', alpha: 0.5, beta: 0.5 },
  { dist: 'beta', alpha: 0.3, beta: 40, min: 2, max: 3 },
  { dist: 'beta', alpha: 200, beta: 300 },
];
/** The neighbouring doubles of x (x ± 1 ulp), through its IEEE-754 bits. */
function neighbour(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt((x > 0 ? 1 : -1) * direction));
  return view.getFloat64(0);
}

const US = [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-6];

describe('distributionPpf and distributionCdf', () => {
  for (const spec of SPECS) {
    it(`distributionCdf(distributionPpf(u)) = u for ${JSON.stringify(spec)}`, () => {
      const d = parseDistribution(spec, 'x');
      const [lo, hi] = distributionSupport(d);
      let previous = -Infinity;
      for (const u of US) {
        const x = distributionPpf(d, u);
        expect(x).toBeGreaterThanOrEqual(lo);
        expect(x).toBeLessThanOrEqual(hi);
        expect(x).toBeGreaterThanOrEqual(previous);
        previous = x;
        // x is the quantile up to its own rounding: u lies between the CDF at
        // the doubles either side of x (within 1e-12 for the CDF's own error).
        expect(distributionCdf(d, neighbour(x, -1)) - 1e-12).toBeLessThanOrEqual(u);
        expect(distributionCdf(d, neighbour(x, 1)) + 1e-12).toBeGreaterThanOrEqual(u);
      }
      expect(distributionPpf(d, 0)).toBe(lo);
      expect(distributionPpf(d, 1)).toBe(hi);
      expect(distributionCdf(d, lo)).toBe(0);
      expect(distributionCdf(d, hi)).toBe(1);
    });
  }

  it('distributionPpf refuses u outside [0, 1] and distributionCdf refuses NaN', () => {
    const d = parseDistribution({ dist: 'uniform', min: 0, max: 1 }, 'x');
    expect(() => distributionPpf(d, 1.5)).toThrow(/u is out of range: got 1\.5; expected a finite number in \[0, 1\]/);
    expect(() => distributionPpf(d, Number.NaN)).toThrow(InputError);
    expect(() => distributionCdf(d, Number.NaN)).toThrow(/x must be a number: got NaN/);
  });

  it('the free functions refuse an object that is not a normalised distribution', () => {
    expect(() => distributionPpf({ kind: 'weibull' } as never, 0.5)).toThrow(/distribution is not a normalised distribution/);
  });
});
