import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/mc/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';
import { valuesOf, refusal } from './helpers.js';



// 3 servers, a CPU of 10 cm² × 2 kgCO2e/cm² = 20 kgCO2e each, 4 years; 200 W all year at 0.5 kgCO2e/kWh, PUE 1
const server = (extra: Record<string, unknown>) => ({
  name: 'transport', functionalUnit: 'year',
  servers: [{ id: 'box', name: 'box', count: 3, lifetime: '4 years', components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '10 cm2', factor: '2 kgCO2e/cm2' }], power: { active: '200 W', idle: '200 W' }, ...extra }],
  workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
});

describe('transport to the data centre: servers × mass [t] × distance [km] × factor [kgCO2e/(t·km)]', () => {
  const legs = { mass: '30 kg', transport: [{ mode: 'ship', distance: '18000 km', factor: '0.015 kgCO2e/(t*km)' }, { mode: 'truck', distance: '600 km', mass: '40 kg', factor: '120 g/(t km)' }] };
  it('charges each leg as embodied, with the server\'s mass as the default', () => {
    const v = valuesOf(server(legs));
    const ship = 3 * (30 / 1000) * 18_000 * 0.015; // 3 × 0.03 t × 18,000 km × 0.015 = 24.3 kgCO2e
    const truck = 3 * (40 / 1000) * 600 * 0.12; // 3 × 0.04 t × 600 km × 0.12 = 8.64 kgCO2e
    expect(v.get('embodied:box:transport:0')).toBeCloseTo(ship, 12);
    expect(v.get('embodied:box:transport:1')).toBeCloseTo(truck, 12);
    expect(v.get('embodied.total')).toBeCloseTo(60 + ship + truck, 12);
  });
  it('annualises it over the lifetime into stage.transport, and the stages sum to the annualised total', () => {
    const v = valuesOf(server(legs));
    const transportPerYear = (24.3 + 8.64) / 4; // 8.235 kgCO2e/year
    const use = 3 * 200 * 8760 / 1000 * 0.5; // 2,628 kgCO2e/year
    expect(v.get('stage.transport')).toBeCloseTo(transportPerYear, 12);
    expect(v.get('stage.manufacturing')).toBeCloseTo(60 / 4, 12);
    expect(v.get('stage.use')).toBeCloseTo(use, 9);
    expect(v.get('stage.endOfLife')).toBe(0);
    expect(v.get('annualized.total')).toBeCloseTo(15 + transportPerYear + use, 9);
    expect(v.get('stage.manufacturing')! + v.get('stage.transport')! + v.get('stage.use')! + v.get('stage.endOfLife')!).toBeCloseTo(v.get('annualized.total')!, 9);
    // over the lifetime: embodied (transport included) + use × 4 years
    expect(v.get('lifetime.total')).toBeCloseTo(60 + 24.3 + 8.64 + use * 4, 9);
    expect(v.get('functionalUnit')).toBeCloseTo(v.get('annualized.total')!, 12);
  });
  it('takes the mode\'s factor from the bundled transport-factors dataset, with its source and range', () => {
    const study = defineStudy(server({ mass: '30 kg', transport: [{ mode: 'truck', distance: '1000 km' }] }));
    const f = study.servers[0].transport![0].factor;
    expect(f.value).toBe(0.14993); // Defra 2012, Table 7e, all HGVs
    expect(f.status).toBe('dataset');
    expect(f.source?.citation).toContain('Table 7e');
    expect(f.distribution).toMatchObject({ min: 0.12366, max: 0.14993 });
    expect(valuesOf(server({ mass: '30 kg', transport: [{ mode: 'truck', distance: '1000 km' }] })).get('embodied:box:transport:0')).toBeCloseTo(3 * 0.03 * 1000 * 0.14993, 12);
  });
  it('samples the dataset\'s range in the Monte Carlo: the transport stage stays between direct-only and well-to-wheel', async () => {
    const study = defineStudy({ ...server({ mass: '30 kg', transport: [{ mode: 'truck', distance: '1000 km' }] }), cloud: { gridIntensity: 0, pue: 1 } });
    const mc = await runMonteCarlo(study, { samples: 2000, seed: 3, backend: 'js', outputs: ['stage.transport', 'annualized.total'] });
    const stage = mc.outputs.find((o) => o.key === 'stage.transport')!.summary;
    const perTkm = (3 * 0.03 * 1000) / 4; // 22.5 t·km per year of the lifetime
    expect(stage.min).toBeGreaterThanOrEqual(perTkm * 0.12366 - 1e-12);
    expect(stage.max).toBeLessThanOrEqual(perTkm * 0.14993 + 1e-12);
    // triangular (a + m + b) ÷ 3 with the mode at the top: (0.12366 + 2 × 0.14993) ÷ 3 = 0.14117 kgCO2e/(t·km)
    expect(stage.mean / perTkm).toBeCloseTo((0.12366 + 2 * 0.14993) / 3, 3);
    const total = mc.outputs.find((o) => o.key === 'annualized.total')!.summary;
    expect(total.mean).toBeCloseTo(60 / 4 + stage.mean, 9); // no use-phase carbon on a zero grid
  });
  it('leaves a study without transport exactly as before: stage.transport 0, the same total', () => {
    const v = valuesOf(server({}));
    expect(v.get('stage.transport')).toBe(0);
    expect(v.get('embodied.total')).toBe(60);
    expect([...v.keys()].some((k) => k.includes(':transport:'))).toBe(false);
  });
});

