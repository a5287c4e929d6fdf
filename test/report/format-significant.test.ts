import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { formatSignificant } from '../../src/report/index.js';

describe('formatSignificant', () => {
  it('formatSignificant gives 6 figures of the seed values, trailing zeros kept', () => {
    expect(formatSignificant(1176.804, 6)).toBe('1,176.80');
    expect(formatSignificant(4084.35, 6)).toBe('4,084.35');
    expect(formatSignificant(1633.74, 6)).toBe('1,633.74');
    expect(formatSignificant(1869.1008, 6)).toBe('1,869.10');
    expect(formatSignificant(2026.008, 6)).toBe('2,026.01');
    expect(formatSignificant(204.2175, 6)).toBe('204.218');
    expect(formatSignificant(5, 6)).toBe('5.00000');
  });

  it('formatSignificant moves the decimal place when rounding carries (999.9996 → 1,000.00)', () => {
    expect(formatSignificant(999.9996, 6)).toBe('1,000.00');
    expect(formatSignificant(0.099996, 3)).toBe('0.100');
  });

  it('formatSignificant rounds large numbers to tens and above', () => {
    expect(formatSignificant(1234567, 3)).toBe('1,230,000');
  });

  it('formatSignificant writes magnitudes below 0.001 in exponent form', () => {
    expect(formatSignificant(2.31e-7, 3)).toBe('2.31e-7');
    expect(formatSignificant(0.00123, 3)).toBe('0.00123');
    expect(formatSignificant(0, 6)).toBe('0');
  });

  it('formatSignificant switches to exponent form when its figures would need more than 6 decimals', () => {
    // 0.0123456 at 6 figures: last digit at 10^-7, 7 decimals > 6 → exponent form, same figures
    expect(formatSignificant(0.0123456, 6)).toBe('1.23456e-2');
    // 0.123456 at 6 figures: 6 decimals → fixed
    expect(formatSignificant(0.123456, 6)).toBe('0.123456');
  });

  it('formatSignificant refuses bad input', () => {
    expect(() => formatSignificant(Number.NaN, 3)).toThrow(InputError);
    expect(() => formatSignificant(1, 0)).toThrow(/\[1, 17\]/);
  });
});
