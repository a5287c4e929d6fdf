import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { boaviztaResult } from '../../src/export/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';
import { cli } from '../cli/helpers.js';
import { ADP, ANNUAL_KWH, GRID, GWP, LIFETIME_YEARS, PE, PSU } from '../fixtures/dell-r740-by-hand.js';

/**
 * The BoaviztAPI-shaped result of examples/dell-r740-boavizta.json against
 * the values derived by hand in test/fixtures/dell-r740-by-hand.ts, which
 * reproduce BoaviztAPI's published manufacture impacts of the same server.
 */

const DELL = 'examples/dell-r740-boavizta.json';
const rel = (a: number, b: number): number => Math.abs(a / b - 1);

describe('boaviztaResult', () => {
  it('the hand derivation reproduces BoaviztAPI\'s published R740 manufacture: 967.9 kgCO2eq, 0.1492 kgSbeq, 12,870 MJ', () => {
    expect(GWP.base).toBeCloseTo(967.9, 0);
    expect(ADP.base).toBeCloseTo(0.1492, 4);
    expect(rel(PE.base, 12_870)).toBeLessThan(0.001);
  });

  it('writes gwp, adp and pe with BoaviztAPI\'s units and descriptions; embedded over the life and use over the lifetime, at base', async () => {
    const r = await boaviztaResult(loadStudy(DELL), { samples: 20_000, seed: 3 });
    expect(Object.keys(r.impacts).sort()).toEqual(['adp', 'gwp', 'pe']);
    expect(r.impacts.gwp.unit).toBe('kgCO2eq');
    expect(r.impacts.adp.unit).toBe('kgSbeq');
    expect(r.impacts.pe.unit).toBe('MJ');
    expect(r.impacts.gwp.description).toBe('Total climate change');
    const lifeKWh = ANNUAL_KWH * LIFETIME_YEARS;
    for (const [key, hand, grid] of [['gwp', GWP, GRID.gwp], ['adp', ADP, GRID.adp], ['pe', PE, GRID.pe]] as const) {
      const c = r.impacts[key];
      expect(rel(c.embedded.value, hand.base), key).toBeLessThan(1e-12);
      expect(c.embedded.warnings).toEqual(['End of life is not included in the calculation']);
      if (c.use === 'not implemented') throw new Error('use missing');
      expect(rel(c.use.value, lifeKWh * grid), key).toBeLessThan(1e-12);
    }
  });

  it('min and max are the 2.5th and 97.5th percentiles: embedded varies with the power-supply mass only, uniform(1, 5) kg', async () => {
    const r = await boaviztaResult(loadStudy(DELL), { samples: 20_000, seed: 3 });
    const e = r.impacts.gwp.embedded;
    // embedded = fixed + 48.6 kg⁻¹ × mass; the mass's 2.5th percentile is 1 + 0.025 × 4 = 1.1 kg, its 97.5th 4.9 kg
    expect(rel(e.min, GWP.fixed + GWP.perPsuKg * (PSU.minKg + 0.025 * (PSU.maxKg - PSU.minKg)))).toBeLessThan(0.003);
    expect(rel(e.max, GWP.fixed + GWP.perPsuKg * (PSU.maxKg - 0.025 * (PSU.maxKg - PSU.minKg)))).toBeLessThan(0.003);
    if (r.impacts.gwp.use === 'not implemented') throw new Error('use missing');
    expect(r.impacts.gwp.use.min).toBeLessThan(r.impacts.gwp.use.value);
    expect(r.impacts.gwp.use.max).toBeGreaterThan(r.impacts.gwp.use.value);
    expect(r.ailca.interval).toContain('2.5th and 97.5th percentiles of 20000 Monte Carlo samples (seed 3');
  });

  it('verbose gives each component\'s units and its impacts per unit, manufacture only', async () => {
    const r = await boaviztaResult(loadStudy(DELL), { samples: 1000, seed: 1 });
    const cpu = r.verbose['CPU (2 × 24 cores × 24.5 mm²)-1'];
    expect(cpu.units).toEqual({ value: 2, status: 'INPUT', unit: 'none' });
    expect(cpu.impacts.gwp.embedded.value).toBeCloseTo(GWP.cpuUnit, 9);
    expect(cpu.impacts.gwp.embedded.min).toBeCloseTo(GWP.cpuUnit, 9); // nothing uncertain in a CPU
    expect(cpu.impacts.pe.embedded.value).toBeCloseTo(PE.cpuUnit, 9);
    expect(cpu.impacts.gwp.use).toBe('not implemented');
    expect(r.verbose['RAM (12 × 32 GB at 1.79 GB/cm²)-1'].impacts.adp.embedded.value).toBeCloseTo(ADP.ramUnit, 12);
    expect(Object.keys(r.verbose)).toHaveLength(7);
  });

  it('a study with nothing uncertain gets min = max = value and needs no samples', async () => {
    const r = await boaviztaResult(defineStudy({ name: 'fixed', servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'case', perUnit: '100 kgCO2e' }], power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
    // use: 100 W × 8760 h = 876 kWh/year × 0.5 kgCO2e/kWh × 4 years = 1752 kgCO2e
    expect(r.impacts.gwp.use).toEqual({ value: 1752, min: 1752, max: 1752 });
    expect(r.impacts.gwp.embedded).toMatchObject({ value: 100, min: 100, max: 100 });
    expect(r.ailca.interval).toBe('no input is uncertain: min and max equal the value');
    expect(Object.keys(r.impacts)).toEqual(['gwp']);
  });

  it('leaves out a category BoaviztAPI has no criterion for (water) and says so', async () => {
    const study = defineStudy({ name: 'w', functionalUnit: 'training-run', categories: ['water'],
      cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.2, wue: '0.5 L/kWh', impacts: { water: { gridIntensity: '2 L/kWh' } } },
      model: { jobs: [{ id: 't', energy: '100 kWh' }] } });
    const r = await boaviztaResult(study);
    expect(Object.keys(r.impacts)).toEqual(['gwp']);
    expect(r.ailca.leftOut).toEqual(['water: BoaviztAPI v1 server responses have no criterion for it']);
  });

  it('refuses a study with uncertain inputs without samples and seed', async () => {
    await expect(boaviztaResult(loadStudy(DELL))).rejects.toThrow(InputError);
  });
});

describe('ailca assess --format boavizta', () => {
  it('prints the response-shaped JSON, with --samples and --seed', async () => {
    const { code, stdout, stderr } = await cli('assess', DELL, '--format', 'boavizta', '--samples', '2000', '--seed', '5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { impacts: { gwp: { embedded: { value: number } } }; ailca: { interval: string } };
    expect(rel(r.impacts.gwp.embedded.value, GWP.base)).toBeLessThan(1e-12);
    expect(r.ailca.interval).toContain('2000 Monte Carlo samples (seed 5');
  });

  it('refuses --samples without --format boavizta', async () => {
    const { code, stderr } = await cli('assess', DELL, '--samples', '2000');
    expect(code).toBe(2);
    expect(stderr).toContain('--samples');
  });
});
