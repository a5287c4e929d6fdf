import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { boaviztaUsageFragment } from '../../src/measurements/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';
import { cli } from '../cli/helpers.js';
import { inputError } from './helpers.js';

const USAGE = 'examples/measurements/boavizta-usage-r740.json';

describe('boaviztaUsageFragment', () => {
  it('converts BoaviztAPI\'s conventions explicitly: trigram → alpha-2, percent → fraction, ratio → hours, hours → lifetime', () => {
    const r = boaviztaUsageFragment({ usage: { usage_location: 'DEU', time_workload: 35, use_time_ratio: 0.5, hours_life_time: 26_280 } }, 'u.json');
    const s = r.study as { cloud: { location: string }; workload: { utilization: { value: number }; hoursPerYear: { value: string } }; servers: { lifetime: { value: string } }[] };
    expect(s.cloud.location).toBe('DE');
    expect(s.workload.utilization.value).toBe(0.35);
    expect(s.workload.hoursPerYear.value).toBe('4380 h'); // 0.5 × 8760 h
    expect(s.servers[0].lifetime.value).toBe('26280 h'); // 3 years of 8760 h
    expect(r.notes).toContain('time_workload 35 % → workload.utilization 0.35');
  });

  it('maps BoaviztAPI\'s region trigrams EEE and WOR to ailca\'s EU and WORLD rows', () => {
    expect((boaviztaUsageFragment({ usage_location: 'EEE' }, 'f').study.cloud as { location: string }).location).toBe('EU');
    expect((boaviztaUsageFragment({ usage_location: 'WOR' }, 'f').study.cloud as { location: string }).location).toBe('WORLD');
  });

  it('avg_power becomes a constant draw; durations of use are listed as not imported', () => {
    const r = boaviztaUsageFragment({ avg_power: 250, days_use_time: 3, other_consumption_ratio: 0.33 }, 'f');
    const power = (r.study.servers as { power: { active: { value: string }; idle: { value: string } } }[])[0].power;
    expect([power.active.value, power.idle.value]).toEqual(['250 W', '250 W']);
    expect(r.notes).toContain('days_use_time not imported: ailca reports per year and over the lifetime, not over a duration of use');
    expect(r.notes).toContain('other_consumption_ratio not imported: no ailca counterpart');
  });

  it('refuses a workload above 100 %, a load profile and an unknown trigram; reads 0.5 as 0.5 %, never as 50 %', () => {
    const fail = (u: unknown) => inputError(() => boaviztaUsageFragment(u, 'f'));
    expect(fail({ time_workload: 150 }).path).toBe('usage.time_workload');
    expect(fail({ time_workload: [{ time_percentage: 50, load_percentage: 0 }] }).problem).toBe('is a load profile');
    expect(fail({ usage_location: 'XXX' }).path).toBe('usage.usage_location');
    // a name an object inherits is not a region: refused, not read off Object.prototype
    expect(fail({ usage_location: 'constructor' }).path).toBe('usage.usage_location');
    // 0.5 is read as 0.5 %, never reinterpreted as 50 %
    expect((boaviztaUsageFragment({ time_workload: 0.5 }, 'f').study.workload as { utilization: { value: number } }).utilization.value).toBe(0.005);
  });

  it('the R740 usage merged into examples/dell-r740-boavizta.json gives the operational footprint derived by hand', () => {
    const frag = boaviztaUsageFragment(JSON.parse(readFileSync(USAGE, 'utf8')) as unknown, USAGE).study as Record<string, Record<string, unknown> & unknown[]>;
    const dell = loadStudyFile('examples/dell-r740-boavizta.json').raw as Record<string, unknown> & { servers: Record<string, unknown>[]; cloud: Record<string, unknown> };
    const server = { ...dell.servers[0], ...(frag.servers as unknown as Record<string, unknown>[])[0] };
    const merged = { ...dell, servers: [server], workload: frag.workload, cloud: { ...frag.cloud, pue: 1.5 } };
    const a = assess(defineStudy(merged));
    // IT power 120 W + 0.5 × (350 − 120) W = 235 W; × 8760 h = 2058.6 kWh; × PUE 1.5 × 0.38 kgCO2e/kWh (Boavizta EEE)
    expect(a.operational.annualKgCO2e).toBeCloseTo(2058.6 * 1.5 * 0.38, 9);
    // lifetime 35,040 h = 4 years: embodied 967.87 kgCO2e ÷ 4
    expect(a.annualized.embodiedKgCO2e).toBeCloseTo(a.embodied.totalKgCO2e / 4, 9);
    const pe = a.impacts?.find((c) => c.category === 'pe')?.figures.find((f) => f.key === 'operational.annual');
    expect(pe?.value).toBeCloseTo(2058.6 * 1.5 * 12.873, 6);
  });
});

describe('ailca import boavizta-usage', () => {
  it('writes the fragment to stdout and each conversion to stderr', async () => {
    const r = await cli('import', 'boavizta-usage', USAGE);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { cloud: { location: string }; categories: string[] };
    expect(s.cloud.location).toBe('EU');
    expect(s.categories).toEqual(['adpe', 'pe']);
    expect(r.stderr).toContain('usage_location EEE → cloud.location EU (BoaviztAPI region trigram)');
    expect(r.stderr).toContain('years_use_time not imported');
  });
});
