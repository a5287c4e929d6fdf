import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../src/scenarios/index.js';
import { leverScenario } from '../../src/workloads/index.js';
import { valuesOf, refusal } from './helpers.js';



// one server: a part of 700 kgCO2e, 20 kg carried 1,000 km at 0.1 kgCO2e/(t·km) = 2 kgCO2e, recycled 20 kg × 1 kgCO2e/kg = 20 kgCO2e;
// 100 W all year at 0 kgCO2e/kg (no use-phase carbon, so the totals are the embodied part)
const reused = (reuse: Record<string, unknown>) => ({
  name: 'reuse', functionalUnit: 'year',
  servers: [{
    id: 'box', name: 'box', mass: '20 kg', components: [{ type: 'part', name: 'server', perUnit: '700 kgCO2e' }],
    transport: [{ mode: 'truck', distance: '1000 km', factor: '0.1 kgCO2e/(t*km)' }],
    endOfLife: { treatment: 'recycling', factor: '1 kgCO2e/kg', credit: '2 kgCO2e/kg' },
    power: { active: '100 W', idle: '100 W' }, reuse,
  }],
  workload: { utilization: 0.5 }, cloud: { gridIntensity: 0, pue: 1 },
});

describe('reuse: the embodied impact split between two lives, the study assessing one', () => {
  it('cut-off: the first life bears manufacturing and transport, the second the end of life and the refurbishment', () => {
    const first = valuesOf(reused({ rule: 'cut-off', firstLife: '4 years', secondLife: '3 years', refurbishment: '15 kgCO2e' }));
    expect(first.get('embodied.total')).toBeCloseTo(700 + 2, 12); // no treatment, no refurbishment in the first life
    expect(first.get('annualized.total')).toBeCloseTo(702 / 4, 12); // over the first life's 4 years
    expect(first.get('moduleD.total')).toBe(0);
    const second = valuesOf(reused({ rule: 'cut-off', firstLife: '4 years', secondLife: '3 years', refurbishment: '15 kgCO2e', life: 'second' }));
    expect(second.get('embodied:box:0')).toBe(0);
    expect(second.get('embodied:box:refurbishment')).toBe(15);
    expect(second.get('embodied.total')).toBeCloseTo(15 + 20, 12); // refurbishment + treatment
    expect(second.get('annualized.total')).toBeCloseTo(35 / 3, 12); // over the second life's 3 years
    expect(second.get('stage.manufacturing')).toBeCloseTo(15 / 3, 12);
    expect(second.get('stage.endOfLife')).toBeCloseTo(20 / 3, 12);
    expect(second.get('moduleD.total')).toBeCloseTo(-40, 12); // −20 kg × 2 kgCO2e/kg, apart
  });
  it('service-years: by years of each life, 4/7 and 3/7, the two lives adding up to the whole', () => {
    const first = valuesOf(reused({ rule: 'service-years', firstLife: '4 years', secondLife: '3 years' }));
    const second = valuesOf(reused({ rule: 'service-years', firstLife: '4 years', secondLife: '3 years', life: 'second' }));
    expect(first.get('embodied.total')).toBeCloseTo((722 * 4) / 7, 12); // 412.571… kgCO2e
    expect(second.get('embodied.total')).toBeCloseTo((722 * 3) / 7, 12); // 309.428… kgCO2e
    expect(first.get('embodied.total')! + second.get('embodied.total')!).toBeCloseTo(722, 12);
    // per year the same in both lives: 722 ÷ 7 years = 103.142… kgCO2e/year
    expect(first.get('annualized.total')).toBeCloseTo(722 / 7, 12);
    expect(second.get('annualized.total')).toBeCloseTo(722 / 7, 12);
    expect(second.get('moduleD.total')).toBeCloseTo((-40 * 3) / 7, 12);
  });
  it('equal: half to each life', () => {
    const second = valuesOf(reused({ rule: 'equal', firstLife: '4 years', secondLife: '3 years', life: 'second', refurbishment: '15 kgCO2e' }));
    expect(second.get('embodied.total')).toBeCloseTo(722 / 2 + 15, 12); // 376 kgCO2e
    expect(second.get('annualized.total')).toBeCloseTo(376 / 3, 12);
    expect(second.get('stage.transport')).toBeCloseTo(1 / 3, 12); // 2 kgCO2e ÷ 2 over 3 years
  });
  it('the refurbishment in other categories, through the lens', () => {
    const v = valuesOf({ ...reused({ rule: 'cut-off', firstLife: '4 years', secondLife: '3 years', life: 'second', refurbishment: '15 kgCO2e', impacts: { pe: { refurbishment: '300 MJ' } } }), categories: ['pe'] });
    expect(v.get('pe.embodied:box:refurbishment')).toBe(300);
    expect(v.has('pe.embodied.total')).toBe(false); // the part, transport and treatment have no pe factor: not covered
  });
  it('the longer-hardware-life lever extends the life assessed', () => {
    const raw = reused({ rule: 'service-years', firstLife: '4 years', secondLife: '3 years', life: 'second' });
    const lever = leverScenario(raw, 'longer-hardware-life');
    expect(lever.set['servers[0].reuse.secondLife']).toMatchObject({ min: 4, max: 5 }); // 3 + U(1, 2) years
    expect(lever.set['servers[0].lifetime']).toBeUndefined();
    const longer = applyScenario(raw, { ...lever, set: { 'servers[0].reuse.secondLife': '5 years' } });
    const v = valuesOf(longer);
    expect(v.get('embodied.total')).toBeCloseTo((722 * 5) / 9, 12); // the second life now 5 of 9 years
    expect(v.get('annualized.total')).toBeCloseTo(722 / 9, 12);
  });
});

describe('bad reuse input is refused with field, value, range and fix', () => {
  it('an unknown rule', () => {
    const e = refusal(reused({ rule: 'economic', firstLife: '4 years', secondLife: '3 years' }));
    expect(e.path).toBe('servers[0].reuse.rule');
    expect(e.expected).toBe('one of cut-off, service-years, equal');
    expect(e.fix).toContain('50/50');
  });
  it('an unknown life, a missing or zero life, a lifetime beside reuse', () => {
    expect(refusal(reused({ rule: 'equal', firstLife: '4 years', secondLife: '3 years', life: 'third' })).path).toBe('servers[0].reuse.life');
    expect(refusal(reused({ rule: 'equal', firstLife: '4 years' })).path).toBe('servers[0].reuse.secondLife');
    const zero = refusal(reused({ rule: 'equal', firstLife: '4 years', secondLife: '0 years' }));
    expect(zero.path).toBe('servers[0].reuse.secondLife');
    expect(zero.fix).toContain('3 years');
    const raw = reused({ rule: 'equal', firstLife: '4 years', secondLife: '3 years' }) as { servers: Record<string, unknown>[] };
    raw.servers[0].lifetime = '5 years';
    const twice = refusal(raw);
    expect(twice.path).toBe('servers[0].lifetime');
    expect(twice.fix).toContain('servers[0].reuse.life');
  });
});
