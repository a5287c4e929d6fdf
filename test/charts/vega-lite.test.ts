import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contributionChart, contributionSpec, histogramChart, histogramSpec, scenarioChart, scenarioSpec, sobolChart, sobolSpec, stackedBarChart, stackedBarSpec,
  tornadoChart, tornadoSpec, VEGA_LITE_SCHEMA, type VegaLiteSpec,
} from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';
import { buildReport, renderFigures, renderFigureSpecs } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

let validate: ValidateFunction;
beforeAll(() => {
  const schema = JSON.parse(readFileSync('test/fixtures/vega-lite/vega-lite-schema-v5.23.0.json', 'utf8')) as object;
  // The Vega-Lite schema uses draft-07 keywords and union types; strict mode would reject the schema itself.
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false });
  validate = ajv.compile(schema);
}, 60_000);

function expectValid(spec: VegaLiteSpec): void {
  const ok = validate(JSON.parse(JSON.stringify(spec)));
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
  expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
}

/** The text of every `<title>` inside the bars (`class="ailca-bar"`) of an SVG chart, in drawing order. */
function barTooltips(svg: string): string[] {
  return [...svg.matchAll(/class="ailca-bar"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
const svgTitle = (svg: string): string => /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
type Layered = { layer: { data: { values: Record<string, unknown>[] } }[] };
type Flat = { data: { values: Record<string, unknown>[] }; encoding: Record<string, { title?: string | null }> };

describe('the schema check', () => {
  it('rejects a spec that breaks Vega-Lite, so that passing it means something', () => {
    const spec = stackedBarSpec([{ bar: 'a', segment: 'b', value: 1 }], { unit: 'kg' });
    expect(validate({ ...spec, mark: { type: 'barr' } })).toBe(false);
    expect(validate({ ...spec, encoding: { x: { field: 'bar', type: 'nominall' } } })).toBe(false);
  });
});

describe('histogramSpec', () => {
  // By hand: counts 1, 2, 1 of 4 samples are 25 %, 50 %, 25 %; the p50 marker is at 1.5.
  const data = { edges: [0, 1, 2, 3], counts: [1, 2, 1], markers: [{ label: 'p50', value: 1.5 }] };
  const options = { unit: 'kgCO2e', title: 'MC' };
  it('has the bins, counts, shares, markers, axis titles and title of the SVG histogram', () => {
    const spec = histogramSpec(data, options);
    expectValid(spec);
    const bins = (spec as unknown as Layered).layer[0].data.values;
    expect(bins).toEqual([
      { binStart: 0, binEnd: 1, count: 1, share: 25 },
      { binStart: 1, binEnd: 2, count: 2, share: 50 },
      { binStart: 2, binEnd: 3, count: 1, share: 25 },
    ]);
    expect((spec as unknown as Layered).layer[1].data.values).toEqual([{ label: 'p50', value: 1.5, style: 'dashed', text: 'p50 1.5' }]);
    const svg = histogramChart(data, options);
    // the SVG's bar tooltips say the same bins and shares
    expect(barTooltips(svg)).toEqual(['0 to 1 kgCO2e: 25 % (1 samples)', '1 to 2 kgCO2e: 50 % (2 samples)', '2 to 3 kgCO2e: 25 % (1 samples)']);
    expect(svg).toContain('p50 1.5');
    expect(svg).toContain('Carbon footprint (kgCO2e)');
    expect(svgTitle(svg)).toBe(spec.title);
    const enc = (spec.layer as { encoding: Record<string, { title?: string }> }[])[0].encoding;
    expect(enc.x.title).toBe('Carbon footprint (kgCO2e)');
    expect(enc.y.title).toBe('Share of samples (%)');
  });
  it('draws counts on request and refuses what the SVG chart refuses, with the same error', () => {
    const spec = histogramSpec(data, { ...options, yAxis: 'count' });
    expect((spec.layer as { encoding: { y: { field: string } } }[])[0].encoding.y.field).toBe('count');
    const bad = { edges: [0, 1, 3], counts: [1, 1] };
    expect(() => histogramChart(bad, options)).toThrow(InputError);
    let svgError = '';
    try { histogramChart(bad, options); } catch (e) { svgError = (e as Error).message; }
    expect(() => histogramSpec(bad, options)).toThrow(svgError);
  });
  it('shares always sum to 100 % and counts pass through unchanged (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((c) => c.some((x) => x > 0)), (counts) => {
      const edges = counts.map((_, i) => i).concat(counts.length);
      const bins = (histogramSpec({ edges, counts }, { unit: 'kWh' }) as unknown as Layered).layer[0].data.values;
      expect(bins.map((b) => b.count)).toEqual(counts);
      const total = bins.reduce((s, b) => s + (b.share as number), 0);
      expect(total).toBeCloseTo(100, 9);
    }));
  });
});

