import { stackedBarChart, type StackedBarDatum } from '../stacked-bar-chart.js';
import type { ValueChartOptions } from '../chart-options.js';
import { CHART_PALETTE } from '../palette.js';
import { specHead, type VegaLiteSpec } from './vega-lite-spec.js';

/**
 * The stacked bar chart (footprint by element and phase) as a Vega-Lite v5
 * spec with its data inline: one row per (bar, segment) with its value;
 * bars and segments in the order they first appear, segments coloured from
 * the same palette and stacked bottom to top as {@link stackedBarChart}
 * draws them. The data are checked by the SVG chart itself.
 *
 * @param data - as {@link stackedBarChart}
 * @param options - as {@link stackedBarChart}: `unit` is required
 * @returns a Vega-Lite v5 top-level spec (plain JSON data)
 * @throws {@link InputError} exactly when {@link stackedBarChart} does
 * @example
 * const spec = stackedBarSpec([{ bar: 'server', segment: 'embodied', value: 235.36 }, { bar: 'server', segment: 'operational', value: 1633.74 }], { unit: 'kgCO2e/year' });
 * spec.encoding.y.title; // => 'Carbon footprint (kgCO2e/year)'
 */
export function stackedBarSpec(data: readonly StackedBarDatum[], options: ValueChartOptions): VegaLiteSpec {
  stackedBarChart(data, options); // the SVG chart's checks, so that both accept the same data
  const bars: string[] = [];
  const segments: string[] = [];
  for (const d of data) {
    if (!bars.includes(d.bar)) bars.push(d.bar);
    if (!segments.includes(d.segment)) segments.push(d.segment);
  }
  const values = data.map((d) => ({ bar: d.bar, segment: d.segment, value: d.value, order: segments.indexOf(d.segment) }));
  const valueLabel = options.valueLabel ?? 'Carbon footprint';
  return {
    ...specHead(options.title, 'Carbon footprint by element and phase', options.width, `${valueLabel} in ${options.unit}, stacked bars: ${bars.join(', ')}; segments ${segments.join(', ')}.`),
    height: options.height ?? 400,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'bar', type: 'nominal', sort: bars, title: null, axis: { labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', aggregate: 'sum', stack: 'zero', title: `${valueLabel} (${options.unit})` },
      color: { field: 'segment', type: 'nominal', title: null, scale: { domain: segments, range: CHART_PALETTE.slice(0, segments.length) }, legend: { orient: 'top' } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'bar', type: 'nominal' }, { field: 'segment', type: 'nominal' }, { field: 'value', type: 'quantitative', title: options.unit }],
    },
  };
}
