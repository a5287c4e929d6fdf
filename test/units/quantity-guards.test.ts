import { describe, expect, it } from 'vitest';
import { InputError, UnitError } from '../../src/errors/index.js';
import { MAX_QUANTITY_LENGTH, parseQuantity } from '../../src/units/index.js';

const thrown = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
};

describe('parseQuantity guards', () => {
  it('refuses an emissions unit on a field that is not an amount of emissions (a part mass of "2 kgCO2e")', () => {
    const e = thrown(() => parseQuantity('2 kgCO2e', 'mass', 'servers[0].components[4].mass'));
    expect(e).toBeInstanceOf(UnitError);
    expect(e.path).toBe('servers[0].components[4].mass');
    expect(e.received).toBe('2 kgCO2e');
    expect(e.message).toContain('CO2e');
    // emissions fields still take CO2e units, and a mass still takes a plain mass
    expect(parseQuantity('2 kgCO2e', 'carbon', 'c')).toBe(2);
    expect(parseQuantity('2 kg', 'mass', 'm')).toBe(2);
    expect(parseQuantity('24.3 kgCO2e/kg', 'massFactor', 'f')).toBeCloseTo(24.3, 12);
  });

  it('refuses a percentage above 100 % as sent, without suggesting a share it cannot mean', () => {
    const e = thrown(() => parseQuantity('150%', 'fraction', 'workload.utilization'));
    expect(e.path).toBe('workload.utilization');
    expect(e.received).toBe('150%');
    expect(e.message).toContain('got "150%"');
    expect(e.message).not.toContain('0.015');
    expect(e.message).not.toContain('did you mean');
    expect(thrown(() => parseQuantity('-5 %', 'fraction', 'u')).received).toBe('-5 %');
    expect(parseQuantity('100 %', 'fraction', 'u')).toBe(1);
    expect(parseQuantity(' 0% ', 'fraction', 'u')).toBe(0);
  });

  it('refuses a quantity string longer than the limit after trimming, and returns at once on 100,000 spaces', { timeout: 5000 }, () => {
    const spaces = ' '.repeat(100_000);
    const e = thrown(() => parseQuantity(`1${spaces}W`, 'power', 'servers[0].power.idle'));
    expect(e.path).toBe('servers[0].power.idle');
    expect(e.message).toContain('too long');
    expect(thrown(() => parseQuantity(spaces, 'power', 'p'))).toBeInstanceOf(InputError);
    expect(thrown(() => parseQuantity(`1${spaces}%`, 'fraction', 'u'))).toBeInstanceOf(InputError);
    // surrounding blanks are trimmed first: a short quantity padded with spaces still parses
    expect(parseQuantity(`${spaces}350 W${spaces}`, 'power', 'p')).toBe(350);
    expect(parseQuantity(`${'1'.padEnd(MAX_QUANTITY_LENGTH - 1, ' ')}W`, 'power', 'p')).toBe(1);
  });
});
