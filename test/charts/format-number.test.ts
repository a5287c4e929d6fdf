import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';

describe('formatNumber', () => {
  it.each([
    // [x, sig, expected] — rounding done by hand
    [1105.92, 6, '1,105.92'], // seed 004 Table I, DRAM
    [1105.92, 4, '1,106'], // 1105.92 → 4 significant figures: 1106
    [1633.74, 4, '1,634'], // operational per year
    [1176.804, 7, '1,176.804'], // the embodied total
    [1869.1008, 5, '1,869.1'], // 1869.1|008 → 1869.1
    [35.724, 4, '35.72'],
    [24.36, 4, '24.36'],
    [10.8, 4, '10.8'], // trailing zeros dropped: 10.80 → 10.8
    [0.5, 3, '0.5'],
    [999.6, 3, '1,000'], // rounds up across a power of ten
    [2500000, 4, '2,500,000'],
    [-2500000, 2, '-2,500,000'],
    [-0.04, 2, '-0.04'],
    [0.000123456, 3, '0.000123'], // 1.23e-4 is still written in full
    [3.2e-7, 2, '3.2e-7'], // below 1e-4: exponent form
    [2.4e15, 3, '2.4e15'], // 1e15 and up: exponent form
    [123456789012345, 15, '123,456,789,012,345'],
    [0, 4, '0'],
    [-0, 4, '0'],
  ])('formatNumber(%d, %d) is %s', (x, sig, expected) => {
    expect(formatNumber(x, sig)).toBe(expected);
  });

  it('formatNumber defaults to 4 significant figures', () => {
    expect(formatNumber(235.3608)).toBe('235.4');
  });

  it('formatNumber refuses NaN, Infinity and a bad sig', () => {
    expect(() => formatNumber(NaN)).toThrow(InputError);
    expect(() => formatNumber(Infinity)).toThrow(/must be finite/);
    expect(() => formatNumber(1, 0)).toThrow(/formatNumber\(sig\)/);
    expect(() => formatNumber(1, 2.5)).toThrow(InputError);
  });
});
