import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { defineStudy } from '../../src/study/index.js';
import { refusal, valuesOf } from './helpers.js';

// A "use": "jobs" group of 2 servers of 20 kg, each with a 10 kgCO2e part (1e-3 kgSbeq), carried 1,000 km by
// truck at 0.1 kgCO2e/(t·km) (2e-7 kgSbeq/(t·km)) and recycled at 0.5 kgCO2e/kg with a 2 kgCO2e/kg credit.
// Whole group: made 20, transport 2 × 0.02 t × 1,000 km × 0.1 = 4, end of life 2 × 20 kg × 0.5 = 20 kgCO2e,
// module D −2 × 20 × 2 = −80 kgCO2e. One 10 h training run holding a quarter of the group, time rule over
// 4 years × 8,760 h × 50 %: share 10 ÷ 17,520, so the run is charged 0.25 × 10 / 17,520 of each; the model's
// service life is 2 years, so per year half of that.
const share = (0.25 * 10) / 17_520;
const study = {
  name: 'jobs server life cycle', functionalUnit: 'training-run', categories: ['adpe'],
  cloud: { gridIntensity: '0.4 kg/kWh', pue: 1, impacts: { adpe: { gridIntensity: '1e-8 kgSbeq/kWh' } } },
  servers: [{
    id: 'n', name: 'node', use: 'jobs', count: 2, mass: '20 kg',
    components: [{ type: 'part', name: 'board', perUnit: '10 kgCO2e', impacts: { adpe: { perUnit: '1e-3 kgSbeq' } } }],
    transport: [{ mode: 'truck', distance: '1000 km', factor: '0.1 kgCO2e/(t*km)', impacts: { adpe: { factor: '2e-7 kgSbeq/(t*km)' } } }],
    endOfLife: { treatment: 'recycling', factor: '0.5 kgCO2e/kg', credit: '2 kgCO2e/kg', impacts: { adpe: { factor: '0 kgSbeq/kg', credit: '0 kgSbeq/kg' } } },
  }],
  model: { serviceLife: '2 years', jobs: [{ id: 't', server: 'n', energy: '100 kWh', hours: '10 h', allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5, share: 0.25 } }] },
};

describe('transport and end of life of a "use": "jobs" server group, charged through the jobs\' shares', () => {
  const v = valuesOf(study);
  it('charges the run its share of manufacturing, transport and end of life, and reports each apart', () => {
    expect(v.get('job:t:embodied')).toBeCloseTo((20 + 4 + 20) * share, 15);
    expect(v.get('job:t:transport')).toBeCloseTo(4 * share, 15);
    expect(v.get('job:t:endOfLife')).toBeCloseTo(20 * share, 15);
    expect(v.get('job:t:moduleD')).toBeCloseTo(-80 * share, 15);
  });
  it('splits the life-cycle stages per year of the service life; they sum to the annualised footprint', () => {
    expect(v.get('stage.manufacturing')).toBeCloseTo((20 * share) / 2, 15);
    expect(v.get('stage.transport')).toBeCloseTo((4 * share) / 2, 15);
    expect(v.get('stage.endOfLife')).toBeCloseTo((20 * share) / 2, 15);
    expect(v.get('stage.use')).toBeCloseTo((100 * 0.4) / 2, 12);
    expect(v.get('moduleD.total')).toBeCloseTo(-80 * share, 15);
    const sum = ['manufacturing', 'transport', 'use', 'endOfLife'].reduce((a, k) => a + v.get(`stage.${k}`)!, 0);
    expect(sum).toBeCloseTo(v.get('annualized.total')!, 12);
    expect(assess(defineStudy(study)).lifeCycle!.transportKgCO2e).toBeCloseTo((4 * share) / 2, 15);
  });
  it('does the same in another category, with that category\'s factors', () => {
    // ADPe: made 2 × 1e-3, transport 2 × 0.02 × 1,000 × 2e-7 = 8e-6 kgSbeq
    expect(v.get('adpe.stage.transport')).toBeCloseTo((8e-6 * share) / 2, 20);
    expect(v.get('adpe.stage.manufacturing')).toBeCloseTo((2e-3 * share) / 2, 18);
    expect(v.get('adpe.job:t:embodied')).toBeCloseTo((2e-3 + 8e-6) * share, 18);
  });
  it('leaves a jobs server without transport or end of life as before: all its share is manufacturing', () => {
    const plain = valuesOf({ ...study, categories: undefined, servers: [{ ...study.servers[0], transport: undefined, endOfLife: undefined, components: [{ type: 'part', name: 'board', perUnit: '10 kgCO2e' }] }] });
    expect(plain.get('stage.transport')).toBe(0);
    expect(plain.get('stage.manufacturing')).toBeCloseTo((20 * share) / 2, 15);
    expect(plain.has('job:t:transport')).toBe(false);
  });
});