describe('tornadoSpec', () => {
  // Two inputs; swings |2277.54 − 1460.67| = 816.87 and |1900 − 1850| = 50: grid intensity first.
  const data = {
    baseOutput: 1869.1,
    bars: [
      { input: 'PUE', inputUnit: '', low: 1.1, high: 1.3, outputAtLow: 1850, outputAtHigh: 1900 },
      { input: 'grid intensity', inputUnit: 'kgCO2e/kWh', low: 0.3, high: 0.5, outputAtLow: 1460.67, outputAtHigh: 2277.54 },
    ],
  };
  it('has the low and high of the SVG tornado, largest swing first, and the base line', () => {
    const spec = tornadoSpec(data, { unit: 'kgCO2e/year' });
    expectValid(spec);
    const rows = (spec as unknown as Layered).layer[0].data.values.map((r) => [r.input, r.setting, r.inputValue, r.output]);
    expect(rows).toEqual([
      ['grid intensity', 'input at low value', 0.3, 1460.67],
      ['grid intensity', 'input at high value', 0.5, 2277.54],
      ['PUE', 'input at low value', 1.1, 1850],
      ['PUE', 'input at high value', 1.3, 1900],
    ]);
    expect((spec as unknown as Layered).layer[1].data.values[0].base).toBe(1869.1);
    const svg = tornadoChart(data, { unit: 'kgCO2e/year' });
    const tips = barTooltips(svg);
    expect(tips).toContain('grid intensity = 0.3 kgCO2e/kWh → 1,461 kgCO2e/year');
    expect(tips).toContain('grid intensity = 0.5 kgCO2e/kWh → 2,278 kgCO2e/year');
    expect(tips.indexOf('grid intensity = 0.3 kgCO2e/kWh → 1,461 kgCO2e/year')).toBeLessThan(tips.indexOf('PUE = 1.1 → 1,850 kgCO2e/year'));
    expect(svgTitle(svg)).toBe(spec.title);
  });
});

