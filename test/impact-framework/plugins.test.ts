import type { PluginInterface } from '@grnsft/if-core/types/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { AilcaEmbodied, AilcaOperational, kgToGrams, SECONDS_PER_YEAR } from '../../src/impact-framework/index.js';

/**
 * The plugins in process. Expected values are derived by hand from the
 * study's inputs and the rows of the bundled datasets (cited beside each).
 */

/** A small server: 2 ICs of 5 cm² at 2 kgCO2e/cm² + a 100 kgCO2e part = 120 kgCO2e, over 4 years. */
function smallStudy(part: unknown = '100 kgCO2e'): Record<string, unknown> {
  return {
    name: 'small',
    servers: [{
      name: 'box', lifetime: '4 years',
      components: [
        { type: 'ic', name: 'CPU', technology: 'logic', count: 2, dieArea: '5 cm2', factor: '2 kgCO2e/cm2' },
        { type: 'part', name: 'case', perUnit: part },
      ],
      power: { active: '300 W', idle: '100 W' },
    }],
    workload: { utilization: 0.5 },
    cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.2 },
  };
}

const refusal = async (f: () => unknown): Promise<InputError> => {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
};

describe('units', () => {
  it('kgToGrams multiplies by 1000 and SECONDS_PER_YEAR is 8760 h of 3600 s', () => {
    expect(kgToGrams(0.25)).toBe(250);
    expect(SECONDS_PER_YEAR).toBe(31_536_000);
  });
});

