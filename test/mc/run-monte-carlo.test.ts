import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { mergeMonteCarlo, runMonteCarlo } from '../../src/mc/index.js';
import { defineStudy, OUTPUT } from '../../src/study/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

const uncertain = loadStudyFile('examples/xeon-8468-uncertain.json').study;
// Analytic mean of the annualised footprint (docs/uncertainty.md):
// E[embodied]·E[1/L] + E[u·555 + (1 − u)·200]·8.76·E[PUE]·E[CI]
const INV_L = 0.25 * (2 - 3 * Math.log(5 / 3)) + 0.25 * (7 * Math.log(7 / 5) - 2); // L ~ Tri(3, 5, 7)
const MEAN = 1176.804 * INV_L + (0.725 * 555 + 0.275 * 200) * 8.76 * 1.35 * 0.4; // 2,405.64

// The fixed study (examples/xeon-8468.json, Clemm et al. 2024 IV.C): embodied 1,176.804 kgCO2e over 5 years,
// operational (0.75·555 W + 0.25·200 W)·8.76 kh·PUE 1.0 = 4,084.35 kWh/year at 0.4 kgCO2e/kWh = 1,633.74.
const FIXED_ANNUAL = 1176.804 / 5 + (0.75 * 555 + 0.25 * 200) * 8.76 * 0.4;

const total = (r: Awaited<ReturnType<typeof runMonteCarlo>>) => r.outputs.find((o) => o.key === OUTPUT.annualizedTotal)!;

