import { contributionChart, type ContributionChartOptions, type ContributionDatum } from '../contribution-chart.js';
import { CHART_PALETTE } from '../palette.js';
import { specHead, type VegaLiteSpec } from './vega-lite-spec.js';

/**
 * The contribution chart (one bar per component) as a Vega-Lite v5 spec
 * with its data inline: one row per component with its value and its
 * `share` of the total in %, sorted largest first unless `sort` is false,
 * as {@link contributionChart} sorts them. The data are checked by the SVG
 * chart itself.
 *
 * @param data - as {@link contributionChart}
 * @param options - as {@link contributionChart}: `unit` is required
 * @returns a Vega-Lite v5 top-level spec (plain JSON data)
 * @throws {@link InputError} exactly when {@link contributionChart} does
 * @example
 * const spec = contributionSpec([{ label: 'CPU die', value: 25 }, { label: 'DRAM', value: 75 }], { unit: 'kgCO2e' });
 * spec.data.values.map((r) => `${r.label} ${r.share}`); // => ['DRAM 75', 'CPU die 25']
 */
export function contributionSpec(data: readonly ContributionDatum[], options: ContributionChartOptions): VegaLiteSpec {
  contributionChart(data, options); // the SVG chart's checks, so that both accept the same data
  const rows = options.sort === false ? [...data] : [...data].sort((a, b) => b.value - a.value);
  let total = 0;
  for (const r of rows) total += r.value;
  const values = rows.map((r) => ({ label: r.label, value: r.value, share: total === 0 ? 0 : (100 * r.value) / total }));
  const valueLabel = options.valueLabel ?? 'Carbon footprint';
  return {
    ...specHead(options.title, 'Contribution by component', options.width, `${valueLabel} by component in ${options.unit}: ${rows.map((r) => r.label).join(', ')}.`),
    ...(options.height === undefined ? {} : { height: options.height }),
    data: { values },
    mark: { type: 'bar', color: CHART_PALETTE[0] },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: rows.map((r) => r.label), title: null },
      x: { field: 'value', type: 'quantitative', title: `${valueLabel} (${options.unit})` },
      tooltip: [{ field: 'label', type: 'nominal' }, { field: 'value', type: 'quantitative', title: options.unit }, { field: 'share', type: 'quantitative', title: 'share (%)', format: '.2~f' }],
    },
  };
}