describe('AilcaEmbodied', () => {
  it('is an Impact Framework plugin (if-core PluginInterface) with carbon-embodied in gCO2e in its metadata', () => {
    const plugin: PluginInterface = AilcaEmbodied({ study: smallStudy() });
    expect(plugin.metadata.outputs?.['carbon-embodied']?.unit).toBe('gCO2e');
    expect(plugin.metadata.inputs?.duration?.unit).toBe('seconds');
  });

  it('amortises the study\'s embodied carbon over the observation: 120 kg ÷ 4 years, one day, half the hardware', async () => {
    const [out] = await AilcaEmbodied({ study: smallStudy() }).execute([{ timestamp: '2024-01-01T00:00:00Z', duration: 86_400, 'usage-ratio': 0.5 }]);
    // 2 × 5 cm² × 2 kg/cm² + 100 kg = 120 kgCO2e; ÷ 4 years = 30 kgCO2e/year = 30,000 g/year;
    // one day is 1/365 of ailca's 8760-h year; half of it
    expect(out['carbon-embodied']).toBeCloseTo((30_000 / 365) * 0.5, 9);
    expect(out.timestamp).toBe('2024-01-01T00:00:00Z');
    expect(out['carbon-embodied-mean']).toBeUndefined();
  });

  it('without usage-ratio takes the whole hardware (IF SciEmbodied\'s convention); the mapping renames inputs and outputs', async () => {
    const [a] = await AilcaEmbodied({ study: smallStudy() }).execute([{ duration: 3600 }]);
    expect(a['carbon-embodied']).toBeCloseTo(30_000 / 8760, 9);
    const [b] = await AilcaEmbodied({ study: smallStudy() }, undefined, { duration: 'secs', 'carbon-embodied': 'embodied-g' }).execute([{ secs: 7200 }]);
    expect(b['embodied-g']).toBeCloseTo(2 * 30_000 / 8760, 9);
    expect(b['carbon-embodied']).toBeUndefined();
  });

  it('reads a study file relative to the working directory, as the same study inline', async () => {
    const obs = [{ duration: SECONDS_PER_YEAR }];
    const [file] = await AilcaEmbodied({ study: 'examples/xeon-8468.json' }).execute(obs);
    const [inline] = await AilcaEmbodied({ study: JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8')) as unknown }).execute(obs);
    expect(file['carbon-embodied']).toBe(inline['carbon-embodied']);
    expect(file['carbon-embodied'] as number).toBeGreaterThan(0);
  });

  it('with uncertainty adds the Monte Carlo mean and percentiles, scaled like the base value', async () => {
    // the part is uniform(50, 150) kgCO2e: annual = (20 + X) / 4 kgCO2e/year; mean 30,
    // p5 = (20 + 55) / 4 = 18.75, p95 = (20 + 145) / 4 = 41.25; one year of observation
    const plugin = AilcaEmbodied({ study: smallStudy({ dist: 'uniform', min: '50 kgCO2e', max: '150 kgCO2e' }), uncertainty: { samples: 20_000, seed: 11 } });
    const [out] = await plugin.execute([{ duration: SECONDS_PER_YEAR }]);
    expect(out['carbon-embodied']).toBeCloseTo(30_000, 6); // the base is the mean of the uniform
    expect(out['carbon-embodied-mean'] as number).toBeGreaterThan(30_000 * 0.99);
    expect(out['carbon-embodied-mean'] as number).toBeLessThan(30_000 * 1.01);
    expect(Math.abs((out['carbon-embodied-p5'] as number) / 18_750 - 1)).toBeLessThan(0.01);
    expect(Math.abs((out['carbon-embodied-p95'] as number) / 41_250 - 1)).toBeLessThan(0.01);
    // a second observation of half the length reads the same run, halved
    const [half] = await plugin.execute([{ duration: SECONDS_PER_YEAR / 2 }]);
    expect(half['carbon-embodied-p95']).toBeCloseTo((out['carbon-embodied-p95'] as number) / 2, 6);
  });

  it('names the percentiles it is asked for (ailca\'s keys: p2.5, p97.5)', async () => {
    const [out] = await AilcaEmbodied({ study: smallStudy({ dist: 'uniform', min: '50 kgCO2e', max: '150 kgCO2e' }), uncertainty: { samples: 1000, seed: 1, percentiles: [2.5, 97.5] } }).execute([{ duration: 60 }]);
    expect(Object.keys(out).filter((k) => k.startsWith('carbon-embodied')).sort()).toEqual(['carbon-embodied', 'carbon-embodied-mean', 'carbon-embodied-p2.5', 'carbon-embodied-p97.5']);
    // the metadata names them too: percentiles add over time (one run, scaled), not over components
    const meta = AilcaEmbodied({ study: smallStudy(), uncertainty: { samples: 10, seed: 1, percentiles: [2.5, 97.5] } }).metadata.outputs;
    expect(meta['carbon-embodied-p97.5']['aggregation-method']).toEqual({ time: 'sum', component: 'none' });
    expect(meta['carbon-embodied-mean'].unit).toBe('gCO2e');
  });

  it('refuses a missing study, an unknown config field, an unseeded run, a missing duration and a usage-ratio above 1', async () => {
    expect((await refusal(() => AilcaEmbodied({}))).path).toBe('AilcaEmbodied.config.study');
    expect((await refusal(() => AilcaEmbodied({ study: smallStudy(), lifetime: 3 }))).path).toBe('AilcaEmbodied.config.lifetime');
    expect((await refusal(() => AilcaEmbodied({ study: smallStudy(), uncertainty: { samples: 100 } }))).path).toBe('AilcaEmbodied.config.uncertainty.seed');
    const p = AilcaEmbodied({ study: smallStudy() });
    expect((await refusal(() => p.execute([{ energy: 1 }]))).path).toBe('inputs[0].duration');
    expect((await refusal(() => p.execute([{ duration: 60, 'usage-ratio': 1.5 }]))).path).toBe('inputs[0].usage-ratio');
  });
});

describe('AilcaOperational', () => {
  it('is an Impact Framework plugin with carbon-operational in gCO2e', () => {
    const plugin: PluginInterface = AilcaOperational({ location: 'FR', year: 2019, pue: 1.2 });
    expect(plugin.metadata.outputs?.['carbon-operational']?.unit).toBe('gCO2e');
  });

  it('energy × PUE × grid intensity, in grams: FR 2019 and the industry PUE of 2022', async () => {
    // grid-intensity countries.csv: FR 2019 0.098 kgCO2e/kWh (Scarlat et al. 2022 via Boavizta);
    // pue.csv: industry 2022 1.55 (Uptime Institute 2022)
    const plugin = AilcaOperational({ location: 'FR', year: 2019, pue: 'industry', 'pue-year': 2022 });
    const [a, b] = await plugin.execute([{ duration: 3600, energy: 0.3 }, { duration: 1800, power: 400 }]);
    expect(a['carbon-operational']).toBeCloseTo(0.3 * 1.55 * 0.098 * 1000, 9);
    expect(a['ailca/grid-intensity']).toBeCloseTo(98, 9);
    expect(a['ailca/pue']).toBe(1.55);
    // 400 W for half an hour = 0.2 kWh
    expect(b['carbon-operational']).toBeCloseTo(0.2 * 1.55 * 0.098 * 1000, 9);
  });

  it('takes a numeric PUE and the Clemm et al. German grid of 2022 (0.4 kgCO2e/kWh)', async () => {
    const [out] = await AilcaOperational({ location: 'DE', year: 2022, pue: 1 }).execute([{ duration: 3600, energy: 5 }]);
    expect(out['carbon-operational']).toBeCloseTo(5 * 0.4 * 1000, 9);
  });

  it('refuses both or neither of energy and power, power without duration, a missing PUE, a PUE below 1 and an unknown location', async () => {
    const p = AilcaOperational({ location: 'FR', year: 2019, pue: 1.5 });
    expect((await refusal(() => p.execute([{ duration: 60, energy: 1, power: 3 }]))).problem).toBe('has both energy and power');
    expect((await refusal(() => p.execute([{ duration: 60 }]))).problem).toBe('has neither energy nor power');
    expect((await refusal(() => p.execute([{ power: 60 }]))).path).toBe('inputs[0].duration');
    expect((await refusal(() => AilcaOperational({ location: 'FR' }))).path).toBe('AilcaOperational.config.pue');
    expect((await refusal(() => AilcaOperational({ location: 'FR', pue: 0.9 }))).path).toBe('AilcaOperational.config.pue');
    expect((await refusal(() => AilcaOperational({ location: 'Germany', pue: 1.2 }))).message).toContain('DE');
  });

  it('with uncertainty: 10 kWh × PUE 1.2 × grid uniform(0.2, 0.4) kgCO2e/kWh → mean 3600 g, p5 2520 g, p95 4680 g', async () => {
    const n = 20_000;
    const plugin = AilcaOperational({ 'grid-intensity': { dist: 'uniform', min: 0.2, max: 0.4 }, pue: 1.2, uncertainty: { samples: n, seed: 7 } });
    const [out] = await plugin.execute([{ timestamp: '2024-01-01T00:00:00Z', duration: 3600, energy: 10 }]);
    // C = 10 kWh × 1.2 × I × 1000 g/kg = 12,000 I g, I ~ U(0.2, 0.4): uniform on [2400, 4800] g
    const width = 2400;
    const mean = 3600;
    // the base case is the mean of the uniform (no `base` given)
    expect(out['carbon-operational']).toBeCloseTo(mean, 9);
    // standard error of the mean: sd = width ÷ √12 = 692.8 g, ÷ √n = 4.9 g; allow 4 of them
    expect(Math.abs((out['carbon-operational-mean'] as number) - mean)).toBeLessThan(4 * (width / Math.sqrt(12)) / Math.sqrt(n));
    // q-quantile 2400 + q × 2400; its standard error √(q(1 − q)/n) ÷ density (1/2400 per g) = 3.7 g at q = 0.05 and 0.95
    const seQ = Math.sqrt((0.05 * 0.95) / n) * width;
    expect(Math.abs((out['carbon-operational-p5'] as number) - 10 * 1.2 * (0.2 + 0.2 * 0.05) * 1000)).toBeLessThan(4 * seQ);
    expect(Math.abs((out['carbon-operational-p95'] as number) - 10 * 1.2 * (0.2 + 0.2 * 0.95) * 1000)).toBeLessThan(4 * seQ);
    expect(out['ailca/grid-intensity']).toBeCloseTo(300, 9); // the base case, in g/kWh
    expect(out['ailca/pue']).toBe(1.2);
    // a second observation reads the same run, scaled by its energy: 400 W for 1800 s = 0.2 kWh
    const [small] = await plugin.execute([{ duration: 1800, power: 400 }]);
    expect(small['carbon-operational-p95']).toBeCloseTo((out['carbon-operational-p95'] as number) * 0.02, 9);
  });

  it('grid-intensity-scale spreads the dataset row: FR 2019 (98 g/kWh) × uniform(0.5, 1.5), 0.2 kWh at PUE 1.2', async () => {
    const n = 20_000;
    const [out] = await AilcaOperational({ location: 'FR', year: 2019, pue: 1.2, 'grid-intensity-scale': { dist: 'uniform', min: 0.5, max: 1.5 }, uncertainty: { samples: n, seed: 3, percentiles: [5, 95] } })
      .execute([{ duration: 1800, power: 400 }]);
    const nominal = 0.2 * 1.2 * 98; // 23.52 g at scale 1, the mean of the scale
    expect(out['carbon-operational']).toBeCloseTo(nominal, 9);
    expect(Math.abs((out['carbon-operational-mean'] as number) - nominal)).toBeLessThan(4 * (nominal / Math.sqrt(12)) / Math.sqrt(n));
    const seQ = Math.sqrt((0.05 * 0.95) / n) * nominal;
    expect(Math.abs((out['carbon-operational-p5'] as number) - nominal * 0.55)).toBeLessThan(4 * seQ);
    expect(Math.abs((out['carbon-operational-p95'] as number) - nominal * 1.45)).toBeLessThan(4 * seQ);
  });

  it('energy-scale and pue as distributions: the mean of the product of independent inputs is the product of the means', async () => {
    const n = 20_000;
    const [out] = await AilcaOperational({ location: 'FR', year: 2019, pue: { dist: 'uniform', min: 1.1, max: 1.3 }, 'energy-scale': { dist: 'uniform', min: 0.9, max: 1.1 }, uncertainty: { samples: n, seed: 5 } })
      .execute([{ energy: 10 }]);
    // 10 kWh × E[s] 1 × E[PUE] 1.2 × 98 g/kWh = 1176 g
    expect(out['carbon-operational']).toBeCloseTo(1176, 9);
    // Var(sP) = E[s²]E[P²] − (E[s]E[P])² = (1 + 0.01/3)(1.44 + 0.01/3) − 1.44
    const sd = Math.sqrt((1 + 0.01 / 3) * (1.44 + 0.01 / 3) - 1.44) * 980;
    expect(Math.abs((out['carbon-operational-mean'] as number) - 1176)).toBeLessThan(4 * sd / Math.sqrt(n));
    // inside the extremes 10 × 0.9 × 1.1 × 98 and 10 × 1.1 × 1.3 × 98
    expect(out['carbon-operational-p5'] as number).toBeGreaterThan(10 * 0.9 * 1.1 * 98);
    expect(out['carbon-operational-p95'] as number).toBeLessThan(10 * 1.1 * 1.3 * 98);
  });

  it('carbon-operational is the base case: a distribution\'s mean, or its base when given, not its mode', async () => {
    const tri = { dist: 'triangular', min: 0.2, mode: 0.2, max: 0.5 }; // mean (0.2 + 0.2 + 0.5) ÷ 3 = 0.3
    const [a] = await AilcaOperational({ 'grid-intensity': tri, pue: 1 }).execute([{ energy: 10 }]);
    expect(a['carbon-operational']).toBeCloseTo(3000, 9);
    const [b] = await AilcaOperational({ 'grid-intensity': { ...tri, base: '250 g/kWh' }, pue: 1 }).execute([{ energy: 10 }]);
    expect(b['carbon-operational']).toBeCloseTo(2500, 9);
    expect(b['carbon-operational-mean']).toBeUndefined();
  });

  it('names its percentile outputs in the metadata and the mapping renames them', async () => {
    const cfg = { 'grid-intensity': { dist: 'uniform', min: 0.2, max: 0.4 }, pue: 1, uncertainty: { samples: 100, seed: 1, percentiles: [2.5, 97.5] } };
    const meta = AilcaOperational(cfg).metadata.outputs;
    expect(meta['carbon-operational-p97.5']['aggregation-method']).toEqual({ time: 'sum', component: 'none' });
    expect(meta['carbon-operational-mean'].unit).toBe('gCO2e');
    expect(AilcaOperational({ location: 'FR', pue: 1 }).metadata.outputs['carbon-operational-mean']).toBeUndefined();
    const [out] = await AilcaOperational(cfg, undefined, { 'carbon-operational-mean': 'op-mean' }).execute([{ energy: 1 }]);
    expect(out['op-mean'] as number).toBeGreaterThan(200);
    expect(out['op-mean'] as number).toBeLessThan(400);
    expect(Object.keys(out)).toContain('carbon-operational-p2.5');
  });

  it('refuses an unseeded run, a distribution with an out-of-range parameter (at its config path), location with grid-intensity and pue-year beside a numeric PUE', async () => {
    const grid = { dist: 'uniform', min: 0.2, max: 0.4 };
    expect((await refusal(() => AilcaOperational({ 'grid-intensity': grid, pue: 1.2, uncertainty: { samples: 100 } }))).path).toBe('AilcaOperational.config.uncertainty.seed');
    expect((await refusal(() => AilcaOperational({ 'grid-intensity': grid, pue: 1.2, uncertainty: { seed: 1 } }))).path).toBe('AilcaOperational.config.uncertainty.samples');
    expect((await refusal(() => AilcaOperational({ 'grid-intensity': { dist: 'uniform', min: 0.4, max: 0.2 }, pue: 1.2 }))).path).toBe('AilcaOperational.config.grid-intensity.min');
    expect((await refusal(() => AilcaOperational({ location: 'FR', pue: { dist: 'uniform', min: 0.8, max: 1.2 } }))).path).toBe('AilcaOperational.config.pue');
    expect((await refusal(() => AilcaOperational({ location: 'FR', pue: 1, 'energy-scale': { dist: 'triangular', min: 0.9, mode: 1.2, max: 1.1 } }))).path).toBe('AilcaOperational.config.energy-scale.mode');
    expect((await refusal(() => AilcaOperational({ location: 'FR', pue: 1, 'grid-intensity-scale': { dist: 'normal', mean: 1, sigma: 0.1 } }))).path).toBe('AilcaOperational.config.grid-intensity-scale.sigma');
    expect((await refusal(() => AilcaOperational({ location: 'FR', 'grid-intensity': 0.3, pue: 1.2 }))).problem).toBe('conflicts with grid-intensity');
    expect((await refusal(() => AilcaOperational({ location: 'FR', pue: 1.2, 'pue-year': 2022 }))).path).toBe('AilcaOperational.config.pue-year');
    expect((await refusal(() => AilcaOperational({ 'grid-intensity': '300 W', pue: 1.2 }))).path).toBe('AilcaOperational.config.grid-intensity');
  });
});
