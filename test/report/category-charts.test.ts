import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, renderFigures, renderFigureSpecs, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

// Two categories (climate change and ADPe), two uncertain inputs (utilisation, PUE), transport declared.
// By hand, base case (utilisation 0.5, PUE 1.2):
//   IT energy 2 servers × 8,760 h × (0.5 × 200 W + 0.5 × 100 W) = 2,628 kWh/year; overhead 2,628 × 0.2 = 525.6 kWh/year
//   ADPe made 2 × 2 cm² × 1e-4 kgSbeq/cm² = 4e-4; transport 2 × 0.025 t × 1,000 km × 2e-7 = 1e-5 kgSbeq; over 4 years
//   server element = (4e-4 + 1e-5) / 4 + 2,628 × 5e-8 = 1.025e-4 + 1.314e-4 kgSbeq/year; cloud = 525.6 × 5e-8
//   stages: manufacturing 1e-4, transport 2.5e-6, use (2,628 + 525.6) × 5e-8, end of life 0
const study = {
  name: 'two categories', categories: ['adpe'],
  workload: { utilization: { dist: 'uniform', min: 0.3, max: 0.7 } },
  cloud: { gridIntensity: '0.4 kg/kWh', pue: { dist: 'uniform', min: 1.1, max: 1.3 }, impacts: { adpe: { gridIntensity: '5e-8 kgSbeq/kWh' } } },
  servers: [{
    name: 'box', count: 2, lifetime: '4 years', mass: '25 kg', power: { active: '200 W', idle: '100 W' },
    components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '2 cm2', factor: '1 kgCO2e/cm2', impacts: { adpe: { factor: '1e-4 kgSbeq/cm2' } } }],
    transport: [{ mode: 'truck', distance: '1000 km', factor: '0.1 kgCO2e/(t*km)', impacts: { adpe: { factor: '2e-7 kgSbeq/(t*km)' } } }],
  }],
};

describe('a report of a two-category study draws every category\'s charts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ailca-category-charts-'));
  const path = join(dir, 'two.json');
  writeFileSync(path, JSON.stringify(study));
  const report = await buildReport(loadStudyFile(path), { samples: 2000, sobolSamples: 256, scenarioSamples: 100, backend: 'js', date: '2026-12-06' });
  const adpe = report.impact.categories!.find((c) => c.category === 'adpe')!;
  const table = (key: string) => adpe.figures.find((f) => f.key === key)!.deterministic!;
  const fd = report.figures.categories!.find((c) => c.category === 'adpe')!;

  it('by element: the values of the category table, which are the hand-derived ones', () => {
    expect(table('element.server.annualized') / (1.025e-4 + 2628 * 5e-8) - 1).toBeLessThan(1e-12);
    expect(table('element.cloud.annualized') / (525.6 * 5e-8) - 1).toBeLessThan(1e-12);
    expect(fd.byElement!.unit).toBe('kgSbeq/year');
    expect(fd.byElement!.data).toEqual(['model', 'data', 'server', 'cloud'].map((e) => ({ label: e, value: table(`element.${e}.annualized`) })));
  });

  it('by stage: the table lists the stages in the category, and the chart has their values', () => {
    const want = { manufacturing: 1e-4, transport: 2.5e-6, use: (2628 + 525.6) * 5e-8, 'end of life': 0 };
    expect(fd.byStage!.data.map((d) => d.label)).toEqual(Object.keys(want));
    for (const d of fd.byStage!.data) expect(Math.abs(d.value - want[d.label as keyof typeof want])).toBeLessThan(1e-15);
    expect(fd.byStage!.data.map((d) => d.value)).toEqual(['stage.manufacturing', 'stage.transport', 'stage.use', 'stage.endOfLife'].map(table));
    // the stage rows of the table carry Monte Carlo statistics (the stage totals are default outputs)
    expect(adpe.figures.find((f) => f.key === 'stage.use')!.monteCarlo!.count).toBe(2000);
  });

  it('histogram and Sobol of the category\'s functional unit', () => {
    const fu = adpe.figures.find((f) => f.key === 'functionalUnit')!;
    expect(fd.histogram!.samples).toBe(2000);
    expect(fd.histogram!.data.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(fd.histogram!.data.markers!.find((m) => m.label === 'base case')!.value).toBe(fu.deterministic);
    expect(fd.histogram!.data.markers!.find((m) => m.label === 'mean')!.value).toBe(fu.monteCarlo!.mean);
    const ranking = report.interpretation.sensitivity.byCategory!.find((b) => b.output === 'adpe.functionalUnit')!.ranking;
    expect(fd.sobol!.data.map((d) => [d.input, d.st])).toEqual(ranking.map((r) => [r.input, r.ST]));
    expect(fd.sobol!.data.map((d) => d.input).sort()).toEqual(['cloud.pue', 'workload.utilization']);
  });

  it('the HTML report has each chart, titled, with its caption, in reading order', () => {
    const html = renderHtml(report);
    const names = renderFigures(report.figures).map((f) => f.name);
    expect(names).toEqual(['adpe-by-element', 'adpe-by-stage', 'breakdown', 'stages', 'embodied-components', 'operational-components', 'histogram', 'adpe-histogram', 'tornado', 'sobol', 'adpe-sobol']);
    for (const title of ['Abiotic resource depletion, elements: by element', 'Abiotic resource depletion, elements: by life-cycle stage', 'Footprint by life-cycle stage', 'Abiotic resource depletion, elements: Sobol indices, functional unit']) {
      expect(html).toContain(`>${title}<`);
    }
    expect(html).toMatch(/Figure 1\. Abiotic resource depletion, elements: annualised impact by element \[kgSbeq\/year\]/);
    expect(html).toMatch(/Figure 8\. Monte Carlo distribution of the abiotic resource depletion, elements/);
    // every figure is in the document once
    expect((html.match(/<figure>/g) ?? []).length).toBe(names.length);
  });

  it('Markdown links each chart\'s SVG, and the Vega-Lite specs carry the same data', () => {
    const md = renderMarkdown(report, 'two-figures');
    for (const n of ['adpe-by-element', 'adpe-by-stage', 'stages', 'adpe-histogram', 'adpe-sobol']) {
      expect(md.markdown).toContain(`(two-figures/${n}.svg)`);
      expect(md.figures[`${n}.svg`]).toMatch(/^<svg/);
    }
    const specs = renderFigureSpecs(report.figures);
    expect(specs.map((s) => s.name)).toEqual(renderFigures(report.figures).map((f) => f.name));
    const spec = specs.find((s) => s.name === 'adpe-by-element')!.spec as unknown as { data: { values: { label: string; value: number }[] } };
    // the spec sorts the bars, largest first, as the SVG chart does
    expect(spec.data.values.map((v) => [v.label, v.value]).sort()).toEqual(fd.byElement!.data.map((d) => [d.label, d.value]).sort());
    expect(spec.data.values.find((v) => v.label === 'server')!.value).toBe(table('element.server.annualized'));
  });
});
