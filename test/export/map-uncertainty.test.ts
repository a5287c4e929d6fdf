import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionPpf, type Distribution } from '../../src/distributions/index.js';
import { mapUncertainty } from '../../src/export/index.js';
import type { Param } from '../../src/system/index.js';

const param = (path: string, value: number, distribution?: Distribution, shared?: string): Param => ({ path, kind: 'area', unit: 'cm²', value, status: 'input', ...(distribution ? { distribution } : {}), ...(shared ? { shared } : {}) });
const none = () => false;

describe('mapUncertainty', () => {
  it('no uncertain factor: no uncertainty', () => {
    expect(mapUncertainty(3, [{ param: param('a', 2), exponent: 1 }, { param: param('L', 4, { kind: 'fixed', value: 4 }), exponent: -1 }], none)).toEqual({ kind: 'none' });
  });
  it('scales each family by the constant part k = scale × fixed factors (here 6 × 1/4 = 1.5)', () => {
    const L = { param: param('L', 4), exponent: -1 as const };
    const map = (d: Distribution) => mapUncertainty(6, [{ param: param('q', 2, d), exponent: 1 }, L], none);
    expect(map({ kind: 'uniform', min: 1, max: 3 })).toMatchObject({ kind: 'mapped', uncertainty: { distributionType: 'UNIFORM_DISTRIBUTION', minimum: 1.5, maximum: 4.5 } });
    expect(map({ kind: 'triangular', min: 1, mode: 2, max: 4 })).toMatchObject({ uncertainty: { distributionType: 'TRIANGLE_DISTRIBUTION', minimum: 1.5, mode: 3, maximum: 6 } });
    expect(map({ kind: 'normal', mean: 2, sd: 0.2, min: -Infinity, max: Infinity })).toMatchObject({ uncertainty: { distributionType: 'NORMAL_DISTRIBUTION', mean: 3, sd: 0.30000000000000004 } });
    // lognormal: geomMean = 1.5 × e^ln 2 = 3, geomSd = e^0.5
    const ln = map({ kind: 'lognormal', mu: Math.log(2), sigma: 0.5 });
    expect(ln.kind === 'mapped' && ln.uncertainty).toMatchObject({ distributionType: 'LOG_NORMAL_DISTRIBUTION' });
    if (ln.kind === 'mapped' && ln.uncertainty.distributionType === 'LOG_NORMAL_DISTRIBUTION') {
      expect(ln.uncertainty.geomMean).toBeCloseTo(3, 12);
      expect(ln.uncertainty.geomSd).toBeCloseTo(Math.exp(0.5), 12);
    }
  });
  it('refuses beta/PERT, discrete and a normal truncated inside its bulk, naming the input', () => {
    const map = (d: Distribution) => mapUncertainty(1, [{ param: param('q', 2, d), exponent: 1 }], none);
    expect(map({ kind: 'beta', alpha: 2, beta: 3, min: 1, max: 3, from: 'pert', mode: 2, lambda: 4 })).toMatchObject({ kind: 'unmappable', param: { path: 'q' } });
    expect(map({ kind: 'discrete', values: [1, 2], probabilities: [0.5, 0.5], cumulative: [0.5, 1] })).toMatchObject({ kind: 'unmappable' });
    expect(map({ kind: 'normal', mean: 2, sd: 1, min: 0, max: Infinity })).toMatchObject({ kind: 'unmappable' }); // Φ(−2) ≈ 0.023 cut off
  });
  it('the reciprocal of a lognormal lifetime is lognormal: 8 / L, L ~ LN(ln 4, 0.2) → geomMean 2, geomSd e^0.2; of a uniform one, none', () => {
    const m = mapUncertainty(8, [{ param: param('L', 4, { kind: 'lognormal', mu: Math.log(4), sigma: 0.2 }), exponent: -1 }], none);
    expect(m.kind).toBe('mapped');
    if (m.kind === 'mapped' && m.uncertainty.distributionType === 'LOG_NORMAL_DISTRIBUTION') {
      expect(m.uncertainty.geomMean).toBeCloseTo(2, 12);
      expect(m.uncertainty.geomSd).toBeCloseTo(Math.exp(0.2), 12);
    }
    expect(mapUncertainty(8, [{ param: param('L', 4, { kind: 'uniform', min: 3, max: 5 }), exponent: -1 }], none)).toMatchObject({ kind: 'unmappable', param: { path: 'L' } });
  });
  it('a product of independent lognormals: σ = √(0.3² + 0.4²) = 0.5; correlated or shared ones are refused', () => {
    const q = { param: param('q', 2, { kind: 'lognormal', mu: Math.log(2), sigma: 0.3 }), exponent: 1 as const };
    const L = { param: param('L', 4, { kind: 'lognormal', mu: Math.log(4), sigma: 0.4 }), exponent: -1 as const };
    const m = mapUncertainty(1, [q, L], none);
    if (m.kind !== 'mapped' || m.uncertainty.distributionType !== 'LOG_NORMAL_DISTRIBUTION') throw new Error('not mapped');
    expect(m.uncertainty.geomMean).toBeCloseTo(2 / 4, 12);
    expect(m.uncertainty.geomSd).toBeCloseTo(Math.exp(0.5), 12);
    expect(mapUncertainty(1, [q, L], (a, b) => a === 'q' && b === 'L')).toMatchObject({ kind: 'unmappable' });
    const shared = (p: Param) => ({ ...p, shared: 'draw' });
    expect(mapUncertainty(1, [{ ...q, param: shared(q.param) }, { ...L, param: shared(L.param) }], none)).toMatchObject({ kind: 'unmappable' });
    expect(mapUncertainty(1, [q, { param: param('L', 4, { kind: 'uniform', min: 3, max: 5 }), exponent: -1 }], none)).toMatchObject({ kind: 'unmappable', param: { path: 'L' } });
  });
  it('the mapped lognormal’s geomMean is the product of the factors’ medians (from the quantile function), times k (property)', () => {
    const lognormal = fc.record({ mu: fc.double({ min: -3, max: 3, noNaN: true }), sigma: fc.double({ min: 0.01, max: 1, noNaN: true }), exponent: fc.constantFrom(1 as const, -1 as const) });
    fc.assert(fc.property(fc.array(lognormal, { minLength: 1, maxLength: 4 }), fc.double({ min: 0.1, max: 100, noNaN: true }), (fs, scale) => {
      const factors = fs.map((f, i) => ({ param: param(`p${i}`, Math.exp(f.mu), { kind: 'lognormal', mu: f.mu, sigma: f.sigma }), exponent: f.exponent }));
      const m = mapUncertainty(scale, factors, none);
      if (m.kind !== 'mapped' || m.uncertainty.distributionType !== 'LOG_NORMAL_DISTRIBUTION') return false;
      let median = scale;
      for (const f of factors) median *= distributionPpf(f.param.distribution as Distribution, 0.5) ** f.exponent;
      return Math.abs(m.uncertainty.geomMean - median) <= 1e-9 * median;
    }));
  });
});
