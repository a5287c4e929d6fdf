import { histogramChart, outputHistogram, pickOutput, type HistogramChartOptions, type HistogramData } from '../histogram-chart.js';
import { formatNumber } from '../format-number.js';
import { CHART_PALETTE, INK } from '../palette.js';
import type { MonteCarloOutput, MonteCarloResult } from '../../mc/index.js';
import { specHead, type VegaLiteSpec } from './vega-lite-spec.js';

/**
 * The Monte Carlo histogram as a Vega-Lite v5 spec with its data inline:
 * the same bins, counts, markers, axis titles and title as
 * {@link histogramChart} draws (one row per bin with `binStart`, `binEnd`,
 * `count` and `share` in %; one row per marker with `label`, `value`,
 * `style` and the `text` written above the line). The data are checked by
 * the SVG chart itself, so both refuse the same input with the same error.
 *
 * @param data - as {@link histogramChart}: bins with markers, a Monte Carlo result or one of its outputs
 * @param options - as {@link histogramChart}; `height` defaults to 360 px
 * @returns a Vega-Lite v5 top-level spec (plain JSON data)
 * @throws {@link InputError} exactly when {@link histogramChart} does
 * @example
 * const spec = histogramSpec({ edges: [0, 1, 2, 3], counts: [25, 50, 25], markers: [{ label: 'p50', value: 1.5 }] }, { unit: 'kgCO2e' });
 * spec.layer[0].data.values.map((b) => b.share); // => [25, 50, 25]
 */
export function histogramSpec(data: HistogramData | MonteCarloOutput | MonteCarloResult, options?: HistogramChartOptions | Partial<HistogramChartOptions>): VegaLiteSpec {
  let bins: HistogramData;
  let o: Partial<HistogramChartOptions>;
  if (typeof data === 'object' && data !== null && ('outputs' in data || 'summary' in data)) {
    const out = 'outputs' in data ? pickOutput(data, options?.output) : data;
    bins = outputHistogram(out);
    o = { unit: out.unit, valueLabel: out.label, ...options };
  } else {
    bins = data;
    o = options ?? {};
  }
  histogramChart(bins, o); // the SVG chart's checks, so that both accept the same data
  const sig = o.significantDigits ?? 4;
  const unit = o.unit as string;
  const valueLabel = o.valueLabel ?? 'Carbon footprint';
  const yAxis = o.yAxis ?? 'share';
  let total = 0;
  for (const c of bins.counts) total += c;
  const values = bins.counts.map((count, i) => ({ binStart: bins.edges[i], binEnd: bins.edges[i + 1], count, share: total === 0 ? 0 : (100 * count) / total }));
  const markers = (bins.markers ?? []).map((m) => ({ label: m.label, value: m.value, style: m.style ?? 'dashed', text: `${m.label} ${formatNumber(m.value, sig)}` }));
  const xTitle = `${valueLabel} (${unit})`;
  const yField = yAxis === 'share' ? 'share' : 'count';
  const yTitle = yAxis === 'share' ? 'Share of samples (%)' : 'Samples (count)';
  const layer: unknown[] = [
    {
      data: { values },
      mark: { type: 'bar', color: CHART_PALETTE[4], stroke: INK.background, strokeWidth: 0.5 },
      encoding: {
        x: { field: 'binStart', type: 'quantitative', title: xTitle, scale: { zero: false } },
        x2: { field: 'binEnd' },
        y: { field: yField, type: 'quantitative', title: yTitle },
        tooltip: [
          { field: 'binStart', type: 'quantitative', title: `from (${unit})` },
          { field: 'binEnd', type: 'quantitative', title: `to (${unit})` },
          { field: 'count', type: 'quantitative', title: 'samples' },
          { field: 'share', type: 'quantitative', title: 'share (%)', format: '.3~g' },
        ],
      },
    },
  ];
  if (markers.length > 0) {
    const strokeDash = { field: 'style', type: 'nominal', legend: null, scale: { domain: ['dashed', 'solid'], range: [[4, 3], [1, 0]] } };
    layer.push(
      { data: { values: markers }, mark: { type: 'rule', color: INK.text, strokeWidth: 1.25 }, encoding: { x: { field: 'value', type: 'quantitative' }, strokeDash } },
      { data: { values: markers }, mark: { type: 'text', color: INK.text, fontSize: 11, dy: -6, baseline: 'bottom', y: 0 }, encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } } },
    );
  }
  const summary = `${bins.counts.length} bins from ${formatNumber(bins.edges[0], sig)} to ${formatNumber(bins.edges[bins.edges.length - 1], sig)} ${unit}, ${formatNumber(total, 6)} samples`;
  return {
    ...specHead(o.title, 'Monte Carlo distribution', o.width, `Histogram of ${valueLabel.toLowerCase()}: ${summary}.`),
    height: o.height ?? 360,
    layer,
  };
}
