import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseStudy } from '../../src/analysis/index.js';
import { defineStudy, OUTPUT } from '../../src/study/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

describe('analyseStudy tornado', () => {
  it("analyseStudy tornado reproduces seed 004's hand variations exactly", async () => {
    const study = loadStudy('examples/xeon-8468.json');
    const r = await analyseStudy(study, {
      method: 'tornado',
      outputs: [OUTPUT.annualizedTotal, OUTPUT.operationalAnnual],
      bounds: { 'servers[0].lifetime': { low: 3, high: 7 }, 'cloud.gridIntensity': { low: 0.05, high: 0.4 } },
    });
    const total = r.tornado!.outputs[OUTPUT.annualizedTotal];
    const life = total.bars.find((b) => b.input === 'servers[0].lifetime')!;
    // 1,176.804 / 3 + 1,633.74 = 2,026.008 kgCO2e/year (the paper's 2,034 rounds embodied to 1,200)
    expect(life.outputAtLow).toBeCloseTo(1176.804 / 3 + 1633.74, 9);
    const op = r.tornado!.outputs[OUTPUT.operationalAnnual];
    const grid = op.bars.find((b) => b.input === 'cloud.gridIntensity')!;
    // 4,084.35 kWh × 0.05 kgCO2e/kWh = 204.2175 kgCO2e/year
    expect(grid.outputAtLow).toBeCloseTo(4084.35 * 0.05, 9);
    expect(op.baseOutput).toBeCloseTo(1633.74, 9);
    expect(r.provenance.backend).toBe('js');
    expect(r.provenance.precision).toBe('float64');
  });

  it('analyseStudy refuses a misspelt option instead of ignoring it', async () => {
    // `n` (sobol's name for the base samples) would otherwise leave the default 2^14 in place.
    const study = loadStudy('examples/xeon-8468.json');
    await expect(analyseStudy(study, { method: 'sobol', n: 4096 } as never)).rejects.toThrow(/analyseStudy\.options\.n is not a known option/);
  });
});

describe('analyseStudy sobol', () => {
  it('analyseStudy sobol ranks the grid intensity first for the uncertain Xeon study', async () => {
    const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
    const r = await analyseStudy(study, { method: 'sobol', samples: 4096, seed: 3, backend: 'js' });
    const out = r.sobol!.outputs[OUTPUT.functionalUnit];
    const st = Object.entries(out.indices).map(([k, v]) => [k, v.ST] as const).sort((a, b) => b[1] - a[1]);
    expect(st[0][0]).toBe('cloud.gridIntensity');
    // indices are shares of variance: each in [0, 1] up to estimation noise
    for (const [, v] of Object.entries(out.indices)) expect(v.S1).toBeLessThan(1.05);
  });

  it('analyseStudy sobol passes bootstrap settings on and evaluates on the calling thread on js by default', async () => {
    const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
    const r = await analyseStudy(study, { method: 'sobol', samples: 512, seed: 3, backend: 'js', bootstrap: { resamples: 100, confidence: 0.9 } });
    expect(r.sobol!.bootstrap).toEqual({ resamples: 100, confidence: 0.9 });
    expect(r.provenance.backendDescription).toContain('1 thread');
    expect(r.provenance.precision).toBe('float64');
    expect(r.notes.some((n) => n.startsWith('samples not given') || n.startsWith('seed not given'))).toBe(false);
  });

  it('analyseStudy notes the samples and seed it defaulted', async () => {
    const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
    const r = await analyseStudy(study, { method: 'morris', backend: 'js' });
    // Defaults: 50 trajectories, seed 1; the model runs r(d + 1) times.
    expect(r.provenance.samples).toBe(50);
    expect(r.provenance.seed).toBe(1);
    expect(r.morris!.evaluations).toBe(50 * (r.provenance.inputs.length + 1));
    expect(r.notes).toContain('samples not given: used 50 (trajectories)');
    expect(r.notes).toContain('seed not given: used the default seed 1');
  });

  it('analyseStudy sobol refuses a study with fewer than two uncertain inputs', async () => {
    const raw = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
    raw.servers[0].lifetime = { dist: 'uniform', min: '3 years', max: '7 years' };
    await expect(analyseStudy(defineStudy(raw), { method: 'sobol', samples: 1024, backend: 'js' })).rejects.toThrow(/two/);
  });
});
