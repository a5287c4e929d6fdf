import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { applyScenario } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';
import { carbonAwareLever, combineLevers, LEVERS, leverScenario } from '../../src/workloads/index.js';

const raw = () => ({
  name: 'levers',
  servers: [{ name: 'box', lifetime: '5 years', components: [{ type: 'part', name: 'p', perUnit: '500 kg' }], power: { active: '300 W', idle: '100 W' } }],
  workload: { utilization: 0.5 },
  cloud: { gridIntensity: '0.4 kg/kWh', pue: 1 },
  model: { jobs: [{ id: 'train', energy: '1000 kWh' }], inference: { requestsPerYear: 1e6, energyPerRequest: '1 Wh' } },
});

describe('leverScenario', () => {
  it('leverScenario sets an uncertain multiplier with its sources on every job and the inference', () => {
    const s = leverScenario(raw(), 'pruning');
    expect(Object.keys(s.set).sort()).toEqual(['model.inference.energyScale', 'model.jobs[0].energyScale']);
    const study = defineStudy(applyScenario(raw(), s));
    const p = study.params.find((q) => q.path === 'model.jobs[0].energyScale')!;
    expect(p.distribution).toBeDefined();
    expect(p.value).toBeCloseTo(0.6, 12); // the mean of U(0.5, 0.7)
    expect(p.source?.citation).toMatch(/30–50 %/);
    // operational: training 1000 kWh × 0.6 × 0.4 (one year of service) + inference 1000 kWh × 0.6 × 0.4
    const base = assess(defineStudy(raw()));
    const pruned = assess(study);
    expect(pruned.byElement.model.totalKgCO2e).toBeCloseTo(0.6 * base.byElement.model.totalKgCO2e, 9);
    expect(base.byElement.model.totalKgCO2e).toBeCloseTo(1000 * 0.4 + 1000 * 0.4, 9);
  });

  it('leverScenario multiplies an existing plain multiplier and refuses to scale a distribution', () => {
    const r = raw();
    (r.model.jobs[0] as Record<string, unknown>).energyScale = 0.5;
    expect(leverScenario(r, 'quantisation').set['model.jobs[0].energyScale']).toMatchObject({ min: 0.25, max: 0.35 });
    (r.model.jobs[0] as Record<string, unknown>).energyScale = { dist: 'uniform', min: 0.4, max: 0.6 };
    expect(() => leverScenario(r, 'quantisation')).toThrow(InputError);
  });

  it('leverScenario supplies renewable electricity, carbon-aware scheduling and longer hardware life', () => {
    const renewable = leverScenario(raw(), 'renewable-supply');
    expect(renewable.set['cloud.gridIntensity']).toMatchObject({ dist: 'uniform', min: 0.011, max: 0.05 });
    const scheduled = leverScenario(raw(), 'carbon-aware-scheduling');
    expect(Object.keys(scheduled.set)).toEqual(['model.jobs[0].carbonScale']); // serving is not deferrable
    const life = leverScenario(raw(), 'longer-hardware-life');
    expect(life.set['servers[0].lifetime']).toMatchObject({ min: 6, max: 7 });
    const a = assess(defineStudy(applyScenario(raw(), life)));
    // server embodied per year: 500 kg ÷ 6.5 years (the mean of U(6, 7)) instead of ÷ 5
    expect(a.byElement.server.embodiedKgCO2e).toBeCloseTo(500 / 6.5, 9);
    // a server without a lifetime has the library's default of 4 years (Boavizta, Cloud Carbon Footprint): 4 + U(1, 2)
    const r = raw() as Record<string, any>;
    delete r.servers[0].lifetime;
    expect(leverScenario(r, 'longer-hardware-life').set['servers[0].lifetime']).toMatchObject({ min: 4 + 1, max: 4 + 2 });
  });

  it('carbonAwareLever and combineLevers build scenarios from a schedule and from several levers', () => {
    expect(carbonAwareLever(raw(), 0.3).set['model.jobs[0].carbonScale']).toMatchObject({ value: 0.7 });
    const both = combineLevers('pruned on renewables', [leverScenario(raw(), 'pruning'), leverScenario(raw(), 'renewable-supply')]);
    expect(Object.keys(both.set)).toHaveLength(3);
    expect(() => combineLevers('x', [leverScenario(raw(), 'pruning'), leverScenario(raw(), 'quantisation')])).toThrow(/another lever/);
  });

  it('leverScenario refuses what it cannot change', () => {
    const bloom = JSON.parse(readFileSync('examples/bloom-training.json', 'utf8'));
    expect(() => leverScenario(bloom, 'pruning', { jobs: [], inference: false })).toThrow(/selects nothing/);
    const located = raw() as Record<string, any>;
    located.model.jobs[0].location = 'FR';
    expect(() => leverScenario(located, 'renewable-supply')).toThrow(/location/);
  });

  it('LEVERS gives every lever a range and at least one source', () => {
    for (const l of Object.values(LEVERS)) {
      expect(l.min).toBeLessThan(l.max);
      expect(l.sources.length).toBeGreaterThan(0);
    }
  });
});
