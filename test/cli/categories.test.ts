import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// A measured 100 kWh run at PUE 1.2: climate 100 × 1.2 × 0.4 = 48 kgCO2e;
// water 100 × 0.5 L/kWh on site + 100 × 1.2 × 2 L/kWh off site = 290 L.
const dir = mkdtempSync(join(tmpdir(), 'ailca-categories-'));
const study = join(dir, 'water.json');
writeFileSync(study, JSON.stringify({
  name: 'water', functionalUnit: 'training-run', categories: ['water', 'adpe'],
  cloud: { gridIntensity: '0.4 kg/kWh', pue: { dist: 'uniform', min: 1.1, max: 1.3 }, wue: '0.5 L/kWh', impacts: { water: { gridIntensity: '2 L/kWh' } } },
  model: { jobs: [{ id: 't', energy: '100 kWh' }] },
  scenarios: [{ name: 'dry cooling', set: { 'cloud.wue': '0 L/kWh' } }],
}));

describe('--category on every command', () => {
  it('assess: the impacts block, narrowed by --category, with not covered instead of a number', async () => {
    const all = JSON.parse((await cli('assess', study, '--format', 'json')).stdout);
    expect(all.impacts.map((c: { category: string }) => c.category)).toEqual(['climate', 'water', 'adpe']);
    const fu = (c: { figures: { key: string; value?: number; notCovered?: string }[] }) => c.figures.find((f) => f.key === 'functionalUnit')!;
    expect(fu(all.impacts[1]).value).toBeCloseTo(290, 9);
    expect(fu(all.impacts[2]).value).toBeUndefined();
    expect(fu(all.impacts[2]).notCovered).toMatch(/not covered: no adpe factor for cloud\.gridIntensity/);
    const one = JSON.parse((await cli('assess', study, '--format', 'json', '--category', 'water')).stdout);
    expect(one.impacts.map((c: { category: string }) => c.category)).toEqual(['water']);
    const table = (await cli('assess', study)).stdout;
    expect(table).toMatch(/Impact categories/);
    expect(table).toMatch(/per functional unit +48 +290 +not covered/);
  });

  it('mc: every category the study covers by default; --category narrows; an uncovered output is refused', async () => {
    const r = JSON.parse((await cli('mc', study, '--samples', '2000', '--backend', 'js', '--format', 'json')).stdout);
    const keys = r.outputs.map((o: { key: string }) => o.key);
    expect(keys).toContain('functionalUnit');
    expect(keys).toContain('water.functionalUnit');
    expect(keys).not.toContain('adpe.functionalUnit');
    const w = JSON.parse((await cli('mc', study, '--samples', '2000', '--backend', 'js', '--format', 'json', '--category', 'water')).stdout);
    expect(w.outputs.every((o: { key: string }) => o.key.startsWith('water.'))).toBe(true);
    // PUE uniform(1.1, 1.3): water = 50 + 200 × PUE, mean 290 exactly
    const fu = w.outputs.find((o: { key: string }) => o.key === 'water.functionalUnit');
    expect(Math.abs(fu.summary.mean - 290)).toBeLessThan(4 * fu.summary.standardError);
    const bad = await cli('mc', study, '--samples', '100', '--category', 'h2o');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--category.*h2o/);
  });

  it('sensitivity: the functional unit of each category by default', async () => {
    const r = JSON.parse((await cli('sensitivity', study, '--method', 'tornado', '--format', 'json')).stdout);
    expect(Object.keys(r.tornado.outputs)).toEqual(['functionalUnit', 'water.functionalUnit']);
    // PUE from its 5th to its 95th percentile (1.11 to 1.29): water swings 200 × 0.18 = 36 L
    expect(r.tornado.outputs['water.functionalUnit'].bars[0].swing).toBeCloseTo(36, 9);
  });

  it('scenarios: the comparison in each category named', async () => {
    const { stdout } = await cli('scenarios', study, '--samples', '0', '--category', 'water', '--format', 'json');
    const rows = JSON.parse(stdout);
    expect(rows[0].value).toBeCloseTo(290, 9);
    expect(rows[1].value).toBeCloseTo(240, 9);
    expect(rows[1].changeFromBase).toBeCloseTo(240 / 290 - 1, 12);
    expect(rows[0].unit).toBe('L/training run');
  });
});
