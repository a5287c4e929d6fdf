import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

describe('the same value rules wherever a value enters', () => {
  it('refuses a part mass written in kgCO2e (a mass needs a mass unit)', () => {
    const e = refusal((s) => s.servers[0].components.push({ type: 'part', name: 'chassis', mass: '2 kgCO2e', massFactor: '3 kgCO2e/kg' }));
    expect(e).toBeInstanceOf(UnitError);
    expect(e.path).toBe('servers[0].components[4].mass');
    expect(e.received).toBe('2 kgCO2e');
  });

  it('warns on an implausible active power given as a list of steps, as it does for a single value', () => {
    // idle 0.5 W: with the example's 200 W idle, an active 0.7 W is refused (idle above active)
    const single = xeon();
    single.servers[0].power.active = 0.7;
    single.servers[0].power.idle = 0.5;
    expect(defineStudy(single).warnings.some((w) => w.startsWith('servers[0].power.active'))).toBe(true);
    const steps = xeon();
    steps.servers[0].power.active = [{ name: 'CPU', power: 0.7 }];
    steps.servers[0].power.idle = 0.5;
    const w = defineStudy(steps).warnings.filter((x) => x.startsWith('servers[0].power.active'));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('0.7 W');
    // the example's steps (350 W + 205 W) are plausible: no warning
    expect(defineStudy(xeon()).warnings.some((x) => x.startsWith('servers[0].power.active'))).toBe(false);
  });
});

describe('dataset lookups report the field the user wrote', () => {
  it('reports an unknown process at components[i].process with close matches', () => {
    const e = refusal((s) => (s.servers[0].components[0].process = 'Intel 8'));
    expect(e.path).toBe('servers[0].components[0].process');
    expect(e.received).toBe('Intel 8');
    expect(e.fix).toContain('"Intel 7"');
  });

  it('reports a year without data at cloud.year, listing the years, with a fix a study file can express', () => {
    const e = refusal((s) => (s.cloud.year = 2031));
    expect(e.path).toBe('cloud.year');
    expect(e.received).toBe(2031);
    expect(e.expected).toContain('2022');
    expect(e.fix).not.toContain('nearest');
    expect(e.fix).toContain('"year"');
  });

  it('still reports an unknown location at cloud.location', () => {
    expect(refusal((s) => (s.cloud.location = 'Atlantis')).path).toBe('cloud.location');
  });
});

describe('host power plausibility', () => {
  it('warns on a host power that reads like kW written as W, and not on the published examples', () => {
    const raw = JSON.parse(readFileSync('examples/llm-serving-year.json', 'utf8'));
    expect(defineStudy(raw).warnings.some((w) => w.includes('.host.power'))).toBe(false);
    const job = raw.model.jobs.find((j: any) => j.host !== undefined);
    job.host.power = 0.7;
    expect(defineStudy(raw).warnings.some((w) => w.includes('.host.power = 0.7 W'))).toBe(true);
    const bloom = JSON.parse(readFileSync('examples/bloom-training.json', 'utf8'));
    expect(defineStudy(bloom).warnings.some((w) => w.includes('.host.power'))).toBe(false);
  });
});
