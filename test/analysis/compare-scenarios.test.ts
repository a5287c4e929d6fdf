import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/analysis/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

describe('compareScenarios', () => {
  it("compareScenarios evaluates the seed's variations side by side, deterministic and with uncertainty", async () => {
    const rows = await compareScenarios(loadStudyFile('examples/xeon-8468-uncertain.json'), { samples: 20_000, seed: 3, backend: 'js' });
    expect(rows.map((r) => r.name)).toEqual(['base case', '3-year life', 'renewable supply']);
    // base case = the seed's published case: 1,176.804/5 + 1,633.74
    expect(rows[0]!.assessment.annualized.totalKgCO2e).toBeCloseTo(1176.804 / 5 + 1633.74, 9);
    // 3-year life: 1,176.804/3 + 1,633.74 = 2,026.008
    expect(rows[1]!.assessment.annualized.totalKgCO2e).toBeCloseTo(1176.804 / 3 + 1633.74, 9);
    expect(rows[1]!.changeFromBase).toBeCloseTo((1176.804 / 3 + 1633.74) / (1176.804 / 5 + 1633.74) - 1, 9);
    // renewable supply at 0.05: use phase 4,084.35 × 0.05 = 204.2175
    expect(rows[2]!.assessment.operational.annualKgCO2e).toBeCloseTo(4084.35 * 0.05, 9);
    // with uncertainty, renewable supply is far below the base case
    expect(rows[2]!.monteCarlo!.summary.percentiles['p97.5']).toBeLessThan(rows[0]!.monteCarlo!.summary.percentiles['p2.5']!);
  });

  it('compareScenarios refuses a sample count that is negative, NaN or fractional, and a misspelt option', async () => {
    // Each of these used to give a deterministic-only comparison, as if 0 had been asked for.
    const file = loadStudyFile('examples/xeon-8468-uncertain.json');
    for (const samples of [-1, Number.NaN, 2.5, '1000']) {
      await expect(compareScenarios(file, { samples: samples as number })).rejects.toThrow(/compareScenarios\.options\.samples/);
    }
    await expect(compareScenarios(file, { sample: 0 } as never)).rejects.toThrow(/compareScenarios\.options\.sample is not a known option.*did you mean "samples"\?/);
    expect((await compareScenarios(file, { samples: 0 }))[0]!.monteCarlo).toBeUndefined();
  });
});
