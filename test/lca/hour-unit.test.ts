import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/graph/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';

// One server: 1 cm² × 2 kgCO2e/cm² over 4 years = 0.5 kgCO2e/year embodied;
// 100 W × 6,000 h × 0.5 kgCO2e/kWh = 300 kgCO2e/year operational.
const study = (functionalUnit: unknown, hoursPerYear = '6000 h') => ({
  name: 'per hour', functionalUnit,
  servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }], power: { active: '100 W', idle: '100 W' } }],
  workload: { utilization: 0.5, hoursPerYear },
  cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
});
const at = (raw: unknown, key: string) => {
  const m = compileStudy(defineStudy(raw));
  return evaluate([m.outputs.find((o) => o.key === key)!.expr], new Map(m.inputs.map((i) => [i.name, i.value])))[0];
};

describe('functional unit "hour": per hour of use of the standing hardware (SCI time-based share)', () => {
  it('divides the annualised footprint and its parts by the hours of operation per year', () => {
    expect(at(study('hour'), 'functionalUnit')).toBeCloseTo(300.5 / 6000, 15);
    expect(at(study('hour'), 'functionalUnit.embodied')).toBeCloseTo(0.5 / 6000, 15);
    expect(at(study('hour'), 'functionalUnit.operational')).toBeCloseTo(300 / 6000, 15);
    expect(at(study('1000 hours'), 'functionalUnit')).toBeCloseTo((300.5 / 6000) * 1000, 12);
  });
  it('names its unit and refuses a study with no standing hardware', () => {
    const m = compileStudy(defineStudy(study('hour')));
    expect(m.outputs.find((o) => o.key === 'functionalUnit')!.unit).toBe('kgCO2e/hour');
    expect(() => defineStudy({ name: 'x', functionalUnit: 'hour', cloud: { gridIntensity: 0.4 }, model: { jobs: [{ id: 't', energy: '1 kWh' }] } })).toThrow(/functionalUnit.*hours of use/);
  });
});