describe('transport and end of life of a job\'s accelerators, allocated with their embodied carbon', () => {
  // 8 accelerators of 2.5 kg, 150 kgCO2e each, flown 10,000 km at 0.6 kgCO2e/(t·km) and recycled at 1 kgCO2e/kg
  // with a 4 kgCO2e/kg credit: transport 8 × 0.0025 t × 10,000 × 0.6 = 120, end of life 8 × 2.5 × 1 = 20,
  // module D −8 × 2.5 × 4 = −80 kgCO2e; a 100 h run, time rule over 5 years × 8,760 h × 80 % = 35,040 h:
  // share 100 ÷ 35,040 (accelerators are counted whole: no host share)
  const runShare = 100 / 35_040;
  const job = (accelerator: object) => ({
    name: 'accelerators', functionalUnit: 'training-run', cloud: { gridIntensity: '0.4 kg/kWh', pue: 1 },
    model: { serviceLife: '1 year', jobs: [{ id: 't', hours: '100 h', allocation: { rule: 'time', lifetime: '5 years', utilization: 0.8 },
      accelerator: { name: 'gpu', count: 8, power: '500 W', embodied: '150 kgCO2e', ...accelerator } }] },
  });
  const life = { mass: '2.5 kg', transport: [{ mode: 'air', distance: '10000 km', factor: '0.6 kgCO2e/(t*km)' }], endOfLife: { treatment: 'recycling', factor: '1 kgCO2e/kg', credit: '4 kgCO2e/kg' } };
  it('charges the run its share of manufacturing, transport and end of life, each reported', () => {
    const v = valuesOf(job(life));
    expect(v.get('job:t:embodied')).toBeCloseTo((8 * 150 + 120 + 20) * runShare, 12);
    expect(v.get('job:t:transport')).toBeCloseTo(120 * runShare, 12);
    expect(v.get('job:t:endOfLife')).toBeCloseTo(20 * runShare, 12);
    expect(v.get('job:t:moduleD')).toBeCloseTo(-80 * runShare, 12);
    // a one-off training run over a 1-year service life: the stages per year are the run's
    expect(v.get('stage.transport')).toBeCloseTo(120 * runShare, 12);
    expect(v.get('stage.manufacturing')).toBeCloseTo(8 * 150 * runShare, 12);
    // use: 8 × 500 W × 100 h = 400 kWh × 0.4
    expect(v.get('stage.use')).toBeCloseTo(160, 9);
  });
  it('leaves the accelerators without them as before', () => {
    const v = valuesOf(job({}));
    expect(v.get('job:t:embodied')).toBeCloseTo(8 * 150 * runShare, 12);
    expect(v.has('job:t:transport')).toBe(false);
    expect(v.get('stage.transport')).toBe(0);
  });
  it('refuses them where nothing allocates the accelerators', () => {
    const raw = job(life) as { model: { jobs: Record<string, unknown>[] } };
    delete raw.model.jobs[0].allocation;
    const e = refusal(raw);
    expect(e.path).toBe('model.jobs[0].accelerator.transport');
    expect(e.fix).toContain('allocation');
  });
});
