import { describe, expect, it } from 'vitest';
import { buildReport, renderFigures, renderMarkdown } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

describe('a report of a study in several impact categories', async () => {
  const report = await buildReport(loadStudyFile('examples/gpt3-water-carbon.json'), { samples: 4000, sobolSamples: 256, scenarioSamples: 100, backend: 'js', date: '2026-12-06' });

  it('lists climate and water, each figure with its base case and Monte Carlo statistics', () => {
    const cats = report.impact.categories!;
    expect(cats.map((c) => c.category)).toEqual(['climate', 'water']);
    // base values are the distributions' means: triangular (a + m + b) / 3, uniform (a + b) / 2
    const it = 1_287_000 + 12_500_000 * 365 * 0.0025; // training + a year of inference [kWh]
    const wue = (0.2 + 0.55 + 1.8) / 3;
    const pue = (1.1 + 1.17 + 1.25) / 3;
    const ewif = (1.0 + 3.142 + 4.5) / 3;
    const water = cats[1].figures.find((f) => f.key === 'functionalUnit')!;
    expect(water.unit).toBe('L/year');
    expect(water.deterministic! / (it * wue + it * pue * ewif) - 1).toBeLessThan(1e-12);
    expect(water.monteCarlo!.count).toBe(4000);
    expect(water.monteCarlo!.sd).toBeGreaterThan(0);
    // the climate figures equal the report's climate section
    expect(cats[0].figures.find((f) => f.key === 'functionalUnit')!.deterministic).toBe(report.impact.functionalUnit.deterministic);
  });

  it('ranks the inputs of the water footprint too, and the climate grid does not move it', () => {
    const water = report.interpretation.sensitivity.byCategory!.find((c) => c.output === 'water.functionalUnit')!;
    const grid = water.ranking.find((r) => r.input === 'cloud.gridIntensity')!;
    expect(grid.swing).toBe(0);
    expect(water.ranking[0].ST).toBeGreaterThan(0.1);
  });

  it('renders the categories, states which are assessed, and draws no empty embodied chart', () => {
    const md = renderMarkdown(report).markdown;
    expect(md).toContain('### Impact categories');
    expect(md).toContain('Sensitivity of water.functionalUnit');
    expect(report.dataQuality.limitations[0]).toMatch(/^Impact categories assessed: climate change \(kgCO2e\), water consumption \(L\)/);
    expect(renderFigures(report.figures).map((f) => f.name)).not.toContain('embodied-components');
  });
});
