import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// Analytic mean of the uncertain Xeon study's annualised footprint (see test/mc/run-monte-carlo.test.ts)
const INV_L = 0.25 * (2 - 3 * Math.log(5 / 3)) + 0.25 * (7 * Math.log(7 / 5) - 2);
const MEAN = 1176.804 * INV_L + (0.725 * 555 + 0.275 * 200) * 8.76 * 1.35 * 0.4;

describe('ailca mc', () => {
  it('ailca mc --samples 1000000 --seed 1 --format json: mean within 4 standard errors of 2,405.64', async () => {
    const { code, stdout } = await cli('mc', 'examples/xeon-8468-uncertain.json', '--samples', '1000000', '--seed', '1', '--backend', 'js', '--format', 'json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    const t = r.outputs.find((o: any) => o.key === 'annualized.total');
    expect(Math.abs(t.summary.mean - MEAN)).toBeLessThan(4 * t.summary.standardError);
    expect(r.provenance).toMatchObject({ seed: 1, samples: 1000000, backend: 'js', precision: 'float64', reductionPrecision: 'float64' });
    for (const key of ['p2.5', 'p5', 'p25', 'p50', 'p75', 'p95', 'p97.5']) expect(t.summary.percentiles[key]).toBeGreaterThan(0);
  });

  it('ailca mc shards merge with ailca merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-mc-'));
    const files: string[] = [];
    for (const range of ['0:30000', '30000:80000']) {
      const { code, stdout } = await cli('mc', 'examples/xeon-8468-uncertain.json', '--samples', '8e4', '--seed', '2', '--backend', 'js', '--range', range, '--format', 'json');
      expect(code).toBe(0);
      const f = join(dir, `${range.replace(':', '-')}.json`);
      writeFileSync(f, stdout);
      files.push(f);
    }
    const merged = await cli('merge', ...files, '--format', 'json');
    const whole = await cli('mc', 'examples/xeon-8468-uncertain.json', '--samples', '80000', '--seed', '2', '--backend', 'js', '--format', 'json');
    const m = JSON.parse(merged.stdout);
    const w = JSON.parse(whole.stdout);
    expect(m.provenance.completed).toBe(80000);
    expect(m.outputs[0].summary.percentiles).toEqual(w.outputs[0].summary.percentiles);
    expect(m.outputs[0].summary.mean).toBeCloseTo(w.outputs[0].summary.mean, 8);
  });

  it('ailca mc refuses bad flags with exit code 2', async () => {
    const r1 = await cli('mc', 'examples/xeon-8468-uncertain.json', '--samples', '1000.5');
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/--samples/);
    const r2 = await cli('mc', 'examples/xeon-8468-uncertain.json', '--seed', '-3');
    expect(r2.code).toBe(2);
    const r3 = await cli('mc', 'examples/xeon-8468-uncertain.json', '--backend', 'cuda');
    expect(r3.stderr).toMatch(/auto, webgpu, webasm, cpu, js/);
  });
});

describe('ailca sensitivity', () => {
  it('ailca sensitivity --method sobol --format json gives every index with its interval', async () => {
    const { code, stdout } = await cli('sensitivity', 'examples/xeon-8468-uncertain.json', '--method', 'sobol', '--samples', '2048', '--backend', 'js', '--format', 'json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    const out = r.sobol.outputs.functionalUnit;
    expect(Object.keys(out.indices)).toHaveLength(6);
    for (const v of Object.values<any>(out.indices)) {
      expect(v.S1ci).toHaveLength(2);
      expect(v.STci).toHaveLength(2);
    }
    expect(r.provenance).toMatchObject({ method: 'sobol', samples: 2048, seed: 1, backend: 'js' });
  });

  it('ailca sensitivity without --method prints usage', async () => {
    expect((await cli('sensitivity', 'examples/xeon-8468-uncertain.json')).code).toBe(2);
  });
});

describe('ailca scenarios', () => {
  it('ailca scenarios --format json compares the base case, the scenarios and the levers', async () => {
    const { code, stdout } = await cli('scenarios', 'examples/xeon-8468-uncertain.json', '--samples', '2000', '--backend', 'js', '--format', 'json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows.map((r: any) => r.name)).toEqual(['base case', '3-year life', 'renewable supply']);
    expect(rows[1].functionalUnit.value).toBeCloseTo(1176.804 / 3 + 1633.74, 9); // 2,026.008
    expect(rows[0].monteCarlo.summary.count).toBe(2000);
    const bad = await cli('scenarios', 'examples/bloom-training.json', '--levers', 'prunning');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean pruning\?/);
  });
});
