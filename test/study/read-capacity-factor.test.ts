import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

const study = (components: unknown[], factors?: { method: string }) => ({
  name: 'memory by die',
  ...(factors ? { factors } : {}),
  servers: [{ name: 'box', lifetime: '4 years', components, power: { active: '300 W', idle: '100 W' } }],
  workload: { utilization: 0.5 },
  cloud: { gridIntensity: 0.4, pue: 1 },
});
const embodied = (components: unknown[], factors?: { method: string }) => assess(defineStudy(study(components, factors))).embodied.totalKgCO2e;

describe('memory and storage by capacity and density (Boavizta\'s route)', () => {
  it('memory with density: 64 GB ÷ 1.2 GB/cm² × the seed\'s DRAM factor 1.8 kgCO2e/cm² = 96 kgCO2e', () => {
    // by hand: 64 / 1.2 = 53.333 cm² of die; × 1.8 (clemm-2024 dram, Clemm et al. 2024 IV.C) = 96
    expect(embodied([{ type: 'memory', name: 'DIMM', technology: 'dram', capacity: '64 GB', density: '1.2 GB/cm2' }])).toBeCloseTo((64 / 1.2) * 1.8, 9);
  });

  it('memory with density reproduces BoaviztAPI\'s Dell R740 RAM dies: 12 × 32 GB ÷ 1.79 GB/cm² × 2.20 kgCO2e/cm²', () => {
    // the same die areas examples/dell-r740-boavizta.json writes out (17.877 cm² per module); boavizta-uba dram row 2.20
    const kg = embodied([{ type: 'memory', name: 'RAM', technology: 'dram', count: 12, capacity: '32 GB', density: '1.79 GB/cm2', method: 'boavizta-uba' }]);
    expect(kg).toBeCloseTo(12 * 17.877094972067038 * 2.2, 9);
  });

  it('storage with density takes the set\'s NAND row: 400 GB ÷ 50.6 GB/cm² × 2.20 (boavizta-uba nand)', () => {
    expect(embodied([{ type: 'storage', name: 'SSD', technology: 'ssd', capacity: '400 GB', density: '50.6 GB/cm2' }], { method: 'boavizta-uba' })).toBeCloseTo(7.905138339920948 * 2.2, 9);
  });

  it('memory with density and an explicit per-cm² factor; an uncertain capacity stays a distribution', () => {
    expect(embodied([{ type: 'memory', name: 'x', technology: 'dram', capacity: '10 GB', density: '2 GB/cm2', factor: '3 kgCO2e/cm2', count: 2 }])).toBeCloseTo(2 * 5 * 3, 9);
    const s = defineStudy(study([{ type: 'memory', name: 'x', technology: 'dram', capacity: { dist: 'uniform', min: '32 GB', max: '96 GB' }, density: '1.6 GB/cm2' }]));
    expect(s.params.find((p) => p.path === 'servers[0].components[0].capacity')?.distribution).toBeDefined();
    expect(s.params.find((p) => p.path === 'servers[0].components[0].density')?.unit).toBe('GB/cm²');
    // base = mean 64 GB: 64 / 1.6 × 1.8 = 72
    expect(assess(s).embodied.totalKgCO2e).toBeCloseTo(72, 9);
  });

  it('density is checked by the unit system and refused when ≤ 0, on an HDD, or beside a die area', () => {
    expect(() => embodied([{ type: 'memory', name: 'x', technology: 'dram', capacity: '64 GB', density: '1.2 GB' }])).toThrow(/density/);
    expect(() => embodied([{ type: 'memory', name: 'x', technology: 'dram', capacity: '64 GB', density: '0 GB/cm2' }])).toThrow(InputError);
    expect(() => embodied([{ type: 'memory', name: 'x', technology: 'dram', capacity: '64 GB', density: '-1 GB/cm2' }])).toThrow(/density/);
    expect(() => embodied([{ type: 'storage', name: 'x', technology: 'hdd', capacity: '4 TB', density: '1 GB/cm2' }])).toThrow(/HDD has no memory dies/);
    expect(() => embodied([{ type: 'memory', name: 'x', technology: 'dram', capacity: '64 GB', density: '1.2 GB/cm2', dieArea: '53 cm2' }])).toThrow(/specifies the die area twice/);
    expect(() => embodied([{ type: 'ic', name: 'x', technology: 'dram', dieArea: '53 cm2', capacity: '64 GB', density: '1.2 GB/cm2' }])).toThrow(/specifies the die area twice/);
    expect(() => embodied([{ type: 'ic', name: 'x', technology: 'dram', capacity: '64 GB', density: '1.2 GB/cm2' }])).toThrow(/"type": "memory"/);
  });

  it('density carries into the other impact categories: ADPe of the R740 RAM = 12 × 32 ÷ 1.79 × 6.3e-5 kgSbeq/cm²', () => {
    // factors.yml ram.adp.die_impact 6.3e-5 kgSbeq/cm² (as in examples/dell-r740-boavizta.json)
    const s = defineStudy({ ...study([{ type: 'memory', name: 'RAM', technology: 'dram', count: 12, capacity: '32 GB', density: '1.79 GB/cm2', factor: '2.20 kgCO2e/cm2', impacts: { adpe: { factor: '6.3e-5 kgSbeq/cm2' } } }]), categories: ['adpe'], cloud: { gridIntensity: 0.4, pue: 1, impacts: { adpe: { gridIntensity: '6.42317e-8 kgSbeq/kWh' } } } });
    const adpe = (assess(s).impacts ?? []).find((c) => c.category === 'adpe')!;
    expect(adpe.figures.find((f) => f.key === 'embodied.total')?.value).toBeCloseTo(((12 * 32) / 1.79) * 6.3e-5, 15);
  });

  it('a per-GB factor beside density is refused by its unit (the factor is per cm² of die)', () => {
    expect(() => embodied([{ type: 'memory', name: 'x', technology: 'dram', capacity: '64 GB', density: '1.2 GB/cm2', factor: '0.4 kgCO2e/GB' }])).toThrow(/factor/);
  });
});

