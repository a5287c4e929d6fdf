import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { roundToUncertainty, uncertaintyDecimals } from '../../src/report/index.js';

describe('roundToUncertainty', () => {
  it("roundToUncertainty reproduces the GUM's own example (JCGM 100:2008 §7.2.6: 10.057 62 Ω, u = 27 mΩ → 10.058 Ω)", () => {
    expect(roundToUncertainty(10.05762, 0.027)).toEqual({ value: '10.058', uncertainty: '0.027', decimals: 3 });
  });

  it('roundToUncertainty quotes the uncertainty to two significant figures and the value at its decimal place', () => {
    // u = 665.58 → 670 (two figures: hundreds and tens), so the value is rounded to tens
    expect(roundToUncertainty(2404.795, 665.58)).toEqual({ value: '2,400', uncertainty: '670', decimals: -1 });
    // u = 0.0347 → 0.035: three decimals
    expect(roundToUncertainty(0.89225, 0.0347)).toEqual({ value: '0.892', uncertainty: '0.035', decimals: 3 });
    // u = 1.2 → one decimal
    expect(roundToUncertainty(235.3608, 1.2)).toEqual({ value: '235.4', uncertainty: '1.2', decimals: 1 });
  });

  it('uncertaintyDecimals moves one place left when two figures carry into a third (99.6 → 100, 0.0996 → 0.10)', () => {
    expect(uncertaintyDecimals(99.6)).toBe(-1); // 99.6 → 1.0 × 10²: the tens
    expect(uncertaintyDecimals(99.4)).toBe(0); // 99.4 → 99
    expect(uncertaintyDecimals(0.0996)).toBe(2); // → 0.10
    expect(uncertaintyDecimals(1000)).toBe(-2); // 1.0 × 10³
    expect(uncertaintyDecimals(0.001)).toBe(4); // 1.0 × 10⁻³
    expect(uncertaintyDecimals(665.58, 1)).toBe(-2); // one figure: 700
  });

  it('roundToUncertainty refuses an uncertainty that is zero, negative or not finite', () => {
    expect(() => roundToUncertainty(1, 0)).toThrow(InputError);
    expect(() => roundToUncertainty(1, -1)).toThrow(/uncertainty/);
    expect(() => roundToUncertainty(1, Number.NaN)).toThrow(/must be finite/);
    expect(() => roundToUncertainty(Number.POSITIVE_INFINITY, 1)).toThrow(InputError);
  });
});
