import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { evaluate } from '../../src/graph/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';

const rel = (actual: number, expected: number, tol = 1e-12) => expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300)).toBeLessThan(tol);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const cloud = { gridIntensity: '0.5 kg/kWh', pue: 1.5 };

function outputs(raw: unknown): Map<string, number> {
  const m = compileStudy(defineStudy(raw));
  const vals = evaluate(m.outputs.map((o) => o.expr), new Map(m.inputs.map((i) => [i.name, i.value])));
  return new Map(m.outputs.map((o, i) => [o.key, vals[i]]));
}

describe('compileStudy: the model element', () => {
  const study = {
    name: 'amortised',
    functionalUnit: { per: 'request', count: 1000 },
    cloud,
    model: {
      serviceLife: '2 years',
      jobs: [{ id: 'train', energy: '1000 kWh' }],
      inference: { requestsPerDay: 1000, energyPerRequest: '1 Wh' },
    },
  };

  it('compileStudy amortises one-off training over the service life and the requests it serves', () => {
    // training: 1000 kWh × PUE 1.5 × 0.5 kg/kWh = 750 kg, over 2 years = 375 kg/year
    // inference: 1000 × 365 requests × 0.001 kWh = 365 kWh/year × 1.5 × 0.5 = 273.75 kg/year
    const r = assess(defineStudy(study));
    const annual = 750 / 2 + 273.75; // 648.75 kg/year
    rel(r.annualized.totalKgCO2e, annual);
    rel(r.requestsPerYear!, 365000);
    rel(r.functionalUnit.value, (annual / 365000) * 1000); // 1.7774 kg per 1000 requests
    expect(r.functionalUnit.valueUnit).toBe('kgCO2e/1000 requests');
    rel(r.lifetime.totalKgCO2e, 750 + 2 * 273.75);
    // IT energy to the model element, overhead (PUE − 1) to the cloud element
    rel(r.byElement.model.operationalKgCO2e, (1000 * 0.5) / 2 + 365 * 0.5);
    rel(r.byElement.cloud.operationalKgCO2e, (1000 * 0.5 * 0.5) / 2 + 365 * 0.5 * 0.5);
    rel(r.jobs![0].perRunKgCO2e, 750);
  });

  it('compileStudy charges recurring jobs every year and repeats runs', () => {
    // retraining 4 × per year, 100 kWh each, PUE 1.5, 0.5 kg/kWh → 4 × 75 = 300 kg/year;
    // a 20-trial search of 10 kWh each → 20 × 7.5 = 150 kg once, 75 kg/year over 2 years
    const v = outputs({ ...study, functionalUnit: 'training-run', model: { serviceLife: '2 years', jobs: [{ id: 'search', phase: 'hyperparameter-search', runs: 20, energy: '10 kWh' }, { id: 're', phase: 'retraining', runsPerYear: 4, energy: '100 kWh' }] } });
    rel(v.get('job:re:total')!, 4 * 75 * 2);
    rel(v.get('job:search:total')!, 150);
    rel(v.get('annualized.total')!, 300 + 75);
    rel(v.get('functionalUnit')!, 150); // a training run counts the one-off jobs only
  });

  it('compileStudy allocates embodied carbon by time, energy or FLOPs (docs/allocation.md)', () => {
    // 8 accelerators, 300 W average, 400 W TDP, 100 kg each; 10 h; lifetime 4 years at 50 % utilisation
    const job = (rule: string, extra: object = {}) => ({
      name: rule,
      functionalUnit: 'training-run',
      cloud: { gridIntensity: 0, pue: 1 },
      model: { jobs: [{ id: 'j', accelerator: { count: 8, name: 'gpu', power: '300 W', tdp: '400 W', embodied: '100 kg' }, allocation: { rule, lifetime: '4 years', utilization: 0.5 }, hours: '10 h', ...extra }] },
    });
    const lifeHours = 4 * 8760 * 0.5; // 17,520 h
    rel(outputs(job('time')).get('job:j:embodied')!, 800 * (10 / lifeHours)); // 0.4566 kg
    rel(outputs(job('energy')).get('job:j:embodied')!, 800 * ((8 * 300 * 10) / (8 * 400 * lifeHours))); // 24 kWh of 56,064 kWh
    const flops = { hours: undefined, compute: { flops: 1e18, peakFlops: 1e14, efficiency: 0.5 } };
    rel(outputs(job('flops', flops)).get('job:j:embodied')!, 800 * (1e18 / (8 * 1e14 * lifeHours * 3600)));
    // the flops share is the time share × efficiency: 1e18 / (8 × 1e14 × 0.5) s = 2,500 s of run time
    rel(outputs(job('flops', flops)).get('job:j:embodied')!, 800 * ((2500 / 3600 / lifeHours) * 0.5));
  });

  it('compileStudy derives energy per request from throughput, tokens per second or batches', () => {
    // 2 accelerators × 300 W = 600 W; 10 requests/s → 60 J; 100 tokens at 2,000 tokens/s → 30 J; 8 per 0.4 s → 30 J
    const base = { name: 'inf', functionalUnit: 'request', cloud: { gridIntensity: '1 kg/kWh', pue: 1 } };
    const acc = { name: 'gpu', count: 2, power: '300 W' };
    const perRequest = (inference: object) => outputs({ ...base, model: { inference: { requestsPerYear: 1, ...inference } } }).get('inference.energyPerRequest')!;
    rel(perRequest({ accelerator: acc, requestsPerSecond: 10 }), 60 / 3.6e6);
    rel(perRequest({ accelerator: acc, tokensPerRequest: 100, tokensPerSecond: 2000 }), 30 / 3.6e6);
    rel(perRequest({ accelerator: acc, batchSize: 8, batchTime: '0.4 s' }), 30 / 3.6e6);
    rel(perRequest({ tokensPerRequest: 500, energyPerToken: '0.002 Wh' }), 1e-3);
  });

  it('compileStudy reports the Green Score of Yadav & Sasmal 2026 (accuracy % ÷ kgCO2e): BERT 90 % for 550 kg → 0.1636', () => {
    // seed 001, Table 1: BERT, 1,200 kWh, 550 kgCO2e, accuracy 90 %
    const r = assess(defineStudy({ name: 'BERT', functionalUnit: 'training-run', cloud: { gridIntensity: `${550 / 1200} kg/kWh`, pue: 1 }, model: { accuracy: 0.9, jobs: [{ id: 'bert', energy: '1200 kWh' }] } }));
    rel(r.functionalUnit.value, 550);
    rel(r.greenScore as number, 90 / 550);
  });
});