describe('HBM default: DRAM dies of the seed\'s size with the set\'s DRAM factor', () => {
  it('80 GB of HBM3 (H100) = 40 dies of 2 GB × 0.6 cm² × 1.8 kgCO2e/cm² = 43.2 kgCO2e, the die model of docs/h100-comparison.md', () => {
    const s = defineStudy(study([{ type: 'memory', catalogue: 'nvidia-h100-sxm', technology: 'hbm', name: 'HBM3' }]));
    // by hand: 80 GB / 2 GB per die = 40 dies; 40 × 0.6 cm² = 24 cm²; × 1.8 = 43.2 (clemm-2024, IV.C)
    expect(assess(s).embodied.totalKgCO2e).toBeCloseTo(43.2, 9);
    const density = s.params.find((p) => p.path === 'servers[0].components[0].density')!;
    expect(density.status).toBe('default');
    expect(density.value).toBeCloseTo(2 / 0.6, 12);
    expect(s.warnings.some((w) => w.includes('components[0].density: assumption: HBM'))).toBe(true);
    expect(s.warnings.some((w) => w.includes('has no hbm row, so the HBM stack\'s DRAM dies take its DRAM factor'))).toBe(true);
  });

  it('an "ic" of technology hbm takes the set\'s DRAM factor too: 24 cm² × 1.8 = 43.2 kgCO2e, the assumption listed', () => {
    const s = defineStudy(study([{ type: 'ic', name: 'HBM3 dies', technology: 'hbm', dieArea: '0.6 cm2', count: 40 }]));
    expect(assess(s).embodied.totalKgCO2e).toBeCloseTo(40 * 0.6 * 1.8, 9);
    expect(s.warnings.some((w) => w.startsWith('servers[0].components[0].factor: assumption: HBM: factor set clemm-2024 has no hbm row'))).toBe(true);
  });

  it('HBM\'s density and factor can each be overridden; a per-GB factor keeps the per-GB route', () => {
    expect(embodied([{ type: 'memory', name: 'HBM', technology: 'hbm', capacity: '16 GB', density: '4 GB/cm2' }])).toBeCloseTo(4 * 1.8, 9);
    expect(embodied([{ type: 'memory', name: 'HBM', technology: 'hbm', capacity: '16 GB', factor: '0.5 kgCO2e/GB' }])).toBeCloseTo(8, 9);
    // Boavizta's set: DRAM die 2.20 kgCO2e/cm²: 24 cm² × 2.2 = 52.8 (docs/h100-comparison.md, Boavizta column)
    expect(embodied([{ type: 'memory', name: 'HBM', technology: 'hbm', capacity: '80 GB' }], { method: 'boavizta-uba' })).toBeCloseTo(52.8, 9);
  });
});
