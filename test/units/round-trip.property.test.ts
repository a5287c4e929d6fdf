import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity, type QuantityKind } from '../../src/units/index.js';

/**
 * Each accepted unit's size in its kind's canonical unit, written out by hand
 * from the SI prefixes and the definitions the docs state (1 lb = 0.45359237 kg,
 * 1 year = 8,760 h, 1 month = 730 h, 1 GB = 1e9 B, 1 GiB = 2^30 B).
 */
const UNITS: Readonly<Partial<Record<QuantityKind, Readonly<Record<string, number>>>>> = {
  power: { mW: 1e-3, W: 1, kW: 1e3, MW: 1e6, GW: 1e9 },
  energy: { Wh: 1e-3, kWh: 1, MWh: 1e3, GWh: 1e6, TWh: 1e9, J: 1 / 3.6e6, kJ: 1 / 3.6e3, MJ: 1 / 3.6, GJ: 1e3 / 3.6 },
  mass: { g: 1e-3, kg: 1, t: 1e3, tonne: 1e3, lb: 0.45359237, lbs: 0.45359237 },
  carbon: { gCO2e: 1e-3, kgCO2e: 1, tCO2e: 1e3, kg: 1 },
  data: { B: 1e-9, kB: 1e-6, MB: 1e-3, GB: 1, TB: 1e3, PB: 1e6, KiB: 1024 / 1e9, MiB: 1024 ** 2 / 1e9, GiB: 1024 ** 3 / 1e9, TiB: 1024 ** 4 / 1e9 },
  duration: { s: 1 / 3600, min: 1 / 60, minutes: 1 / 60, h: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168, month: 730, months: 730, year: 8760, years: 8760 },
  lifetime: { h: 1 / 8760, day: 24 / 8760, month: 730 / 8760, months: 730 / 8760, year: 1, years: 1, yr: 1 },
  area: { mm2: 1e-2, 'mm^2': 1e-2, cm2: 1, 'cm²': 1, m2: 1e4 },
  gridIntensity: { 'kgCO2e/kWh': 1, 'gCO2e/kWh': 1e-3, 'g/kWh': 1e-3, 'kg/MWh': 1e-3, 'lb/kWh': 0.45359237 },
};

const cases = Object.entries(UNITS).flatMap(([kind, units]) => Object.entries(units).map(([unit, size]) => ({ kind: kind as QuantityKind, unit, size })));

describe('unit round trips', () => {
  it('a value formatted in any accepted unit of its field parses back to the same canonical value (1e-12 relative)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        ({ kind, unit, size }, canonical) => {
          const text = `${canonical / size} ${unit}`;
          const parsed = parseQuantity(text, kind, 'field');
          expect(Math.abs(parsed - canonical) / canonical).toBeLessThanOrEqual(1e-12);
        },
      ),
      { seed: 16, numRuns: 2000 },
    );
  });
});
