import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalPpf } from '../../src/distributions/index.js';
import { InputError } from '../../src/errors/index.js';
import { marsagliaPhi } from './helpers.js';

// Standard normal table values (Abramowitz & Stegun 1964, Tables 26.1 and
// 26.2, and the tail values of Wichura 1988), to 16 significant digits;
// digits beyond the printed tables were checked with mpmath at 40 digits.
const PHI: ReadonlyArray<[number, number]> = [
  [0, 0.5],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [3, 0.9986501019683699],
  [-1, 0.15865525393145707],
  [-1.959963984540054, 0.025],
  [-5, 2.866515718791939e-7],
  [-10, 7.619853024160527e-24],
  [-20, 2.753624118606233e-89],
  [-37.5, 4.605353009581954e-308],
];

const QUANTILES: ReadonlyArray<[number, number]> = [
  [0.5, 0],
  [0.75, 0.6744897501960817],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.995, 2.5758293035489004],
  [0.025, -1.959963984540054],
  [1e-10, -6.361340902404056],
  [1e-100, -21.27345356096532],
  [1e-300, -37.04709629936122],
];

describe('normalCdf', () => {
  it('normalCdf matches table values to 1e-15 relative, far into the lower tail', () => {
    for (const [z, p] of PHI) expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-15);
  });

  it('normalCdf(-z) gives the upper tail without cancellation: Q(10) = 7.62e-24', () => {
    expect(Math.abs(normalCdf(-10) - 7.619853024160527e-24) / 7.619853024160527e-24).toBeLessThan(1e-15);
    expect(normalCdf(10)).toBe(1); // 1 − 7.6e-24 rounds to 1
  });

  it('normalCdf agrees with Marsaglia\'s series (a different algorithm) on [-8, 8] to 2e-15 absolute', () => {
    // a few ulps of 1: both sums round near Φ ≈ 1
    for (let z = -8; z <= 8; z += 0.0625) expect(Math.abs(normalCdf(z) - marsagliaPhi(z))).toBeLessThan(2e-15);
  });

  it('normalCdf is symmetric: Φ(z) + Φ(−z) = 1', () => {
    for (const z of [0.1, 0.5, 0.66291, 0.7, 1.5, 3, 5.6, 5.7, 7]) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
  });

  it('normalCdf handles infinities and refuses NaN', () => {
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(() => normalCdf(Number.NaN)).toThrow(InputError);
  });
});

describe('normalPdf', () => {
  it('normalPdf(z) = exp(−z²/2)/√(2π)', () => {
    for (const z of [0, 0.5, -1, 3, 10]) expect(normalPdf(z)).toBeCloseTo(Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI), 16);
    expect(normalPdf(Infinity)).toBe(0);
  });
});

describe('normalPpf', () => {
  it('normalPpf matches table quantiles to 1e-15 relative (Wichura AS 241)', () => {
    for (const [p, z] of QUANTILES) {
      if (z === 0) expect(normalPpf(p)).toBe(0);
      else expect(Math.abs(normalPpf(p) - z) / Math.abs(z)).toBeLessThan(1e-15);
    }
  });

  it('normalPpf inverts normalCdf across all three AS 241 regions, to the accuracy the conditioning allows', () => {
    // A relative error ε in z moves p by |Δp/p| ≈ (φ(z)/Φ(z))·|z|·ε ≈ z²·ε in the
    // lower tail (Mills ratio), so allow (1 + z²)·4 ulps.
    for (const p of [1e-250, 1e-20, 1e-5, 0.01, 0.07, 0.075, 0.2, 0.5, 0.8, 0.9, 0.999]) {
      const z = normalPpf(p);
      expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan((1 + z * z) * 4 * 2.22e-16);
    }
  });

  it('normalPpf gives ±Infinity at 0 and 1 and refuses p outside [0, 1]', () => {
    expect(normalPpf(0)).toBe(-Infinity);
    expect(normalPpf(1)).toBe(Infinity);
    expect(() => normalPpf(1.5)).toThrow(/p is out of range: got 1\.5; expected a finite number in \[0, 1\]/);
    expect(() => normalPpf(Number.NaN)).toThrow(/p must be finite: got NaN/);
  });
});
