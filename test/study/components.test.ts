import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

const study = (components: unknown[]) => ({
  name: 'components',
  servers: [{ name: 'box', lifetime: '4 years', components, power: { active: '300 W', idle: '100 W' } }],
  workload: { utilization: 0.5 },
  cloud: { gridIntensity: 0.4, pue: 1 },
});
const embodied = (components: unknown[]) => assess(defineStudy(study(components))).embodied.totalKgCO2e;

describe('defineStudy components', () => {
  it('memory by capacity: 2 TB of DRAM at an explicit 0.4 kgCO2e/GB (LLMCarbon) = 800 kgCO2e', () => {
    expect(embodied([{ type: 'memory', name: 'DRAM', technology: 'dram', capacity: '2 TB', factor: '0.4 kgCO2e/GB' }])).toBeCloseTo(2000 * 0.4, 9);
  });

  it('memory factor from a named dataset row: ACT DDR3 50 nm = 600 g/GB ÷ yield 0.875', () => {
    const s = defineStudy(study([{ type: 'memory', name: 'DRAM', technology: 'dram', capacity: '36 GB', count: 12, process: 'act-ddr3-50nm' }]));
    // the dataset stores 600/875 to six significant figures (0.685714)
    expect(assess(s).embodied.totalKgCO2e / ((12 * 36 * 0.6) / 0.875)).toBeCloseTo(1, 6); // 296.23 kgCO2e (ACT's 330.43 adds packaging)
  });

  it('memory factor default carries the spread between published tools as a distribution', () => {
    const s = defineStudy(study([{ type: 'memory', name: 'DRAM', technology: 'dram', capacity: '64 GB' }]));
    const f = s.params.find((p) => p.path === 'servers[0].components[0].factor')!;
    expect(f.status).toBe('dataset');
    expect((f.distribution as { kind: string }).kind).toBe('triangular');
  });

  it('storage refuses a memory technology and vice versa', () => {
    expect(() => defineStudy(study([{ type: 'storage', name: 'x', technology: 'dram', capacity: '1 TB' }]))).toThrow(/"type": "memory"/);
    expect(() => defineStudy(study([{ type: 'memory', name: 'x', technology: 'ssd', capacity: '1 TB' }]))).toThrow(/"type": "storage"/);
  });

  it('part kind takes its factor from boavizta-uba: rack case 150 kg per unit; power supply 24.3 kg/kg × mass', () => {
    expect(embodied([{ type: 'part', kind: 'rack-case' }])).toBeCloseTo(150, 9);
    expect(embodied([{ type: 'part', kind: 'power-supply', mass: '2.99 kg', count: 2 }])).toBeCloseTo(2 * 2.99 * 24.3, 9);
    expect(() => defineStudy(study([{ type: 'part', kind: 'power-suply', mass: '2 kg' }]))).toThrow(InputError);
  });

  it('a component may choose its own factor method', () => {
    // Boavizta/UBA: 1.97 kgCO2e/cm² of CPU die (the study's default set would give 3.0 for Intel 7)
    const s = defineStudy(study([{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', method: 'boavizta-uba' }]));
    expect(s.params.find((p) => p.path === 'servers[0].components[0].factor')!.value).toBeCloseTo(1.97, 9);
  });
});