describe('compileStudy: the data element', () => {
  it('compileStudy charges storage energy, overhead and the drives\' embodied share, with dataset defaults', () => {
    // 10 TB × 3 copies = 30 TB on HDD for 2 years: 30 × 0.65 W/TB × 2 × 8,760 h = 341.64 kWh → 170.82 kWh/year (S = 2 years)
    // embodied 30,000 GB × 0.001334 kg/GB × 2 / 4 years = 20.01 kg → 10.005 kg/year
    const s = defineStudy({ name: 'store', cloud: { gridIntensity: '0.3 kg/kWh', pue: 1.2 }, model: { serviceLife: '2 years', inference: { requestsPerYear: 1, energyPerRequest: 0 } }, data: { storage: [{ technology: 'hdd', capacity: '10 TB', replication: 3 }] } });
    const r = assess(s);
    const kWhPerYear = (30 * 0.65 * 2 * 8760) / 1000 / 2;
    const storageOp = r.operational.components.find((c) => c.name === 'hdd storage')!;
    rel(storageOp.energyKWh!, kWhPerYear);
    rel(storageOp.kgCO2e, kWhPerYear * 0.3);
    rel(r.byElement.data.embodiedKgCO2e, (30000 * 0.001334 * 2) / 4 / 2, 1e-9);
    rel(r.byElement.cloud.operationalKgCO2e, kWhPerYear * 0.2 * 0.3);
    const power = s.params.find((p) => p.path === 'data.storage[0].powerPerTB')!;
    expect([power.value, power.status, power.source?.dataset?.name]).toEqual([0.65, 'dataset', 'ai-workloads']);
    const perGB = s.params.find((p) => p.path === 'data.storage[0].embodiedPerGB')!;
    expect(perGB.status).toBe('dataset');
    expect(perGB.distribution).toBeDefined(); // ACT's spread over three enterprise drives
  });

  it('compileStudy charges transfer by GB × energy per GB, once or every year, with an uncertain default', () => {
    // 1,000 GB/year over the core at 0.004 kWh/GB = 4 kWh/year; 500 GB once end-to-end at 0.06 = 30 kWh over 2 years
    const s = defineStudy({ name: 'move', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 }, model: { serviceLife: '2 years', inference: { requestsPerYear: 1, energyPerRequest: 0 } }, data: { transfer: [{ network: 'core', amountPerYear: '1 TB' }, { amount: '500 GB' }] } });
    const r = assess(s);
    rel(r.byElement.data.operationalKgCO2e, (4 + 30 / 2) * 0.5);
    const e = s.params.find((p) => p.path === 'data.transfer[1].energyPerGB')!;
    expect([e.value, e.status]).toEqual([0.06, 'dataset']);
    expect(e.distribution).toBeDefined();
  });
});