describe('stackedBarSpec, contributionSpec, sobolSpec, scenarioSpec', () => {
  it('stacked bars: one row per (bar, segment), the SVG’s axis title, segments in first-seen order', () => {
    const data = [
      { bar: 'server', segment: 'embodied', value: 235.36 },
      { bar: 'server', segment: 'operational', value: 1633.74 },
      { bar: 'cloud', segment: 'operational', value: 100 },
    ];
    const spec = stackedBarSpec(data, { unit: 'kgCO2e/year' });
    expectValid(spec);
    const flat = spec as unknown as Flat;
    expect(flat.data.values.map((r) => [r.bar, r.segment, r.value, r.order])).toEqual([['server', 'embodied', 235.36, 0], ['server', 'operational', 1633.74, 1], ['cloud', 'operational', 100, 1]]);
    expect(flat.encoding.y.title).toBe('Carbon footprint (kgCO2e/year)');
    const svg = stackedBarChart(data, { unit: 'kgCO2e/year' });
    expect(svg).toContain('Carbon footprint (kgCO2e/year)');
    // 235.36 + 1633.74 = 1869.1, the total the SVG writes above the server bar
    expect(svg).toContain('>1,869<');
    expect(svgTitle(svg)).toBe(spec.title);
  });
  it('contributions: sorted largest first with shares 30/(10+30) = 75 % and 25 %', () => {
    const data = [{ label: 'CPU die', value: 10 }, { label: 'DRAM', value: 30 }];
    const spec = contributionSpec(data, { unit: 'kgCO2e', valueLabel: 'Embodied carbon' });
    expectValid(spec);
    expect((spec as unknown as Flat).data.values).toEqual([{ label: 'DRAM', value: 30, share: 75 }, { label: 'CPU die', value: 10, share: 25 }]);
    expect(barTooltips(contributionChart(data, { unit: 'kgCO2e', valueLabel: 'Embodied carbon' }))).toEqual(['DRAM: 30 kgCO2e (75 %)', 'CPU die: 10 kgCO2e (25 %)']);
    expect(() => contributionSpec([{ label: 'x', value: -1 }], { unit: 'kgCO2e' })).toThrow(InputError);
  });
  it('Sobol: S1 and ST per input sorted by ST, intervals as low/high', () => {
    const data = [
      { input: 'PUE', s1: 0.2, st: 0.3 },
      { input: 'grid intensity', s1: 0.6, st: 0.7, s1Interval: [0.5, 0.7] as [number, number], stInterval: [0.6, 0.8] as [number, number] },
    ];
    const spec = sobolSpec(data, { intervalLabel: '95 % bootstrap interval' });
    expectValid(spec);
    const rows = (spec as unknown as Layered).layer[0].data.values;
    expect(rows).toEqual([
      { input: 'grid intensity', index: 'first order S1', value: 0.6, low: 0.5, high: 0.7 },
      { input: 'grid intensity', index: 'total order ST', value: 0.7, low: 0.6, high: 0.8 },
      { input: 'PUE', index: 'first order S1', value: 0.2 },
      { input: 'PUE', index: 'total order ST', value: 0.3 },
    ]);
    expect((spec as unknown as Layered).layer[1].data.values).toHaveLength(2);
    expect(svgTitle(sobolChart(data, {}))).toBe(sobolSpec(data).title);
  });
  it('scenarios: parts, intervals and points in the given order', () => {
    const data = [
      { label: 'base', value: 10, low: 8, high: 13, parts: [{ label: 'embodied', value: 4 }, { label: 'operational', value: 6 }] },
      { label: 'renewable', value: 4.5, parts: [{ label: 'embodied', value: 4 }, { label: 'operational', value: 0.5 }] },
    ];
    const spec = scenarioSpec(data, { unit: 'kgCO2e/year', intervalLabel: 'p2.5–p97.5' });
    expectValid(spec);
    const [parts, intervals, points] = (spec as unknown as Layered).layer.map((l) => l.data.values);
    expect(parts.map((p) => `${p.scenario as string}/${p.part as string}=${p.value as number}`)).toEqual(['base/embodied=4', 'base/operational=6', 'renewable/embodied=4', 'renewable/operational=0.5']);
    expect(intervals).toEqual([{ scenario: 'base', low: 8, high: 13 }]);
    expect(points).toEqual([{ scenario: 'base', value: 10 }, { scenario: 'renewable', value: 4.5 }]);
    expect(svgTitle(scenarioChart(data, { unit: 'kgCO2e/year' }))).toBe(spec.title);
  });
});

describe('renderFigureSpecs', () => {
  it('gives one valid spec per SVG figure of a report, with the same names and titles', async () => {
    const report = await buildReport(loadStudyFile('examples/xeon-8468-uncertain.json'), { samples: 2000, sobolSamples: 64, scenarioSamples: 200, backend: 'js' });
    const svgs = renderFigures(report.figures);
    const specs = renderFigureSpecs(report.figures);
    expect(specs.map((s) => s.name)).toEqual(svgs.map((f) => f.name));
    expect(specs.map((s) => s.name)).toEqual(expect.arrayContaining(['histogram', 'tornado', 'sobol']));
    specs.forEach((s, i) => {
      expectValid(s.spec);
      expect(s.spec.title).toBe(svgTitle(svgs[i].svg));
    });
    const h = report.figures.histogram;
    expect(h).toBeDefined();
    const bins = (specs.find((s) => s.name === 'histogram')?.spec as unknown as Layered).layer[0].data.values;
    expect(bins.map((b) => b.count)).toEqual(h?.data.counts);
    expect(bins.reduce((n, b) => n + (b.count as number), 0)).toBe(h?.samples);
  }, 120_000);

  it('leaves out the figures renderFigures leaves out (no embodied or no operational components)', async () => {
    const report = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
    for (const figures of [
      { ...report.figures, embodiedComponents: { ...report.figures.embodiedComponents, data: [] } },
      { ...report.figures, operationalComponents: { ...report.figures.operationalComponents, data: [] } },
    ]) {
      const names = renderFigureSpecs(figures).map((s) => s.name);
      expect(names).toEqual(renderFigures(figures).map((f) => f.name));
      expect(names).toHaveLength(2);
    }
  }, 120_000);
});
