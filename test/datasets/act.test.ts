import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { actCarbonPerArea, actLogicParameters, loadBundledDataset, lookupIcFactor, lookupStorageFactor, rowsOf } from '../../src/datasets/index.js';
import { thrown } from './helpers.js';

// Worked checks from the ACT repository's integration tests (act/tests/integration_tests.py):
// Dell R740 CPUs 23.143405714285716 kg, DRAM 330.4285714285714 kg, Fairphone 3 SoC 0.8992937142857143 kg.
const cpaOf = (p: ReturnType<typeof actLogicParameters>) =>
  actCarbonPerArea({ epa: p.epa.value, gpa: p.gpa.value, mpa: p.mpa.value, fabIntensity: p.fabIntensity.value, yieldFraction: p.yieldFraction.value });

describe('ACT worked checks', () => {
  const p = actLogicParameters({ node: '28nm', abatement: 95, fabLocation: 'coal' });

  it('actLogicParameters returns Table 1 of the paper for 28 nm in canonical kg units', () => {
    // EPA 0.90 kWh/cm², GPA(95 %) 175 g/cm² = 0.175 kg, MPA 500 g = 0.5 kg, coal 820 g/kWh = 0.82 kg, yield 0.875, packaging 150 g = 0.15 kg
    expect([p.epa.value, p.gpa.value, p.mpa.value, p.fabIntensity.value, p.yieldFraction.value, p.packagingPerIc.value]).toEqual([0.9, 0.175, 0.5, 0.82, 0.875, 0.15]);
    expect([p.epa.unit, p.gpa.unit, p.mpa.unit, p.fabIntensity.unit, p.packagingPerIc.unit]).toEqual(['kWh/cm²', 'kgCO2e/cm²', 'kgCO2e/cm²', 'kgCO2e/kWh', 'kgCO2e']);
    expect(p.epa.dataset.name).toBe('act-2022');
  });

  it('actCarbonPerArea reproduces ACT for the Dell R740 CPUs: 2 × 6.98 cm² at 28 nm, coal fab, 2 ICs each → 23.143 kg', () => {
    // CPA = (0.82 × 0.9 + 0.175 + 0.5) / 0.875 = 1.413 / 0.875 = 1.614857… kg/cm²
    // 13.96 cm² × 1.614857 = 22.543406 kg; + 4 ICs × 0.15 kg = 23.143406 kg
    const cpu = 2 * 6.98 * cpaOf(p) + 2 * 2 * p.packagingPerIc.value;
    expect(cpu).toBeCloseTo(23.143405714285716, 9);
  });

  it('actCarbonPerArea reproduces ACT for the Fairphone 3 SoC: 46.4 mm² at 28 nm, 1 IC → 0.8993 kg', () => {
    // 0.464 cm² × 1.614857 = 0.749294 kg + 0.15 kg packaging = 0.899294 kg
    expect(0.464 * cpaOf(p) + 0.15).toBeCloseTo(0.8992937142857143, 12);
  });

  it('lookupStorageFactor reproduces ACT for the Dell R740 DRAM: 12 × 36 GB DDR3 50 nm, 19 ICs each → 330.43 kg', () => {
    // 432 GB × 600 g/GB ÷ 0.875 = 296.228571 kg; + 12 × 19 × 0.15 kg = 34.2 kg → 330.428571 kg
    const perGb = lookupStorageFactor({ technology: 'dram', process: 'ddr3_50nm', method: 'act-2022' });
    expect(perGb.unit).toBe('kgCO2e/GB');
    expect(12 * 36 * perGb.value + 12 * 19 * 0.15).toBeCloseTo(330.4285714285714, 9);
  });

  it('actLogicParameters defaults to a Taiwan fab (583 g/kWh, 2022), GPA at 97 % with the 95–99 % range, yield 0.875', () => {
    const d = actLogicParameters({ node: '28 nm' });
    expect(d.fabIntensity.value).toBe(0.583);
    expect(d.fabIntensity.year).toBe(2022);
    // (175 + 100) / 2 = 137.5 g/cm²
    expect(d.gpa.value).toBeCloseTo(0.1375, 15);
    expect(d.gpa.uncertainty).toEqual({ dist: 'uniform', min: 0.1, max: 0.175 });
  });

  it('the act-2022 ic-factor rows equal ACT CPA with the default parameters at every node', () => {
    const ds = loadBundledDataset('act-2022');
    const fab = rowsOf(ds, 'logic-fab');
    expect(fab.map((r) => r.node)).toEqual(['28nm', '20nm', '14nm', '10nm', '8nm', '7nm', '5nm', '3nm']);
    for (const r of fab) {
      // CPA = (0.583 × EPA + (GPA95 + GPA99)/2 + MPA) / 0.875
      const expected = (0.583 * r.epa + (r.gpa95 + r.gpa99) / 2 + r.mpa) / 0.875;
      expect(lookupIcFactor({ technology: 'logic', process: r.node, method: 'act-2022' }).value).toBeCloseTo(expected, 6);
    }
    // Published check: about 1,328 g/cm² at 28 nm and 3,163 g/cm² at 3 nm.
    expect(lookupIcFactor({ technology: 'logic', process: '28nm', method: 'act-2022' }).value).toBeCloseTo(1.328, 3);
    expect(lookupIcFactor({ technology: 'logic', process: '3nm', method: 'act-2022' }).value).toBeCloseTo(3.163, 3);
  });

  it('actCarbonPerArea refuses a yield of 0, a percentage yield and an intensity in g/kWh', () => {
    const ok = { epa: 0.9, gpa: 0.175, mpa: 0.5, fabIntensity: 0.82, yieldFraction: 0.875 };
    expect(thrown(() => actCarbonPerArea({ ...ok, yieldFraction: 0 }))).toBeInstanceOf(InputError);
    expect(thrown(() => actCarbonPerArea({ ...ok, yieldFraction: 87.5 }))).toBeInstanceOf(InputError);
    expect(thrown(() => actCarbonPerArea({ ...ok, fabIntensity: 820 })).message).toMatch(/820 g\/kWh = 0\.82/);
  });

  it('actLogicParameters refuses an unknown node with close matches, and a location together with an intensity', () => {
    expect(thrown(() => actLogicParameters({ node: '2nm' })).message).toMatch(/28nm/);
    expect(thrown(() => actLogicParameters({ node: '28nm', fabLocation: 'TW', fabIntensity: 0.5 }))).toBeInstanceOf(InputError);
  });
});