describe('transport in other impact categories, through the lens', () => {
  it('an adpe factor on the leg gives an adpe transport figure', () => {
    const v = valuesOf({ ...server({ mass: '30 kg', transport: [{ mode: 'rail', distance: '500 km', factor: '0.03 kgCO2e/(t*km)', impacts: { adpe: { factor: '2e-7 kgSbeq/(t*km)' } } }] }), categories: ['adpe'] });
    expect(v.get('adpe.embodied:box:transport:0')).toBeCloseTo(3 * 0.03 * 500 * 2e-7, 20); // 9e-6 kgSbeq
    expect(v.get('adpe.stage.transport')).toBeCloseTo((3 * 0.03 * 500 * 2e-7) / 4, 20);
  });
  it('a leg without an adpe factor is reported not covered, never 0', () => {
    const model = compileStudy(defineStudy({ ...server({ mass: '30 kg', transport: [{ mode: 'rail', distance: '500 km' }] }), categories: ['adpe'] }));
    const adpe = model.categories.find((c) => c.category === 'adpe')!;
    expect(adpe.outputs).not.toContain('adpe.stage.transport');
    expect(adpe.notCovered.find((n) => n.key === 'stage.transport')?.missing).toEqual(['servers[0].transport[0].factor']);
    expect(adpe.missingFactors).toContainEqual({ path: 'servers[0].transport[0].factor', dataset: 'transport-factors 1.0.0' });
  });
  it('refuses an adpe factor written in kgCO2e', () => {
    const e = refusal(server({ mass: '30 kg', transport: [{ mode: 'rail', distance: '500 km', impacts: { adpe: { factor: '0.03 kgCO2e/(t*km)' } } }] }));
    expect(e.path).toBe('servers[0].transport[0].impacts.adpe.factor');
  });
});

describe('bad transport input is refused with field, value, range and fix', () => {
  it('an unknown mode', () => {
    const e = refusal(server({ mass: '30 kg', transport: [{ mode: 'lorry', distance: '500 km' }] }));
    expect(e.path).toBe('servers[0].transport[0].mode');
    expect(e.received).toBe('lorry');
    expect(e.expected).toBe('one of truck, ship, air, rail');
    expect(e.fix).toContain('"truck"');
  });
  it('no mass on the leg and none on the server', () => {
    const e = refusal(server({ transport: [{ mode: 'air', distance: '9000 km' }] }));
    expect(e.path).toBe('servers[0].transport[0].mass');
    expect(e.fix).toContain('servers[0].mass');
  });
  it('a negative or zero distance, and a distance in the wrong unit', () => {
    const zero = refusal(server({ mass: '30 kg', transport: [{ mode: 'air', distance: '0 km' }] }));
    expect(zero.path).toBe('servers[0].transport[0].distance');
    expect(zero.fix).toContain('1200 km');
    const unit = refusal(server({ mass: '30 kg', transport: [{ mode: 'air', distance: '9000 kg' }] }));
    expect(unit.path).toBe('servers[0].transport[0].distance');
  });
  it('a misspelt field, with the schema\'s fields', () => {
    const e = refusal(server({ mass: '30 kg', transport: [{ mode: 'air', distance: '9000 km', distanse: 1 }] }));
    expect(e.path).toBe('servers[0].transport[0].distanse');
  });
  it('warns of a leg longer than half the Earth\'s circumference', () => {
    expect(defineStudy(server({ mass: '30 kg', transport: [{ mode: 'ship', distance: '90000 km' }] })).warnings.join(' ')).toContain('servers[0].transport[0].distance');
  });
});
