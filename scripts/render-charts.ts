/**
 * Render every chart (the golden examples and the edge cases) into one HTML
 * page, to look at in a browser or screenshot with headless Chromium:
 *
 *   npx tsx scripts/render-charts.ts [out.html]        # default /tmp/charts.html
 *   npx tsx scripts/render-charts.ts --docs            # also write docs/images/chart-*.svg
 *   chromium --headless --no-sandbox --disable-gpu --screenshot=/tmp/charts.png \
 *     --window-size=1200,2400 file:///tmp/charts.html
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contributionChart, histogramChart, scenarioChart, sobolChart, stackedBarChart, tornadoChart } from '../src/charts/index.js';
import { goldenCharts } from '../test/charts/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp/charts.html';

const longName = 'hyperparameter search on 64 accelerators <with retries> & checkpoints';
const edgeCases: Record<string, string> = {
  'all-zero contributions': contributionChart([{ label: 'a', value: 0 }, { label: 'b', value: 0 }], { unit: 'kgCO2e' }),
  'single bar, long label': stackedBarChart([{ bar: longName, segment: 'embodied', value: 235.36 }], { unit: 'kgCO2e/year', width: 360, height: 300 }),
  'tornado with negative outputs and a non-monotone input': tornadoChart(
    { baseOutput: 120, bars: [
      { input: 'recycling credit', inputUnit: 'kgCO2e', low: -400, high: 0, outputAtLow: -280, outputAtHigh: 120 },
      { input: longName, low: 0.2, high: 0.8, outputAtLow: 150, outputAtHigh: 190 },
    ] },
    { unit: 'kgCO2e/year' },
  ),
  'escaping': contributionChart([{ label: '<script>alert("x")</script> & co', value: 3 }], { unit: 'kg<CO2e>' }),
  'Sobol with noisy negative S1, no whiskers, sorted off': sobolChart([{ input: 'a', s1: -0.04, st: 0.1 }, { input: 'b', s1: 0.9, st: 1.03 }], { sort: false }),
  'histogram as counts, no markers, 60 bins': histogramChart({ edges: Array.from({ length: 61 }, (_, i) => i * 0.5), counts: Array.from({ length: 60 }, (_, i) => Math.round(1000 * Math.exp(-(((i - 25) / 9) ** 2)))) }, { unit: 'tCO2e', yAxis: 'count' }),
  'scenarios without parts or intervals': scenarioChart([{ label: 'A', value: 12 }, { label: 'B', value: 7.5 }], { unit: 'kgCO2e per 1,000 inferences', valueLabel: 'Footprint' }),
};

const figures = [
  ...Object.entries(goldenCharts).map(([name, render]) => ({ name, svg: render() })),
  ...Object.entries(edgeCases).map(([name, svg]) => ({ name, svg })),
];
const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>ailca charts</title>
<style>body{font-family:sans-serif;margin:16px;display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{margin:0;border:1px solid #ddd}figcaption{font-size:12px;color:#555;padding:4px}</style>
</head><body>
${figures.map((f) => `<figure>${f.svg}<figcaption>${f.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</figcaption></figure>`).join('\n')}
</body></html>
`;
writeFileSync(out, html);
console.log(`wrote ${out} (${figures.length} charts)`);

if (args.includes('--docs')) {
  const dir = join(root, 'docs', 'images');
  mkdirSync(dir, { recursive: true });
  for (const [name, render] of Object.entries(goldenCharts)) writeFileSync(join(dir, `chart-${name}.svg`), render());
  console.log(`wrote ${Object.keys(goldenCharts).length} SVGs to ${dir}`);
}
