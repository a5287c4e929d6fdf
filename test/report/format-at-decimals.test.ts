import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { formatAtDecimals } from '../../src/report/index.js';

describe('formatAtDecimals', () => {
  it('formatAtDecimals keeps trailing zeros and groups thousands', () => {
    expect(formatAtDecimals(1176.8, 2)).toBe('1,176.80');
    expect(formatAtDecimals(4084.35, 2)).toBe('4,084.35');
    expect(formatAtDecimals(0.5, 3)).toBe('0.500');
    expect(formatAtDecimals(1234567.891, 1)).toBe('1,234,567.9');
  });

  it('formatAtDecimals rounds to tens and hundreds for negative decimals', () => {
    expect(formatAtDecimals(2404.8, -1)).toBe('2,400'); // 240.48 tens → 240 tens
    expect(formatAtDecimals(3964.19, -1)).toBe('3,960');
    expect(formatAtDecimals(11992.4, -2)).toBe('12,000'); // 119.924 hundreds → 120 hundreds
    expect(formatAtDecimals(-2404.8, -1)).toBe('-2,400');
  });

  it('formatAtDecimals writes small numbers past 6 decimals in exponent form with the same last digit', () => {
    // 2.3087e-7 at 9 decimals: last kept digit is 1e-9, i.e. the 2nd decimal of the mantissa 2.3087
    expect(formatAtDecimals(2.3087e-7, 9)).toBe('2.31e-7');
    expect(formatAtDecimals(0.000123, 6)).toBe('0.000123'); // 6 decimals: still fixed
    expect(formatAtDecimals(1e-12, 9)).toBe('0'); // below the last kept digit
  });

  it('formatAtDecimals writes negative zero as 0', () => {
    expect(formatAtDecimals(-0.0004, 2)).toBe('0.00');
    expect(formatAtDecimals(-0, 0)).toBe('0');
  });

  it('formatAtDecimals refuses NaN, Infinity and fractional decimals', () => {
    expect(() => formatAtDecimals(Number.NaN, 2)).toThrow(InputError);
    expect(() => formatAtDecimals(Infinity, 2)).toThrow(/must be finite/);
    expect(() => formatAtDecimals(1, 1.5)).toThrow(/formatAtDecimals\(decimals\)/);
    expect(() => formatAtDecimals(1, 21)).toThrow(/\[-20, 20\]/);
  });
});
