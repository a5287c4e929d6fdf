import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { matchLoadIntensity, parseIntensitySeries, parseLoadSeries } from '../../src/datasets/index.js';
import { InputError } from '../../src/errors/index.js';
import { compileStudy } from '../../src/study/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { runMonteCarlo } from '../../src/mc/index.js';
import { evaluate } from '../../src/graph/index.js';

// Four hours of grid by hand [g/kWh]: 400 (the dirty hour), 200, 100, 300 → mean 250 g/kWh.
// The job's load peaks at the dirty hour: 4, 2, 1, 1 kWh → 8 kWh.
// Matched: 4 × 0.4 + 2 × 0.2 + 1 × 0.1 + 1 × 0.3 = 1.6 + 0.4 + 0.1 + 0.3 = 2.4 kg
// Mean-based: 8 kWh × 0.25 = 2.0 kg, so matching adds 0.4 kg; energy-weighted intensity 2.4 ÷ 8 = 0.3.
const dir = mkdtempSync(join(tmpdir(), 'ailca-load-'));
const GRID = 'timestamp,gCO2e_per_kWh\n2024-06-01T00:00Z,400\n2024-06-01T01:00Z,200\n2024-06-01T02:00Z,100\n2024-06-01T03:00Z,300\n';
writeFileSync(join(dir, 'grid.csv'), GRID);
writeFileSync(join(dir, 'load.csv'), 'timestamp,kWh\n2024-06-01T00:00Z,4\n2024-06-01T01:00Z,2\n2024-06-01T02:00Z,1\n2024-06-01T03:00Z,1\n');
writeFileSync(join(dir, 'load-kw.csv'), 'timestamp,kW\n2024-06-01T00:00Z,4\n2024-06-01T01:00Z,2\n2024-06-01T02:00Z,1\n2024-06-01T03:00Z,1\n');
writeFileSync(join(dir, 'late.csv'), 'timestamp,kWh\n2024-06-01T02:00Z,1\n2024-06-01T03:00Z,1\n2024-06-01T04:00Z,1\n');
writeFileSync(join(dir, 'half.csv'), 'timestamp,kWh\n2024-06-01T00:30Z,1\n2024-06-01T01:30Z,1\n');
let n = 0;
const study = (job: Record<string, unknown>, gridIntensity: unknown = { series: 'grid.csv' }, pue = 1) => {
  n += 1;
  const f = join(dir, `study${n}.json`);
  writeFileSync(f, JSON.stringify({ name: 'load', functionalUnit: 'training-run', cloud: { gridIntensity, pue }, model: { jobs: [{ id: 't', ...job }] } }));
  return loadStudy(f);
};

