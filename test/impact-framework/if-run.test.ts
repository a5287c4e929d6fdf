import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GWP, LIFETIME_YEARS, PSU } from '../fixtures/dell-r740-by-hand.js';

/**
 * End to end: the Impact Framework's own `if-run` (@grnsft/if 1.1.0, a dev
 * dependency) runs the committed manifest examples/impact-framework/ailca-sci.yml,
 * which loads ailca's plugins by package name (`path: ailca/impact-framework`)
 * beside IF's builtin `Sum` and `Sci`. `if-run` `require`s the path from its
 * own folder; a user's project resolves `ailca` from its node_modules, here a
 * folder on NODE_PATH holding a link to this package (its `exports` map
 * points at dist/, so the package must be built: npm run build).
 *
 * Every expected value is derived below from the manifest's inputs, the
 * study's bill of materials, the cited dataset rows and the manifest's
 * distributions.
 */

const built = existsSync(join('dist', 'entry', 'impact-framework.js'));
const MANIFEST = 'examples/impact-framework/ailca-sci.yml';

// js-yaml is @grnsft/if's own YAML library (its dependency), loaded from there.
const ifRequire = createRequire(createRequire(import.meta.url).resolve('@grnsft/if/package.json'));
const yaml = ifRequire('js-yaml') as { load: (s: string) => unknown };

interface Output { [k: string]: number | string }

let cached: Output[] | undefined;
/** Runs if-run once for the file's tests. */
function runIf(): Output[] {
  cached ??= runIfOnce();
  return cached;
}

