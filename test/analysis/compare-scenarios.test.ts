import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/analysis/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

describe('compareScenarios', () => {
  it("compareScenarios evaluates the seed's variations side by side, deterministic and with uncertainty", async () => {
    const rows = await compareScenarios(loadStudyFile('examples/xeon-8468-uncertain.json'), { samples: 20_000, seed: 3, backend: 'js' });
    expect(rows.map((r) => r.name)).toEqual(['base case', '3-year life', 'renewable supply']);
    // base case = the seed's published case: 1,176.804/5 + 1,633.74
    expect(rows[0].assessment.annualized.totalKgCO2e).toBeCloseTo(1176.804 / 5 + 1633.74, 9);
    // 3-year life: 1,176.804/3 + 1,633.74 = 2,026.008
    expect(rows[1].assessment.annualized.totalKgCO2e).toBeCloseTo(1176.804 / 3 + 1633.74, 9);
    expect(rows[1].changeFromBase).toBeCloseTo((1176.804 / 3 + 1633.74) / (1176.804 / 5 + 1633.74) - 1, 9);
    // renewable supply at 0.05: use phase 4,084.35 × 0.05 = 204.2175
    expect(rows[2].assessment.operational.annualKgCO2e).toBeCloseTo(4084.35 * 0.05, 9);
    // with uncertainty, renewable supply is far below the base case
    expect(rows[2].monteCarlo!.summary.percentiles['p97.5']).toBeLessThan(rows[0].monteCarlo!.summary.percentiles['p2.5']);
  });

  it('compareScenarios refuses a sample count that is negative, NaN or fractional, and a misspelt option', async () => {
    // Each of these used to give a deterministic-only comparison, as if 0 had been asked for.
    const file = loadStudyFile('examples/xeon-8468-uncertain.json');
    for (const samples of [-1, Number.NaN, 2.5, '1000']) {
      await expect(compareScenarios(file, { samples: samples as number })).rejects.toThrow(/compareScenarios\.options\.samples/);
    }
    await expect(compareScenarios(file, { sample: 0 } as never)).rejects.toThrow(/compareScenarios\.options\.sample is not a known option.*did you mean "samples"\?/);
    expect((await compareScenarios(file, { samples: 0 }))[0].monteCarlo).toBeUndefined();
  });
});

describe('compareScenarios and non-finite results (issue 16)', () => {
  const file = (scenarios: unknown[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-scen-'));
    const path = join(dir, 'zero.json');
    writeFileSync(path, JSON.stringify({
      name: 'zero base',
      servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'chassis', perUnit: '0 kgCO2e' }], power: { active: '0 W', idle: '0 W' } }],
      workload: { utilization: 0.5 },
      cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
      scenarios,
    }));
    return loadStudyFile(path);
  };

  it('a change from a zero base case is undefined with its reason, not NaN (null in JSON)', async () => {
    // the scenario draws 100 W all the time: 100 W × 8,760 h × 0.5 kg/kWh = 438 kgCO2e/year, from a base of 0
    const rows = await compareScenarios(file([{ name: 'powered', set: { 'servers[0].power.idle': '100 W', 'servers[0].power.active': '100 W' } }]), { samples: 0 });
    expect(rows[1].assessment.annualized.totalKgCO2e).toBeCloseTo(438, 9);
    expect(rows[1].changeFromBase).toEqual({ value: null, undefinedReason: 'the base case is 0' });
    expect(rows[0].assessment.usePhaseShare).toEqual({ value: null, undefinedReason: 'footprint is zero' });
  });

  it('a scenario that makes a result infinite is refused, naming the input it sets', async () => {
    const f = file([{ name: 'tiny life', set: { 'servers[0].lifetime': '5e-324 years', 'servers[0].components[0].perUnit': '1 kgCO2e' } }]);
    await expect(compareScenarios(f, { samples: 0 })).rejects.toThrow(/^servers\[0\]\.lifetime makes a result that is not a finite number/);
  });
});
