import { describe, expect, it } from 'vitest';
import { defaultOutputs, runMonteCarlo } from '../../src/mc/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';

// Two servers of 20 kg each, carried 500 km by truck at 0.1 kgCO2e/(t·km) and 1e-6 kgSbeq/(t·km):
// transport 2 × 0.02 t × 500 km × 0.1 = 2 kgCO2e (2e-5 kgSbeq) over 4 years, i.e. 0.5 kgCO2e (5e-6 kgSbeq) a year;
// manufacturing 2 × 1 cm² × 2 kgCO2e/cm² = 4 kgCO2e (2 × 1e-3 kgSbeq) over 4 years, i.e. 1 kgCO2e (5e-4 kgSbeq) a year.
const server = (extra: object) => ({
  name: 'box', count: 2, lifetime: '4 years', mass: '20 kg', power: { active: '100 W', idle: '100 W' },
  components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2', impacts: { adpe: { factor: '1e-3 kgSbeq/cm2' } } }],
  ...extra,
});
const study = (extra: object) => ({
  name: 'stages', categories: ['adpe'], workload: { utilization: 0.5 },
  cloud: { gridIntensity: '0.5 kg/kWh', pue: 1, impacts: { adpe: { gridIntensity: '1e-8 kgSbeq/kWh' } } },
  servers: [server(extra)],
});
const transport = { transport: [{ mode: 'truck', distance: '500 km', factor: '0.1 kgCO2e/(t*km)', impacts: { adpe: { factor: '1e-6 kgSbeq/(t*km)' } } }] };
const stages = ['stage.manufacturing', 'stage.transport', 'stage.use', 'stage.endOfLife'];

describe('defaultOutputs: life-cycle stages', () => {
  it('samples the stage totals in every category when the study declares transport', () => {
    const keys = defaultOutputs(compileStudy(defineStudy(study(transport))));
    for (const k of stages) {
      expect(keys).toContain(k);
      expect(keys).toContain(`adpe.${k}`);
    }
  });
  it('leaves them out of a study without transport, end of life or reuse (they would repeat embodied and use)', () => {
    const keys = defaultOutputs(compileStudy(defineStudy(study({}))));
    expect(keys.filter((k) => k.includes('stage.'))).toEqual([]);
  });
  it('leaves them out of a study of jobs, whose training and inference stages are not life-cycle stages', () => {
    const keys = defaultOutputs(compileStudy(loadStudy('examples/gpt3-water-carbon.json')));
    expect(keys.filter((k) => k.includes('stage.'))).toEqual([]);
  });
  it('runMonteCarlo reports the stage totals per category by default, with the values derived by hand', async () => {
    const r = await runMonteCarlo(defineStudy(study(transport)), { samples: 1000, seed: 1, backend: 'js' });
    const at = (k: string) => r.outputs.find((o) => o.key === k)!;
    expect(at('stage.transport').deterministic).toBeCloseTo(0.5, 12);
    expect(at('adpe.stage.transport').deterministic).toBeCloseTo(5e-6, 18);
    expect(at('stage.manufacturing').deterministic).toBeCloseTo(1, 12);
    expect(at('adpe.stage.manufacturing').deterministic).toBeCloseTo(5e-4, 15);
    // use: 2 × 100 W × 8,760 h = 1,752 kWh a year × 0.5 kgCO2e/kWh (× 1e-8 kgSbeq/kWh)
    expect(at('stage.use').deterministic).toBeCloseTo(876, 9);
    expect(at('adpe.stage.use').deterministic).toBeCloseTo(1752e-8, 18);
    expect(at('adpe.stage.transport').summary.mean).toBeCloseTo(5e-6, 12);
  });
});