describe('runMonteCarlo', () => {
  it('runMonteCarlo mean is within 4 standard errors of the analytic mean on each CPU backend', async () => {
    for (const backend of ['js', 'webasm'] as const) {
      const r = await runMonteCarlo(uncertain, { samples: 200_000, seed: 1, backend, outputs: [OUTPUT.annualizedTotal] });
      const s = total(r).summary;
      expect(Math.abs(s.mean - MEAN)).toBeLessThan(4 * s.standardError);
      expect(r.provenance.backend).toBe(backend);
      expect(r.provenance.precision).toBe(backend === 'js' ? 'float64' : 'float32');
      expect(r.provenance.reductionPrecision).toBe('float64');
      expect(r.provenance.seed).toBe(1);
      expect(r.provenance.samples).toBe(200_000);
    }
  });

  it('runMonteCarlo gives identical statistics whatever the chunk size', async () => {
    const a = await runMonteCarlo(uncertain, { samples: 100_000, seed: 5, backend: 'js', chunkSize: 100_000 });
    const b = await runMonteCarlo(uncertain, { samples: 100_000, seed: 5, backend: 'js', chunkSize: 7_777 });
    for (let k = 0; k < a.outputs.length; k += 1) {
      expect(b.outputs[k].summary.percentiles).toEqual(a.outputs[k].summary.percentiles);
      expect(b.outputs[k].summary.mean).toBeCloseTo(a.outputs[k].summary.mean, 9);
      expect(b.outputs[k].summary.min).toBe(a.outputs[k].summary.min);
    }
  });

  it('runMonteCarlo shards merge to the whole run', async () => {
    const whole = await runMonteCarlo(uncertain, { samples: 120_000, seed: 9, backend: 'js' });
    const shards = await Promise.all([
      runMonteCarlo(uncertain, { samples: 120_000, seed: 9, backend: 'js', range: { start: 0, end: 50_000 } }),
      runMonteCarlo(uncertain, { samples: 120_000, seed: 9, backend: 'js', range: { start: 50_000, end: 120_000 } }),
    ]);
    const merged = mergeMonteCarlo(JSON.parse(JSON.stringify(shards)));
    expect(merged.provenance.completed).toBe(120_000);
    for (let k = 0; k < whole.outputs.length; k += 1) {
      const w = whole.outputs[k].summary;
      const m = merged.outputs[k].summary;
      expect(m.count).toBe(w.count);
      expect(m.percentiles).toEqual(w.percentiles); // histogram counts add exactly
      expect(m.mean).toBeCloseTo(w.mean, 8);
      expect(m.sd).toBeCloseTo(w.sd, 8);
      expect(m.histogram.counts).toEqual(w.histogram.counts);
    }
    expect(() => mergeMonteCarlo([shards[0], shards[0]])).toThrow(/overlaps/);
    expect(() => mergeMonteCarlo(shards, [101])).toThrow(/percentiles\[0\]/);
    expect(() => mergeMonteCarlo(shards[0] as unknown as [])).toThrow(/shards.*an array/);
  });

  it('runMonteCarlo with zero-variance inputs gives exactly the deterministic result', async () => {
    const fixed = loadStudy('examples/xeon-8468.json');
    const r = await runMonteCarlo(fixed, { samples: 1000, seed: 1, backend: 'webasm' });
    const t = total(r);
    expect(t.constant).toBe(true);
    expect(t.summary.mean).toBe(t.deterministic);
    expect(t.summary.sd).toBe(0);
    expect(t.summary.percentiles['p97.5']).toBe(t.deterministic);
    // one display bin over [c − |c|·2^−20, c + |c|·2^−20], the range docs/statistics.md gives a constant
    const c = t.deterministic;
    expect(t.summary.histogram).toEqual({ edges: [c - c * 2 ** -20, c + c * 2 ** -20], counts: [1000], underflow: 0, overflow: 0 });
    expect(t.deterministic).toBeCloseTo(FIXED_ANNUAL, 9);
  });

  it('runMonteCarlo aborted returns the finished part and says so', async () => {
    const controller = new AbortController();
    const r = await runMonteCarlo(uncertain, {
      samples: 1_000_000,
      seed: 1,
      backend: 'js',
      chunkSize: 50_000,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 100_000) controller.abort();
      },
    });
    expect(r.aborted).toBe(true);
    expect(r.provenance.completed).toBeGreaterThanOrEqual(100_000);
    expect(r.provenance.completed).toBeLessThan(1_000_000);
    expect(total(r).summary.count).toBe(r.provenance.completed);
    expect(r.warnings.join(' ')).toMatch(/aborted after/);
  });

  it('runMonteCarlo refuses bad sample counts, seeds, ranges and outputs', async () => {
    for (const samples of [0, 1, 1000.5, NaN, 2 ** 33, '1e4' as unknown as number]) {
      await expect(runMonteCarlo(uncertain, { samples, seed: 1, backend: 'js' })).rejects.toThrow(InputError);
    }
    for (const seed of [1.5, NaN, 2 ** 53, -1]) {
      await expect(runMonteCarlo(uncertain, { samples: 100, seed, backend: 'js' })).rejects.toThrow(/seed/);
    }
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'js', range: { start: 50, end: 200 } })).rejects.toThrow(/range/);
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'js', outputs: ['nope'] })).rejects.toThrow(/nope/);
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'js', outputs: [OUTPUT.annualizedTotal, OUTPUT.annualizedTotal] })).rejects.toThrow(/lists an output twice/);
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'gpu' as 'js' })).rejects.toThrow(/backend/);
    await expect(runMonteCarlo(uncertain, { samples: 2 ** 32, seed: 1, backend: 'js', keepSamples: true })).rejects.toThrow(/would not fit in memory/);
  });

  it('runMonteCarlo refuses bad percentiles and an empty output list before sampling', async () => {
    // onProgress would be called after the first chunk: the refusal must come before any sampling
    let chunks = 0;
    const onProgress = () => { chunks += 1; };
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'js', percentiles: [50, 150], onProgress })).rejects.toThrow(/percentiles\[1\]/);
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'js', outputs: [], onProgress })).rejects.toThrow(/outputs.*non-empty array/);
    await expect(runMonteCarlo(uncertain, { samples: 100, seed: 1, backend: 'js', outputs: OUTPUT.annualizedTotal as unknown as string[], onProgress })).rejects.toThrow(InputError);
    expect(chunks).toBe(0);
    // a study with no uncertain input never samples, yet its percentiles are checked too
    const fixed = loadStudy('examples/xeon-8468.json');
    await expect(runMonteCarlo(fixed, { samples: 100, seed: 1, backend: 'js', percentiles: [-1] })).rejects.toThrow(/percentiles\[0\]/);
  });

  it('runMonteCarlo never samples a lifetime distribution that reaches 0 (the study refuses it)', async () => {
    const raw = JSON.parse(readFileSync('examples/xeon-8468-uncertain.json', 'utf8'));
    delete raw.scenarios;
    // a lifetime that can be 0 would divide by zero: the study refuses it before any sampling
    raw.servers[0].lifetime = { dist: 'uniform', min: 0, max: 5 };
    expect(() => defineStudy(raw)).toThrow(/servers\[0\]\.lifetime allows invalid values/);
  });
});

describe('runMonteCarlo non-finite samples', () => {
  it('runMonteCarlo reports the first non-finite sample with its inputs', async () => {
    const { parseDistribution } = await import('../../src/distributions/index.js');
    const base = loadStudy('examples/xeon-8468.json');
    // Bypass validation on purpose: a lifetime of 0 in half the samples divides by zero.
    const params = base.params.map((p) => (p.path === 'servers[0].lifetime' ? { ...p, distribution: parseDistribution({ dist: 'discrete', values: [0, 5], weights: [1, 1] }, 'l') } : p));
    const study = { ...base, params };
    const r = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js', outputs: [OUTPUT.annualizedTotal] });
    const s = r.outputs[0].summary;
    expect(s.nonFinite.count).toBeGreaterThan(300);
    expect(s.count + s.nonFinite.count).toBe(1000);
    expect(s.mean).toBeCloseTo(FIXED_ANNUAL, 6); // the finite samples all have lifetime 5
    expect(r.warnings.join('\n')).toMatch(new RegExp(`first, sample ${s.nonFinite.firstIndex}, has inputs servers\\[0\\]\\.lifetime = 0`));
  });
});