describe('assess keeps every total equal to the sum of its parts', () => {
  it('assess sums components and elements to the totals for a study with servers, jobs, inference and data', () => {
    const r = assess(
      defineStudy({
        name: 'everything',
        servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'p', perUnit: '400 kg' }], power: { active: '300 W', idle: '100 W' } }],
        workload: { utilization: 0.5 },
        cloud,
        model: { serviceLife: '3 years', jobs: [{ id: 't', accelerator: { name: 'gpu', count: 4, power: '250 W', embodied: '150 kg' }, host: { count: 1, power: '500 W' }, hours: '100 h', allocation: { utilization: 0.6 } }], inference: { requestsPerYear: 1e6, energyPerRequest: '0.5 Wh' } },
        data: { storage: [{ technology: 'ssd', capacity: '2 TB' }], transfer: [{ amountPerYear: '5 TB' }] },
      }),
    );
    rel(sum(r.embodied.components.map((c) => c.kgCO2e)), r.embodied.totalKgCO2e, 1e-12);
    rel(sum(r.operational.components.map((c) => c.kgCO2e)), r.operational.annualKgCO2e, 1e-12);
    rel(sum(Object.values(r.byElement).map((e) => e.totalKgCO2e)), r.annualized.totalKgCO2e, 1e-12);
    rel(sum(Object.values(r.byElement).map((e) => e.embodiedKgCO2e)), r.annualized.embodiedKgCO2e, 1e-12);
    rel(r.annualized.embodiedKgCO2e + r.annualized.operationalKgCO2e, r.annualized.totalKgCO2e, 1e-12);
    // server element unchanged by the work: 400/4 + (0.5·300 + 0.5·100) W × 8.76 kh × 0.5 kg/kWh
    rel(r.byElement.server.totalKgCO2e, 100 + 200 * 8.76 * 0.5);
  });
});

describe('compileStudy exposes the new fields as graph inputs', () => {
  it('compileStudy makes every new field a named input that the engines can draw', () => {
    const m = compileStudy(
      defineStudy({
        name: 'inputs',
        functionalUnit: 'request',
        cloud,
        model: { jobs: [{ id: 't', energy: '100 kWh', accelerator: { name: 'gpu', count: 2, embodied: '100 kg' }, hours: '10 h', allocation: { utilization: { dist: 'uniform', min: 0.4, max: 0.8 }, lifetime: '4 years' } }], inference: { requestsPerYear: 1000, energyPerRequest: '1 Wh' } },
        data: { transfer: [{ amountPerYear: '100 GB' }] },
      }),
    );
    const byName = new Map(m.inputs.map((i) => [i.name, i]));
    for (const name of ['model.jobs[0].energy', 'model.jobs[0].allocation.utilization', 'model.inference.requestsPerYear', 'data.transfer[0].energyPerGB', 'model.serviceLife']) expect(byName.has(name)).toBe(true);
    expect(byName.get('data.transfer[0].energyPerGB')!.distribution).toBeDefined();
    // doubling the utilisation halves the embodied share: 200 kg × 10 h ÷ (4 × 8,760 h × U)
    const embodied = m.outputs.find((o) => o.key === 'job:t:embodied')!.expr;
    const at = (u: number) => evaluate([embodied], new Map(m.inputs.map((i) => [i.name, i.name.endsWith('utilization') ? u : i.value])))[0];
    rel(at(0.4), (200 * 10) / (4 * 8760 * 0.4));
    rel(at(0.8), at(0.4) / 2);
  });
});
