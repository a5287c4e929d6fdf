import { describe, expect, it } from 'vitest';
import { checkCount, checkFraction, checkNumber, suggest } from '../../src/validate/index.js';
import { InputError } from '../../src/errors/index.js';

describe('checkNumber', () => {
  it('checkNumber refuses NaN before the range check', () => {
    expect(() => checkNumber(NaN, 'x', { min: 0, max: 1 })).toThrow(/x must be finite: got NaN/);
    expect(() => checkNumber('3', 'x')).toThrow(/x must be a number: got "3"/);
  });
  it('checkNumber names the range, exclusive bounds and unit', () => {
    expect(() => checkNumber(0, 'servers[0].lifetime', { min: 0, minExclusive: true, unit: 'years' })).toThrow(
      'servers[0].lifetime is out of range: got 0; expected a finite number > 0 years.',
    );
    expect(checkNumber(5, 'l', { min: 0, minExclusive: true })).toBe(5);
  });
});

describe('checkFraction', () => {
  it('checkFraction suggests the fraction for a percentage', () => {
    expect(() => checkFraction(75, 'workload.utilization')).toThrow(InputError);
    expect(() => checkFraction(75, 'workload.utilization')).toThrow(/got 75; expected a finite number in \[0, 1\]\. Fix: did you mean 0\.75\?/);
    expect(() => checkFraction(-0.1, 'u')).toThrow(/got -0.1/);
    expect(checkFraction(1, 'u')).toBe(1);
  });
});

describe('checkCount', () => {
  it('checkCount refuses 0 and fractions', () => {
    expect(() => checkCount(0, 'c')).toThrow(/got 0; expected an integer ≥ 1/);
    expect(() => checkCount(2.5, 'c')).toThrow(InputError);
    expect(checkCount(1024, 'c')).toBe(1024);
  });
});

describe('suggest', () => {
  it('suggest finds close names and ignores distant ones', () => {
    expect(suggest('utilisation', ['utilization', 'hoursPerYear'])).toEqual(['utilization']);
    expect(suggest('UK', ['GB', 'US', 'UA'])).toEqual(['UA', 'US']);
    expect(suggest('zzzzzz', ['utilization'])).toEqual([]);
  });
});