function runIfOnce(): Output[] {
  const dir = mkdtempSync(join(tmpdir(), 'ailca-if-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(resolve('.'), join(dir, 'node_modules', 'ailca'), 'dir');
  const out = join(dir, 'out');
  execFileSync(process.execPath, [resolve('node_modules/@grnsft/if/build/if-run/index.js'), '--manifest', MANIFEST, '--output', out], {
    env: { ...process.env, NODE_PATH: join(dir, 'node_modules') }, stdio: 'pipe', encoding: 'utf8', timeout: 240_000,
  });
  const doc = yaml.load(readFileSync(`${out}.yaml`, 'utf8')) as { tree: { children: { r740: { outputs: Output[] } } } };
  return doc.tree.children.r740.outputs;
}

// examples/dell-r740-boavizta.json by hand: test/fixtures/dell-r740-by-hand.ts
const EMBODIED_KG = GWP.base;
const PSU_PER_KG = GWP.perPsuKg;
const PSU_BASE_KG = PSU.baseKg;
const YEAR_S = 8760 * 3600; // ailca's year
const GRID_FR_2019 = 0.098; // kgCO2e/kWh, grid-intensity countries.csv (Scarlat et al. 2022 via Boavizta)
const PUE_2022 = 1.55; // pue.csv, industry 2022 (Uptime Institute)

describe('if-run on examples/impact-framework/ailca-sci.yml', () => {
  it.skipIf(!built)('computes carbon-embodied, carbon-operational, carbon and sci as derived by hand (needs npm run build)', () => {
    // the bill of materials reproduces BoaviztAPI's published 967.9 kgCO2e
    expect(EMBODIED_KG).toBeCloseTo(967.9, 0);
    const outputs = runIf();
    expect(outputs).toHaveLength(2);
    const inputs = [
      { duration: 3600, kWh: 0.3, requests: 1000 }, // energy: 0.3 kWh
      { duration: 3600, kWh: (200 * 3600) / 3.6e6, requests: 500 }, // power: 200 W for 3600 s
    ];
    inputs.forEach((inp, i) => {
      const o = outputs[i];
      const embodiedG = (EMBODIED_KG / LIFETIME_YEARS) * 1000 * (inp.duration / YEAR_S);
      const operationalG = inp.kWh * PUE_2022 * GRID_FR_2019 * 1000;
      expect(o['carbon-embodied']).toBeCloseTo(embodiedG, 9);
      expect(o['carbon-operational']).toBeCloseTo(operationalG, 9);
      expect(o.carbon).toBeCloseTo(embodiedG + operationalG, 9);
      expect(o.sci).toBeCloseTo((embodiedG + operationalG) / inp.requests, 12);
    });
    // first hour by hand: 967.868 kg ÷ 4.333 years = 223.35 kg/year → 25.497 g/h; 0.3 × 1.55 × 98 = 45.57 g
    expect(outputs[0].sci).toBeCloseTo((25.497 + 45.57) / 1000, 5);
  });

  it.skipIf(!built)('adds the Monte Carlo mean and the 5th and 95th percentiles of carbon-embodied', () => {
    const [o] = runIf();
    // E[1/L] for L ~ triangular(3, 4, 6): ∫₃⁴ 2(x−3)/(3x) dx + ∫₄⁶ (6−x)/(3x) dx
    const meanInverseLife = (2 / 3) * (1 - 3 * Math.log(4 / 3)) + (1 / 3) * (6 * Math.log(6 / 4) - 2);
    // independent of the mass ~ uniform(1, 5) kg (mean 3 kg)
    const meanKgPerYear = (EMBODIED_KG - PSU_PER_KG * PSU_BASE_KG + PSU_PER_KG * 3) * meanInverseLife;
    const meanG = meanKgPerYear * 1000 * (3600 / YEAR_S);
    // 4000 samples: the mean's standard error is about 0.3 %
    expect(Math.abs((o['carbon-embodied-mean'] as number) / meanG - 1)).toBeLessThan(0.015);
    const p5 = o['carbon-embodied-p5'] as number;
    const p95 = o['carbon-embodied-p95'] as number;
    // inside the extremes: lightest supplies over 6 years, heaviest over 3
    const hourG = 1000 * (3600 / YEAR_S);
    expect(p5).toBeGreaterThan(((EMBODIED_KG - PSU_PER_KG * PSU_BASE_KG + PSU_PER_KG * 1) / 6) * hourG);
    expect(p95).toBeLessThan(((EMBODIED_KG - PSU_PER_KG * PSU_BASE_KG + PSU_PER_KG * 5) / 3) * hourG);
    expect(p5).toBeLessThan(o['carbon-embodied-mean'] as number);
    expect(p95).toBeGreaterThan(o['carbon-embodied-mean'] as number);
  });

  it.skipIf(!built)('adds the Monte Carlo mean and 90 % interval of carbon-operational: the FR grid × uniform(0.8, 1.2)', () => {
    const outputs = runIf();
    const n = 4000; // the manifest's samples
    [0.3, (200 * 3600) / 3.6e6].forEach((kWh, i) => {
      const o = outputs[i];
      // C = kWh × 1.55 × 98 g/kWh × S, S ~ U(0.8, 1.2): mean at S = 1, q-quantile at S = 0.8 + 0.4 q
      const nominalG = kWh * PUE_2022 * GRID_FR_2019 * 1000;
      expect(o['carbon-operational']).toBeCloseTo(nominalG, 9); // the base case: the scale's mean, 1
      // standard error of the mean: nominal × 0.4 ÷ √12 ÷ √n (0.18 %); allow 4 of them
      expect(Math.abs((o['carbon-operational-mean'] as number) - nominalG)).toBeLessThan(4 * nominalG * (0.4 / Math.sqrt(12)) / Math.sqrt(n));
      // of a quantile: √(q(1 − q)/n) ÷ density (1 ÷ (0.4 × nominal))
      const seQ = Math.sqrt((0.05 * 0.95) / n) * 0.4 * nominalG;
      expect(Math.abs((o['carbon-operational-p5'] as number) - nominalG * (0.8 + 0.4 * 0.05))).toBeLessThan(4 * seQ);
      expect(Math.abs((o['carbon-operational-p95'] as number) - nominalG * (0.8 + 0.4 * 0.95))).toBeLessThan(4 * seQ);
    });
    // first hour by hand: 0.3 × 1.55 × 98 = 45.57 g; p5 = 45.57 × 0.82 = 37.37 g, p95 = 45.57 × 1.18 = 53.77 g
    expect(outputs[0]['carbon-operational-p5']).toBeCloseTo(37.37, 0);
    expect(outputs[0]['carbon-operational-p95']).toBeCloseTo(53.77, 0);
  });
});
