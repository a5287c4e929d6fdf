import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { InputError, UnitError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

const xeon = (): any => JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));

function refusal(mutate: (s: any) => void): InputError {
  const raw = xeon();
  mutate(raw);
  try {
    defineStudy(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('the study was accepted');
}

describe('defineStudy refuses bad input with path, value, range and fix', () => {
  it('defineStudy refuses a zero or negative lifetime', () => {
    const e = refusal((s) => (s.servers[0].lifetime = 0));
    expect(e.path).toBe('servers[0].lifetime');
    expect(e.message).toMatch(/got 0; expected a finite number > 0 years/);
    expect(refusal((s) => (s.servers[0].lifetime = '-2 years')).message).toMatch(/got -2/);
  });

  it('defineStudy refuses a utilisation given in percent', () => {
    const e = refusal((s) => (s.workload.utilization = 75));
    expect(e.path).toBe('workload.utilization');
    expect(e.message).toMatch(/got 75.*\[0, 1\].*did you mean 0\.75\?/);
  });

  it('defineStudy refuses NaN and Infinity', () => {
    expect(refusal((s) => (s.workload.utilization = NaN)).message).toMatch(/workload\.utilization must be finite: got NaN/);
    expect(refusal((s) => (s.servers[0].components[0].dieArea = Infinity)).message).toMatch(/dieArea must be finite: got Infinity/);
  });

  it('defineStudy refuses a power with a wrong unit', () => {
    const e = refusal((s) => (s.servers[0].power.idle = '200 kWh'));
    expect(e).toBeInstanceOf(UnitError);
    expect(e.path).toBe('servers[0].power.idle');
    expect(e.message).toMatch(/"200 kWh".*power in W/);
  });

  it('defineStudy refuses an idle power above the active power (active and idle swapped)', () => {
    // Table I server with the two swapped: active 200 W, idle 555 W. Accepted, it gave
    // 0.75 × 200 + 0.25 × 555 = 288.75 W instead of 0.75 × 555 + 0.25 × 200 = 466.25 W:
    // 2,529.45 instead of 4,084.35 kWh/year, 38 % low, with no warning.
    const e = refusal((s) => {
      s.servers[0].power = { active: '200 W', idle: '555 W' };
    });
    expect(e.path).toBe('servers[0].power.idle');
    expect(e.message).toMatch(/greater than the active power: got 555; expected a power in \[0, 200\] W/);
    expect(e.message).toMatch(/swapped/);
    // active given as steps: 350 W + 1,024 × 0.2 W = 554.8 W, idle 600 W
    const steps = refusal((s) => {
      s.servers[0].power.active = [{ name: 'CPU', power: '350 W' }, { name: 'DRAM die', power: '0.2 W', count: 1024 }];
      s.servers[0].power.idle = '600 W';
    });
    expect(steps.message).toMatch(/got 600; expected a power in \[0, 554\.8\] W/);
    // idle equal to active is a constant draw, accepted
    const raw = xeon();
    raw.servers[0].power = { active: '555 W', idle: '555 W' };
    expect(assess(defineStudy(raw)).operational.annualEnergyKWh).toBeCloseTo((555 * 8760) / 1000, 9);
  });

  it('defineStudy refuses an unknown technology and an unknown location', () => {
    const t = refusal((s) => (s.servers[0].components[0].technology = 'cmos'));
    expect(t.path).toBe('servers[0].components[0].technology');
    expect(t.message).toMatch(/"cmos".*logic, dram, nand, hbm, other/);
    const l = refusal((s) => (s.cloud.location = 'Atlantis'));
    expect(l.path).toBe('cloud.location');
    expect(l.message).toMatch(/"Atlantis"/);
  });

  it('defineStudy never falls back to a default grid', () => {
    const e = refusal((s) => {
      delete s.cloud.location;
      delete s.cloud.year;
    });
    expect(e.path).toBe('cloud.gridIntensity');
    expect(e.message).toMatch(/never falls back to a world average/);
  });

  it('defineStudy refuses an empty bill of materials and zero counts', () => {
    expect(refusal((s) => (s.servers[0].components = [])).message).toMatch(/servers\[0\]\.components is empty/);
    expect(refusal((s) => (s.servers[0].components[1].count = 0)).message).toMatch(/count is out of range: got 0/);
    expect(refusal((s) => (s.servers = [])).message).toMatch(/servers is empty/);
  });

  it('defineStudy refuses misspelt fields with a suggestion', () => {
    const e = refusal((s) => {
      s.workload.utilisation = s.workload.utilization;
      delete s.workload.utilization;
    });
    expect(e.path).toBe('workload.utilisation');
    expect(e.message).toMatch(/did you mean "utilization"\?/);
  });

  it('defineStudy warns about a grid intensity written in g/kWh as a bare number', () => {
    const raw = xeon();
    raw.cloud = { gridIntensity: 400, pue: 1 };
    const s = defineStudy(raw);
    expect(s.warnings.join('\n')).toMatch(/cloud\.gridIntensity = 400.*400 g\/kWh/);
  });

  it('defineStudy never mutates its input', () => {
    const raw = xeon();
    const before = JSON.stringify(raw);
    const deepFreeze = (o: any): any => {
      Object.values(o).forEach((v) => typeof v === 'object' && v !== null && deepFreeze(v));
      return Object.freeze(o);
    };
    assess(defineStudy(deepFreeze(raw)));
    expect(JSON.stringify(raw)).toBe(before);
  });
});

describe('assess properties', () => {
  const withChange = (mutate: (s: any) => void) => {
    const raw = xeon();
    mutate(raw);
    return assess(defineStudy(raw));
  };
  const base = withChange(() => {});

  it('assess: halving hours per year halves operational carbon', () => {
    const half = withChange((s) => (s.workload.hoursPerYear = '4380 h'));
    expect(half.operational.annualKgCO2e * 2).toBeCloseTo(base.operational.annualKgCO2e, 9);
    expect(half.embodied.totalKgCO2e).toBe(base.embodied.totalKgCO2e);
  });

  it('assess: embodied per year scales as 1/lifetime', () => {
    for (const years of [1, 2.5, 7]) {
      const r = withChange((s) => (s.servers[0].lifetime = `${years} years`));
      expect(r.annualized.embodiedKgCO2e * years).toBeCloseTo(base.embodied.totalKgCO2e, 9);
    }
  });

  it('assess: totals equal the sum of their parts', () => {
    const r = withChange((s) => (s.cloud.pue = 1.4));
    const sum = (xs: readonly { kgCO2e: number }[]) => xs.reduce((a, c) => a + c.kgCO2e, 0);
    expect(sum(r.embodied.components)).toBeCloseTo(r.embodied.totalKgCO2e, 9);
    expect(sum(r.operational.components)).toBeCloseTo(r.operational.annualKgCO2e, 9);
    const elements = Object.values(r.byElement).reduce((a, e) => a + e.totalKgCO2e, 0);
    expect(elements).toBeCloseTo(r.annualized.totalKgCO2e, 9);
    // PUE 1.4: overhead = 0.4 × IT energy, charged to the cloud element
    expect(r.byElement.cloud.operationalKgCO2e).toBeCloseTo(0.4 * base.operational.annualKgCO2e, 9);
    expect(r.operational.annualEnergyKWh).toBeCloseTo(1.4 * base.operational.annualEnergyKWh, 9);
  });

  it('assess: two identical servers double everything', () => {
    const r = withChange((s) => (s.servers[0].count = 2));
    expect(r.annualized.totalKgCO2e).toBeCloseTo(2 * base.annualized.totalKgCO2e, 9);
  });
});