describe('matchLoadIntensity: a load matched hour by hour to the grid', () => {
  it('matchLoadIntensity gives Σ E_h × CI_h = 2.4 kg, 0.4 kg above 8 kWh × mean 0.25', () => {
    const m = matchLoadIntensity(parseLoadSeries('timestamp,kWh\n2024-06-01T00:00Z,4\n2024-06-01T01:00Z,2\n2024-06-01T02:00Z,1\n2024-06-01T03:00Z,1\n', 'l.csv'), parseIntensitySeries(GRID, 'g.csv'));
    expect(m.energyKWh).toBe(8);
    expect(m.kgCO2e).toBeCloseTo(2.4, 12);
    expect(m.meanIntensity).toBeCloseTo(0.25, 12);
    expect(m.weightedIntensity).toBeCloseTo(0.3, 12);
    expect(m.covarianceKgCO2e).toBeCloseTo(0.4, 12);
  });

  it('matchLoadIntensity takes a load inside a longer grid, and a grid finer than the load', () => {
    // hours 02–04 of the grid: 1 × 0.1 + 1 × 0.3 = 0.4 kg; a grid of half-hours 0.4, 0.2 under one 2 kWh hour: 2 × 0.3
    const late = matchLoadIntensity(parseLoadSeries('timestamp,kWh\n2024-06-01T02:00Z,1\n2024-06-01T03:00Z,1\n', 'l.csv'), parseIntensitySeries(GRID, 'g.csv'));
    expect(late.kgCO2e).toBeCloseTo(0.4, 12);
    expect(late.meanIntensity).toBeCloseTo(0.2, 12);
    const fine = parseIntensitySeries('timestamp,kgCO2e_per_kWh\n2024-06-01T00:00Z,0.4\n2024-06-01T00:30Z,0.2\n2024-06-01T01:00Z,0.2\n2024-06-01T01:30Z,0.2\n', 'g.csv');
    expect(matchLoadIntensity(parseLoadSeries('timestamp,kWh\n2024-06-01T00:00Z,2\n2024-06-01T01:00Z,0\n', 'l.csv'), fine).kgCO2e).toBeCloseTo(2 * 0.3, 12);
  });

  it('parseLoadSeries refuses a value column named like an inherited object property', () => {
    expect(() => parseLoadSeries('timestamp,constructor\n2024-06-01T00:00Z,1\n2024-06-01T01:00Z,1\n', 'l.csv')).toThrow(/not a load-series header/);
    expect(() => parseIntensitySeries('timestamp,toString\n2024-06-01T00:00Z,1\n2024-06-01T01:00Z,1\n', 'g.csv')).toThrow(/header/);
  });

  it('parseLoadSeries turns a power series into energy: kW × the interval hours', () => {
    expect(Array.from(parseLoadSeries('timestamp,W\n2024-06-01T00:00Z,500\n2024-06-01T00:30Z,1000\n', 'l.csv').kWh)).toEqual([0.25, 0.5]);
  });
});

describe('loadStudy with a job loadSeries and a grid-intensity series', () => {
  it('assess charges Σ E_h × CI_h × PUE, not ΣE × mean(CI), and reports the 0.4 kg difference', () => {
    const r = assess(study({ loadSeries: { series: 'load.csv' } }, { series: 'grid.csv' }, 1.5));
    const job = r.jobs![0];
    expect(job.itEnergyKWh).toBeCloseTo(8, 12);
    expect(job.operationalKgCO2e).toBeCloseTo(2.4 * 1.5, 12); // 3.6 kg; the mean-based figure would be 3.0
    expect(job.hourlyMatching).toEqual({ series: 'load.csv', weightedIntensity: expect.closeTo(0.3, 12), meanIntensity: expect.closeTo(0.25, 12), covarianceKgCO2e: expect.closeTo(0.4, 12) });
    expect(r.functionalUnit.value).toBeCloseTo(3.6, 12);
  });

  it('loadStudy reads a power series the same as the energy series over whole hours', () => {
    expect(assess(study({ loadSeries: { series: 'load-kw.csv' } })).jobs![0].operationalKgCO2e).toBeCloseTo(2.4, 12);
  });

  it('loadStudy with a constant grid charges ΣE × CI and reports no matching', () => {
    const job = assess(study({ loadSeries: { series: 'load.csv' } }, '0.25 kg/kWh')).jobs![0];
    expect(job.operationalKgCO2e).toBeCloseTo(8 * 0.25, 12);
    expect(job.hourlyMatching).toBeUndefined();
  });

  it('compileStudy makes the matched intensity and the energy fixed inputs; Monte Carlo gives the constant 2.4 kg', async () => {
    const s = study({ loadSeries: { series: 'load.csv' } });
    const inputs = compileStudy(s).inputs;
    const grid = inputs.find((i) => i.name === 'model.jobs[0].loadSeries.gridIntensity')!;
    expect(grid.value).toBeCloseTo(0.3, 12);
    expect(grid.distribution).toBeUndefined();
    expect(inputs.find((i) => i.name === 'model.jobs[0].loadSeries')!.value).toBe(8);
    const mc = await runMonteCarlo(s, { samples: 64, seed: 1, backend: 'js', outputs: ['job:t:operational'] });
    expect(mc.outputs[0].constant).toBe(true);
    expect(mc.outputs[0].deterministic).toBeCloseTo(2.4, 12);
  });

  it('loadStudy refuses a load the grid does not cover or is misaligned with, naming both ranges, and a load given twice', () => {
    const refused = (f: () => unknown): InputError => {
      try { f(); } catch (e) { expect(e).toBeInstanceOf(InputError); return e as InputError; }
      throw new Error('accepted');
    };
    const late = refused(() => study({ loadSeries: { series: 'late.csv' } }));
    expect(late.path).toBe('model.jobs[0].loadSeries.series');
    expect(late.message).toMatch(/does not lie inside the grid series: got "late\.csv: 2024-06-01T02:00:00\.000Z to 2024-06-01T05:00:00\.000Z"; expected a load inside the grid-intensity series grid\.csv, which runs 2024-06-01T00:00:00\.000Z to 2024-06-01T04:00:00\.000Z/);
    const half = refused(() => study({ loadSeries: { series: 'half.csv' } }));
    expect(half.message).toMatch(/misaligned with the grid series: got "2024-06-01T00:30:00\.000Z, a boundary of half\.csv: 2024-06-01T00:30:00\.000Z to 2024-06-01T02:30:00\.000Z"/);
    expect(half.message).toMatch(/grid\.csv, which runs 2024-06-01T00:00:00\.000Z to 2024-06-01T04:00:00\.000Z/);
    expect(refused(() => study({ loadSeries: { series: 'load.csv' }, energy: '8 kWh' })).message).toMatch(/counts the energy twice/);
    expect(refused(() => study({ loadSeries: { series: 'load.csv' }, accelerator: { name: 'gpu', count: 1, power: '300 W' } })).message).toMatch(/accelerator/);
  });
});

