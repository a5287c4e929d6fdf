import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/units/index.js';
import { InputError, UnitError } from '../../src/errors/index.js';

describe('parseQuantity', () => {
  it('parseQuantity converts accepted units to the canonical unit', () => {
    expect(parseQuantity('350 W', 'power', 'p')).toBe(350);
    expect(parseQuantity('0.7 kW', 'power', 'p')).toBeCloseTo(700, 12);
    expect(parseQuantity('2 TB', 'data', 'd')).toBeCloseTo(2000, 12); // 2e12 B / 1e9 B
    expect(parseQuantity('2 GiB', 'data', 'd')).toBeCloseTo(2 * 1.073741824, 12); // 2^31 B / 1e9
    expect(parseQuantity('400 g/kWh', 'gridIntensity', 'g')).toBeCloseTo(0.4, 12);
    expect(parseQuantity('400 gCO2e/kWh', 'gridIntensity', 'g')).toBeCloseTo(0.4, 12);
    expect(parseQuantity('0.4 kgCO2e/kWh', 'gridIntensity', 'g')).toBeCloseTo(0.4, 12);
    // 1 lb = 0.45359237 kg exactly (international pound)
    expect(parseQuantity('0.954 lb/kWh', 'gridIntensity', 'g')).toBeCloseTo(0.954 * 0.45359237, 12);
    expect(parseQuantity('8.12 cm2', 'area', 'a')).toBeCloseTo(8.12, 12);
    expect(parseQuantity('8.12 cm²', 'area', 'a')).toBeCloseTo(8.12, 12);
    expect(parseQuantity('46.4 mm^2', 'area', 'a')).toBeCloseTo(0.464, 12);
    expect(parseQuantity('3.0 kgCO2e/cm2', 'areaFactor', 'f')).toBeCloseTo(3, 12);
    expect(parseQuantity('600 g/GB', 'dataFactor', 'f')).toBeCloseTo(0.6, 12);
    expect(parseQuantity('1.2 tCO2e', 'carbon', 'c')).toBeCloseTo(1200, 12);
    expect(parseQuantity('2 tonne', 'mass', 'm')).toBeCloseTo(2000, 12);
    expect(parseQuantity('500 g', 'mass', 'm')).toBeCloseTo(0.5, 12);
    expect(parseQuantity('1.3 GWh', 'energy', 'e')).toBeCloseTo(1.3e6, 6);
    expect(parseQuantity('3.6 MJ', 'energy', 'e')).toBeCloseTo(1, 12); // 3.6 MJ = 1 kWh
  });

  it('parseQuantity uses 1 year = 8760 h and 1 month = 730 h', () => {
    expect(parseQuantity('5 years', 'lifetime', 'l')).toBeCloseTo(5, 12);
    expect(parseQuantity('36 months', 'lifetime', 'l')).toBeCloseTo(3, 12);
    expect(parseQuantity('1 year', 'duration', 'd')).toBeCloseTo(8760, 9);
    expect(parseQuantity('3 days', 'duration', 'd')).toBeCloseTo(72, 12);
    expect(parseQuantity('8760 h', 'lifetime', 'l')).toBeCloseTo(1, 12);
  });

  it('parseQuantity accepts bare numbers in the canonical unit', () => {
    expect(parseQuantity(555, 'power', 'p')).toBe(555);
    expect(parseQuantity(0.75, 'fraction', 'u')).toBe(0.75);
    expect(parseQuantity('75 %', 'fraction', 'u')).toBeCloseTo(0.75, 15);
  });

  it('parseQuantity refuses a wrong dimension, naming path, value and expected unit', () => {
    expect(() => parseQuantity('200 kWh', 'power', 'servers[0].power.idle')).toThrow(UnitError);
    expect(() => parseQuantity('200 kWh', 'power', 'servers[0].power.idle')).toThrow(
      /servers\[0\]\.power\.idle has a unit of the wrong dimension: got "200 kWh"; expected power in .*kW/,
    );
    expect(() => parseQuantity('5 kg', 'lifetime', 'l')).toThrow(/wrong dimension/);
    expect(() => parseQuantity('400 g/W', 'gridIntensity', 'g')).toThrow(/wrong dimension/);
  });

  it('parseQuantity refuses ambiguous and unlisted units', () => {
    expect(() => parseQuantity('2 ton', 'mass', 'parts[0].mass')).toThrow(/short ton/);
    expect(() => parseQuantity('2 mt', 'mass', 'parts[0].mass')).toThrow(/milli-tonne/);
    expect(() => parseQuantity('5 furlongs', 'lifetime', 'l')).toThrow(UnitError);
    expect(() => parseQuantity('5 nW', 'power', 'p')).toThrow(/expected power in W, mW, kW, MW, GW/);
  });

  it('parseQuantity refuses NaN, Infinity, junk and missing units', () => {
    expect(() => parseQuantity(NaN, 'power', 'p')).toThrow(InputError);
    expect(() => parseQuantity(NaN, 'power', 'p')).toThrow(/p must be finite: got NaN/);
    expect(() => parseQuantity(Infinity, 'power', 'p')).toThrow(/got Infinity/);
    expect(() => parseQuantity('1e400 W', 'power', 'p')).toThrow(InputError);
    expect(() => parseQuantity('', 'power', 'p')).toThrow(InputError);
    expect(() => parseQuantity('350', 'power', 'p')).toThrow(/no number or no unit/);
    expect(() => parseQuantity(null, 'power', 'p')).toThrow(/must be a number or a quantity string/);
    expect(() => parseQuantity('0.75', 'fraction', 'u')).toThrow(/remove the quotes/);
    expect(() => parseQuantity('1,5 kW', 'power', 'p')).toThrow(InputError);
  });
});
