import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';
import { valuesOf, refusal } from './helpers.js';



// 2 servers of 25 kg, a CPU of 5 cm² × 2 kgCO2e/cm² = 10 kgCO2e each, a 3 kg power supply (2 per server), 5 years
const server = (endOfLife: unknown, extra: Record<string, unknown> = {}) => ({
  name: 'end of life', functionalUnit: 'year',
  servers: [{
    id: 'box', name: 'box', count: 2, lifetime: '5 years', mass: '25 kg',
    components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '5 cm2', factor: '2 kgCO2e/cm2' }, { type: 'part', name: 'PSU', count: 2, mass: '3 kg', massFactor: '10 kgCO2e/kg' }],
    power: { active: '100 W', idle: '100 W' }, endOfLife, ...extra,
  }],
  workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.4 kg/kWh', pue: 1 },
});
const made = 2 * 10 + 2 * 2 * 3 * 10; // CPUs 20 + PSUs 120 = 140 kgCO2e
const use = 2 * 100 * 8760 / 1000 * 0.4; // 700.8 kgCO2e/year

describe('end of life: servers × units × mass [kg] × treatment factor [kgCO2e/kg], in the footprint', () => {
  it('charges the treatment of whole servers and of named parts, with the part\'s mass and count', () => {
    const v = valuesOf(server([{ treatment: 'recycling', factor: '0.2 kgCO2e/kg' }, { treatment: 'incineration', part: 'PSU', factor: '1.5 kgCO2e/kg' }]));
    const whole = 2 * 25 * 0.2; // 10 kgCO2e
    const psus = 2 * 2 * 3 * 1.5; // 2 servers × 2 PSUs × 3 kg × 1.5 = 18 kgCO2e
    expect(v.get('embodied:box:endOfLife:0')).toBeCloseTo(whole, 12);
    expect(v.get('embodied:box:endOfLife:1')).toBeCloseTo(psus, 12);
    expect(v.get('embodied.total')).toBeCloseTo(made + whole + psus, 12);
    expect(v.get('stage.endOfLife')).toBeCloseTo((whole + psus) / 5, 12);
    expect(v.get('stage.manufacturing')).toBeCloseTo(made / 5, 12);
    expect(v.get('annualized.total')).toBeCloseTo((made + whole + psus) / 5 + use, 9);
    expect(v.get('lifetime.total')).toBeCloseTo(made + whole + psus + use * 5, 9);
  });
  it('defaults recycling to Boavizta\'s 1.5062 kgCO2e/kg, reported as a default with its source', () => {
    const study = defineStudy(server({ treatment: 'recycling' }));
    const f = study.servers[0].endOfLife![0].factor;
    expect(f).toMatchObject({ value: 1.5062, status: 'default' });
    expect(f.source?.citation).toContain('Boavizta');
    expect(valuesOf(server({ treatment: 'recycling' })).get('embodied:box:endOfLife:0')).toBeCloseTo(2 * 25 * 1.5062, 12); // 75.31
  });
  it('with the default, takes the same source\'s adpe and pe factors in the categories listed (its own where given)', () => {
    const v = valuesOf({ ...server({ treatment: 'recycling', impacts: { pe: { factor: '10 MJ/kg' } } }), categories: ['adpe', 'pe', 'water'] });
    expect(v.get('adpe.embodied:box:endOfLife:0')).toBeCloseTo(2 * 25 * 3.714e-6, 18); // 1.857e-4 kgSbeq
    expect(v.get('pe.embodied:box:endOfLife:0')).toBeCloseTo(2 * 25 * 10, 12); // the study's own 10 MJ/kg, not 22.348
    expect(v.has('water.embodied:box:endOfLife:0')).toBe(false); // no water default: not covered
    const study = defineStudy({ ...server({ treatment: 'recycling' }), categories: ['pe'] });
    expect(study.params.find((p) => p.path === 'servers[0].endOfLife.impacts.pe.factor')).toMatchObject({ value: 22.348, status: 'default', unit: 'MJ/kg' });
  });
});

describe('module D: recycling benefits beyond the system boundary, never in a total', () => {
  const withCredit = server({ treatment: 'recycling', factor: '0.2 kgCO2e/kg', credit: '3 kgCO2e/kg' });
  it('reports the credit apart, negative, per server group and in all', () => {
    const v = valuesOf(withCredit);
    expect(v.get('moduleD:box')).toBeCloseTo(-(2 * 25 * 3), 12); // −150 kgCO2e
    expect(v.get('moduleD.total')).toBeCloseTo(-150, 12);
    expect(v.get('embodied.total')).toBeCloseTo(made + 10, 12);
  });
  it('the assessment lists the treatment with the components and module D nowhere in them', () => {
    const a = assess(defineStudy(withCredit));
    expect(a.embodied.components.map((c) => c.name)).toContain('end of life: recycling (box)');
    expect(a.embodied.components.reduce((s, c) => s + c.kgCO2e, 0)).toBeCloseTo(a.embodied.totalKgCO2e, 9);
    expect(a.embodied.components.some((c) => c.kgCO2e < 0)).toBe(false);
  });
  it('totals do not depend on the credit (property)', () => {
    const base = valuesOf(server({ treatment: 'recycling', factor: '0.2 kgCO2e/kg' }));
    const totals = ['embodied.total', 'annualized.total', 'annualized.embodied', 'lifetime.total', 'functionalUnit', 'stage.endOfLife', 'stage.manufacturing', 'element.server.annualized'];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (credit) => {
        const v = valuesOf(server({ treatment: 'recycling', factor: '0.2 kgCO2e/kg', credit }));
        for (const k of totals) expect(v.get(k)).toBe(base.get(k));
        expect(v.get('moduleD.total')).toBeCloseTo(-(2 * 25 * credit), 9);
      }),
      { numRuns: 40 },
    );
  });
  it('is 0 where no entry gives a credit', () => {
    expect(valuesOf(server({ treatment: 'landfill', factor: '0.05 kgCO2e/kg' })).get('moduleD.total')).toBe(0);
  });
});

