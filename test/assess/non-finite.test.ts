import { describe, expect, it } from 'vitest';
import { assess, NonFiniteResultError } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

/** One server: 1 cm² logic die at 2 kgCO2e/cm², 100 W active and idle, half the time active, 0.5 kg/kWh, PUE 1. */
export function serverStudy(o: { lifetime?: string; dieArea?: string; count?: number; perUnit?: string; active?: string; idle?: string } = {}): unknown {
  const component = o.perUnit !== undefined ? { type: 'part', name: 'chassis', perUnit: o.perUnit } : { type: 'ic', name: 'CPU', technology: 'logic', dieArea: o.dieArea ?? '1 cm2', factor: '2 kgCO2e/cm2' };
  return {
    name: 'one server',
    servers: [{ name: 'box', lifetime: o.lifetime ?? '4 years', ...(o.count !== undefined ? { count: o.count } : {}), components: [component], power: { active: o.active ?? '100 W', idle: o.idle ?? '100 W' } }],
    workload: { utilization: 0.5 },
    cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
  };
}

function refused(raw: unknown): NonFiniteResultError {
  try {
    assess(defineStudy(raw));
  } catch (e) {
    if (e instanceof NonFiniteResultError) return e;
    throw e;
  }
  throw new Error('assess returned a result');
}

describe('assess refuses non-finite results, naming the input', () => {
  it('a lifetime of 5e-324 years (subnormal) makes embodied ÷ lifetime infinite: servers[0].lifetime is named', () => {
    const e = refused(serverStudy({ lifetime: '5e-324 years' }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.paths).toEqual(['servers[0].lifetime']);
    expect(e.message).toMatch(/^servers\[0\]\.lifetime makes a result that is not a finite number/);
    expect(e.message).toContain('5e-324 years');
    expect(e.message).toMatch(/annualised footprint = Infinity/);
  });

  it('a die area of 1e308 cm² × 2 kgCO2e/cm² overflows float64 (max 1.8e308): the die area is named', () => {
    const e = refused(serverStudy({ dieArea: '1e308 cm2' }));
    expect(e.paths).toEqual(['servers[0].components[0].dieArea']);
    expect(e.outputs.some((o) => o.startsWith('embodied (manufacturing), whole life = Infinity'))).toBe(true);
  });

  it('1e300 servers with a 1e10 cm² die: 1e300 × 1e10 × 2 kgCO2e/cm² = 2e310 kgCO2e overflows; the count is named', () => {
    const e = refused(serverStudy({ count: 1e300, dieArea: '1e10 cm2' }));
    expect(e.paths).toContain('servers[0].count');
    expect(e.paths[0]).toBe('servers[0].count'); // the most extreme first: 300 decades
  });

  it('a zero footprint has an undefined use-phase share with its reason, never NaN or null', () => {
    const r = assess(defineStudy(serverStudy({ perUnit: '0 kgCO2e', active: '0 W', idle: '0 W' })));
    expect(r.annualized.totalKgCO2e).toBe(0);
    expect(r.usePhaseShare).toEqual({ value: null, undefinedReason: 'footprint is zero' });
    const json = JSON.stringify(r);
    expect(json).toContain('"usePhaseShare":{"value":null,"undefinedReason":"footprint is zero"}');
    // no other null in the output: every number is finite
    expect(json.replace('"value":null,"undefinedReason"', '')).not.toMatch(/null/);
  });

  it('a plausible study passes: use-phase share = 438 ÷ (2 ÷ 4 + 438)', () => {
    const r = assess(defineStudy(serverStudy()));
    expect(r.usePhaseShare).toBeCloseTo(438 / 438.5, 12);
  });
});
