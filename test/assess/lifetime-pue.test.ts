import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { defineStudy } from '../../src/study/index.js';

/**
 * Issue 16: no test failed if the data-centre overhead was dropped from the
 * whole-service-life total of standing servers. Derived by hand:
 *
 * - embodied: 2 servers × (10 cm² × 2 kgCO2e/cm²) = 40 kgCO2e
 * - IT power: 0.25 × 400 W + 0.75 × 100 W = 175 W per server; × 2 servers = 350 W
 * - IT energy: 350 W × 8,760 h = 3,066 kWh/year
 * - with PUE 1.5 (whole overhead charged): 3,066 × 1.5 = 4,599 kWh/year
 * - operational: 4,599 kWh × 0.4 kgCO2e/kWh = 1,839.6 kgCO2e/year
 * - over 3 years: 40 + 3 × 1,839.6 = 5,558.8 kgCO2e (without the overhead it would be 40 + 3 × 1,226.4 = 3,719.2)
 */
describe('lifetime total of a standing server with PUE 1.5', () => {
  const study = defineStudy({
    name: 'pue 1.5',
    servers: [{ name: 'box', count: 2, lifetime: '3 years',
      components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '10 cm2', factor: '2 kgCO2e/cm2' }],
      power: { active: '400 W', idle: '100 W' } }],
    workload: { utilization: 0.25 },
    cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.5 },
  });
  const r = assess(study);

  it('is embodied + lifetime × operational per year × PUE: 40 + 3 × 3,066 × 1.5 × 0.4 = 5,558.8 kgCO2e', () => {
    expect(r.embodied.totalKgCO2e).toBeCloseTo(40, 9);
    expect(r.operational.annualItEnergyKWh).toBeCloseTo(3066, 9);
    expect(r.operational.annualEnergyKWh).toBeCloseTo(4599, 9);
    expect(r.operational.annualKgCO2e).toBeCloseTo(1839.6, 9);
    expect(r.lifetime.totalKgCO2e).toBeCloseTo(40 + 3 * 1839.6, 9);
  });

  it('the annualised total is consistent with it: 40 ÷ 3 + 1,839.6', () => {
    expect(r.annualized.totalKgCO2e).toBeCloseTo(40 / 3 + 1839.6, 9);
    expect(r.lifetime.totalKgCO2e).toBeCloseTo(3 * r.annualized.totalKgCO2e, 9);
  });
});
