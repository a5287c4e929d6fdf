import { sobolChart, sobolData, type SobolChartOptions, type SobolDatum } from '../sobol-chart.js';
import { CHART_PALETTE, INK } from '../palette.js';
import type { SobolOutput } from '../../sensitivity/index.js';
import { specHead, type VegaLiteSpec } from './vega-lite-spec.js';

const S1 = 'first order S1';
const ST = 'total order ST';

/**
 * The Sobol chart as a Vega-Lite v5 spec with its data inline: one row per
 * input and index (`first order S1`, `total order ST`) with the value and
 * its interval (`low`, `high`, absent without one); inputs sorted by ST,
 * largest first, unless `sort` is false, as {@link sobolChart} sorts them.
 * The data are checked by the SVG chart itself.
 *
 * @param data - as {@link sobolChart}: one datum per input, or a Sobol result of one output
 * @param options - as {@link sobolChart}
 * @returns a Vega-Lite v5 top-level spec (plain JSON data)
 * @throws {@link InputError} exactly when {@link sobolChart} does
 * @example
 * const spec = sobolSpec([{ input: 'grid intensity', s1: 0.6, st: 0.7 }, { input: 'PUE', s1: 0.2, st: 0.3 }]);
 * spec.layer[0].data.values.map((r) => `${r.input} ${r.value}`); // => ['grid intensity 0.6', 'grid intensity 0.7', 'PUE 0.2', 'PUE 0.3']
 */
export function sobolSpec(data: readonly SobolDatum[] | SobolOutput, options: SobolChartOptions = {}): VegaLiteSpec {
  const rows0: readonly SobolDatum[] = !Array.isArray(data) && typeof data === 'object' && data !== null && 'indices' in data ? sobolData(data) : (data as readonly SobolDatum[]);
  sobolChart(rows0, options); // the SVG chart's checks, so that both accept the same data
  const rows = options.sort === false ? [...rows0] : [...rows0].sort((a, b) => b.st - a.st);
  const interval = (i: readonly [number, number] | undefined) => (i === undefined ? {} : { low: i[0], high: i[1] });
  const values = rows.flatMap((r) => [
    { input: r.input, index: S1, value: r.s1, ...interval(r.s1Interval) },
    { input: r.input, index: ST, value: r.st, ...interval(r.stInterval) },
  ]);
  const intervalLabel = options.intervalLabel ?? 'confidence interval';
  const x = { field: 'input', type: 'nominal', sort: rows.map((r) => r.input), title: null, axis: { labelAngle: 0 } };
  const xOffset = { field: 'index', type: 'nominal', sort: [S1, ST] };
  const yTitle = 'Sobol index (share of output variance)';
  return {
    ...specHead(options.title, 'Sobol sensitivity indices', options.width, `Sobol first-order (S1) and total (ST) indices by input, with the ${intervalLabel} where given: ${rows.map((r) => r.input).join(', ')}.`),
    height: options.height ?? 360,
    layer: [
      {
        data: { values },
        mark: { type: 'bar' },
        encoding: {
          x,
          xOffset,
          y: { field: 'value', type: 'quantitative', title: yTitle },
          color: { field: 'index', type: 'nominal', title: null, scale: { domain: [S1, ST], range: [CHART_PALETTE[0], CHART_PALETTE[1]] }, legend: { orient: 'top' } },
          tooltip: [{ field: 'input', type: 'nominal' }, { field: 'index', type: 'nominal' }, { field: 'value', type: 'quantitative' }, { field: 'low', type: 'quantitative' }, { field: 'high', type: 'quantitative' }],
        },
      },
      {
        data: { values: values.filter((v) => 'low' in v) },
        mark: { type: 'rule', color: INK.text, strokeWidth: 1.25 },
        encoding: { x, xOffset, y: { field: 'low', type: 'quantitative', title: yTitle }, y2: { field: 'high' } },
      },
    ],
  };
}
