import { scenarioChart, type ScenarioChartOptions, type ScenarioDatum } from '../scenario-chart.js';
import { CHART_PALETTE, INK } from '../palette.js';
import { specHead, type VegaLiteSpec } from './vega-lite-spec.js';

/**
 * The scenario chart as a Vega-Lite v5 spec with its data inline, in three
 * layers as {@link scenarioChart} draws them: the parts of each scenario
 * stacked from zero, the interval (`low`–`high`) as a whisker and the value
 * as a dot; scenarios in the order given. The data are checked by the SVG
 * chart itself.
 *
 * @param data - as {@link scenarioChart}
 * @param options - as {@link scenarioChart}: `unit` is required
 * @returns a Vega-Lite v5 top-level spec (plain JSON data)
 * @throws {@link InputError} exactly when {@link scenarioChart} does
 * @example
 * const spec = scenarioSpec([{ label: 'base', value: 10, low: 8, high: 13 }, { label: 'renewable', value: 4 }], { unit: 'kgCO2e/year' });
 * spec.layer[2].data.values.map((r) => `${r.scenario} ${r.value}`); // => ['base 10', 'renewable 4']
 */
export function scenarioSpec(data: readonly ScenarioDatum[], options: ScenarioChartOptions): VegaLiteSpec {
  scenarioChart(data, options); // the SVG chart's checks, so that both accept the same data
  const order = data.map((d) => d.label);
  const partNames: string[] = [];
  for (const d of data) for (const p of d.parts ?? []) if (!partNames.includes(p.label)) partNames.push(p.label);
  const parts = data.flatMap((d) => (d.parts ?? []).map((p) => ({ scenario: d.label, part: p.label, value: p.value, order: partNames.indexOf(p.label) })));
  const intervals = data.filter((d) => d.low !== undefined && d.high !== undefined).map((d) => ({ scenario: d.label, low: d.low, high: d.high }));
  const points = data.map((d) => ({ scenario: d.label, value: d.value }));
  const valueLabel = options.valueLabel ?? 'Carbon footprint';
  const pointLabel = options.pointLabel ?? 'value';
  const intervalLabel = options.intervalLabel ?? 'p5–p95';
  const xTitle = `${valueLabel} (${options.unit})`;
  const y = { field: 'scenario', type: 'nominal', sort: order, title: null };
  return {
    ...specHead(options.title, 'Scenario comparison', options.width, `${valueLabel} by scenario in ${options.unit}, ${pointLabel}${intervals.length > 0 ? ` (${intervalLabel})` : ''}: ${order.join(', ')}.`),
    ...(options.height === undefined ? {} : { height: options.height }),
    layer: [
      {
        data: { values: parts },
        mark: { type: 'bar', opacity: 0.85 },
        encoding: {
          y,
          x: { field: 'value', type: 'quantitative', aggregate: 'sum', stack: 'zero', title: xTitle },
          color: { field: 'part', type: 'nominal', title: null, scale: { domain: partNames, range: CHART_PALETTE.slice(0, partNames.length) }, legend: { orient: 'top' } },
          order: { field: 'order', type: 'quantitative' },
        },
      },
      {
        data: { values: intervals },
        mark: { type: 'rule', color: INK.text, strokeWidth: 1.5 },
        encoding: { y, x: { field: 'low', type: 'quantitative', title: xTitle }, x2: { field: 'high' }, tooltip: [{ field: 'scenario', type: 'nominal' }, { field: 'low', type: 'quantitative', title: `${intervalLabel} low` }, { field: 'high', type: 'quantitative', title: `${intervalLabel} high` }] },
      },
      {
        data: { values: points },
        mark: { type: 'point', filled: true, color: INK.text, size: 60 },
        encoding: { y, x: { field: 'value', type: 'quantitative', title: xTitle }, tooltip: [{ field: 'scenario', type: 'nominal' }, { field: 'value', type: 'quantitative', title: `${pointLabel} (${options.unit})` }] },
      },
    ],
  };
}