describe('examples/hourly-load.json', () => {
  it('assess gives the hand-derived 2.4 kg for the four-hour worked example and reports the 0.4 kg matching adds', () => {
    const r = assess(loadStudy('examples/hourly-load.json'));
    expect(r.functionalUnit.value).toBeCloseTo(4 * 0.4 + 2 * 0.2 + 1 * 0.1 + 1 * 0.3, 12);
    expect(r.jobs![0].hourlyMatching!.covarianceKgCO2e).toBeCloseTo(2.4 - 8 * 0.25, 12);
  });
});

describe('loadStudy: a load series gives the run its duration', () => {
  it('assess takes the series span, 4 h, as the duration of one run, so the time allocation rule works without hours', () => {
    const r = assess(study({ loadSeries: { series: 'load.csv' }, accelerator: { name: 'gpu', count: 1, embodied: '150 kg' }, allocation: { rule: 'time', lifetime: '4 years', utilization: 1 } }));
    expect(r.jobs![0].hours).toBe(4);
    expect(r.jobs![0].embodiedKgCO2e).toBeCloseTo((150 * 4) / (4 * 8760), 12);
  });
  it('assess keeps the hours the job gives', () => {
    expect(assess(study({ loadSeries: { series: 'load.csv' }, hours: '5 h' })).jobs![0].hours).toBe(5);
  });
});

describe('loadStudy: other impact categories of a matched load', () => {
  it('compileStudy charges the water of the load at the grid\'s per-kWh factor, not matched: 8 kWh × (2 L/kWh + 0.5 L/kWh on site)', () => {
    n += 1;
    const f = join(dir, `study${n}.json`);
    writeFileSync(f, JSON.stringify({ name: 'water', functionalUnit: 'training-run', categories: ['water'], cloud: { gridIntensity: { series: 'grid.csv' }, pue: 1, wue: '0.5 L/kWh', impacts: { water: { gridIntensity: '2 L/kWh' } } }, model: { jobs: [{ id: 't', loadSeries: { series: 'load.csv' } }] } }));
    const m = compileStudy(loadStudy(f));
    const o = m.outputs.find((x) => x.key === 'water.job:t:operational')!;
    expect(o).toBeDefined();
    expect(evaluate([o.expr], new Map(m.inputs.map((i) => [i.name, i.value])))[0]).toBeCloseTo(8 * (2 + 0.5), 12); // the matched 0.3 kg/kWh would give 8 × 0.3 in kg, not L
  });
});