describe('end of life in other impact categories, through the lens', () => {
  it('pe factors on the entry give pe figures for the treatment and module D', () => {
    const v = valuesOf({ ...server({ treatment: 'recycling', factor: '0.2 kgCO2e/kg', credit: '3 kgCO2e/kg', impacts: { pe: { factor: '4 MJ/kg', credit: '40 MJ/kg' } } }), categories: ['pe'] });
    expect(v.get('pe.embodied:box:endOfLife:0')).toBeCloseTo(2 * 25 * 4, 12); // 200 MJ
    expect(v.get('pe.moduleD.total')).toBeCloseTo(-(2 * 25 * 40), 12); // −2,000 MJ
    expect(v.get('pe.stage.endOfLife')).toBeCloseTo(200 / 5, 12);
  });
  it('a missing category factor → the figures that need it are not covered', () => {
    const model = compileStudy(defineStudy({ ...server({ treatment: 'recycling', credit: '3 kgCO2e/kg' }), categories: ['water'] }));
    const water = model.categories.find((c) => c.category === 'water')!;
    expect(water.notCovered.find((n) => n.key === 'stage.endOfLife')?.missing).toEqual(['servers[0].endOfLife.factor']);
    expect(water.notCovered.find((n) => n.key === 'moduleD.total')?.missing).toEqual(['servers[0].endOfLife.credit']);
    expect(water.outputs).not.toContain('water.moduleD.total');
  });
});

describe('bad end-of-life input is refused with field, value, range and fix', () => {
  it('an unknown treatment', () => {
    const e = refusal(server({ treatment: 'composting' }));
    expect(e.path).toBe('servers[0].endOfLife.treatment');
    expect(e.received).toBe('composting');
    expect(e.expected).toBe('one of recycling, landfill, incineration');
  });
  it('landfill or incineration without a factor (no default)', () => {
    const e = refusal(server({ treatment: 'landfill' }));
    expect(e.path).toBe('servers[0].endOfLife.factor');
    expect(e.fix).toContain('source');
  });
  it('a part that names no component', () => {
    const e = refusal(server({ treatment: 'recycling', part: 'GPU' }));
    expect(e.path).toBe('servers[0].endOfLife.part');
    expect(e.expected).toContain('CPU, PSU');
  });
  it('no mass anywhere', () => {
    const raw = server({ treatment: 'recycling' }) as { servers: Record<string, unknown>[] };
    delete raw.servers[0].mass;
    const e = refusal(raw);
    expect(e.path).toBe('servers[0].endOfLife.mass');
    expect(e.fix).toContain('servers[0].mass');
    // a part without a mass of its own
    const cpu = refusal(server({ treatment: 'recycling', part: 'CPU' }));
    expect(cpu.path).toBe('servers[0].endOfLife.mass');
  });
  it('a negative credit, and a factor in kgSbeq', () => {
    expect(refusal(server({ treatment: 'recycling', credit: '-1 kgCO2e/kg' })).path).toBe('servers[0].endOfLife.credit');
    expect(refusal(server({ treatment: 'recycling', factor: '1 kgSbeq/kg' })).path).toBe('servers[0].endOfLife.factor');
  });
  it('reuse on a jobs server, whose embodied impact the jobs\' allocation lifetime spreads', () => {
    const e = refusal({ name: 'j', functionalUnit: 'training-run', cloud: { gridIntensity: 0.4, pue: 1 },
      servers: [{ id: 'n', name: 'n', use: 'jobs', mass: '20 kg', components: [{ type: 'part', name: 'p', perUnit: '10 kgCO2e' }], reuse: { rule: 'equal', life: 'first', firstLife: '4 years', secondLife: '2 years' } }],
      model: { jobs: [{ id: 't', server: 'n', energy: '1 kWh', hours: '1 h' }] } });
    expect(e.path).toBe('servers[0].reuse');
    expect(e.fix).toContain('standing');
  });
});

describe('the assessment lists the stages and module D apart', () => {
  it('gives a lifeCycle block only to a study that declares transport, end of life or reuse', () => {
    const a = assess(defineStudy(server({ treatment: 'recycling', factor: '0.2 kgCO2e/kg', credit: '3 kgCO2e/kg' })));
    expect(a.lifeCycle).toMatchObject({ transportKgCO2e: 0, moduleDKgCO2e: -150 });
    expect(a.lifeCycle!.endOfLifeKgCO2e).toBeCloseTo(10 / 5, 12); // 2 × 25 kg × 0.2 ÷ 5 years
    const l = a.lifeCycle!;
    expect(l.manufacturingKgCO2e + l.transportKgCO2e + l.useKgCO2e + l.endOfLifeKgCO2e).toBeCloseTo(a.annualized.totalKgCO2e, 9);
    const raw = server(undefined) as { servers: Record<string, unknown>[] };
    delete raw.servers[0].endOfLife;
    expect(assess(defineStudy(raw)).lifeCycle).toBeUndefined();
  });
});
