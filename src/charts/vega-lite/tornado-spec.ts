import { tornadoChart } from '../tornado-chart.js';
import type { ValueChartOptions } from '../chart-options.js';
import { formatNumber } from '../format-number.js';
import { CHART_PALETTE, INK } from '../palette.js';
import type { TornadoOutput, TornadoResultBar } from '../../sensitivity/index.js';
import { specHead, type VegaLiteSpec } from './vega-lite-spec.js';

const LOW = 'input at low value';
const HIGH = 'input at high value';

/**
 * The tornado chart as a Vega-Lite v5 spec with its data inline: one row
 * per input and end (`setting` low or high) with the input's value and unit,
 * the output there and the base output; rows ordered by swing, largest
 * first, as {@link tornadoChart} orders them; a rule at the base output.
 * The data are checked by the SVG chart itself.
 *
 * @param data - as {@link tornadoChart}
 * @param options - as {@link tornadoChart}: `unit` is required
 * @returns a Vega-Lite v5 top-level spec (plain JSON data)
 * @throws {@link InputError} exactly when {@link tornadoChart} does
 * @example
 * const spec = tornadoSpec(
 *   { baseOutput: 1869.1, bars: [{ input: 'grid intensity', inputUnit: 'kgCO2e/kWh', low: 0.3, high: 0.5, outputAtLow: 1460.67, outputAtHigh: 2277.54 }] },
 *   { unit: 'kgCO2e/year' },
 * );
 * spec.layer[0].data.values.map((r) => r.output); // => [1460.67, 2277.54]
 */
export function tornadoSpec(data: Omit<TornadoOutput, 'bars'> & { readonly bars: readonly Omit<TornadoResultBar, 'swing'>[] }, options: ValueChartOptions): VegaLiteSpec {
  tornadoChart(data, options); // the SVG chart's checks, so that both accept the same data
  const sig = options.significantDigits ?? 4;
  const base = data.baseOutput;
  const sorted = [...data.bars].sort((a, b) => Math.abs(b.outputAtHigh - b.outputAtLow) - Math.abs(a.outputAtHigh - a.outputAtLow));
  const withUnit = (v: number, unit: string | undefined): string => (unit ? `${formatNumber(v, sig)} ${unit}` : formatNumber(v, sig));
  const values = sorted.flatMap((b) => [
    { input: b.input, setting: LOW, inputValue: b.low, inputUnit: b.inputUnit ?? '', output: b.outputAtLow, base, text: withUnit(b.low, b.inputUnit) },
    { input: b.input, setting: HIGH, inputValue: b.high, inputUnit: b.inputUnit ?? '', output: b.outputAtHigh, base, text: withUnit(b.high, b.inputUnit) },
  ]);
  const valueLabel = options.valueLabel ?? 'Carbon footprint';
  const xTitle = `${valueLabel} (${options.unit})`;
  const order = sorted.map((b) => b.input);
  return {
    ...specHead(options.title, 'One-at-a-time sensitivity (tornado)', options.width, `${valueLabel} in ${options.unit} when one input at a time goes from its low to its high value; base ${withUnit(base, options.unit)}.`),
    ...(options.height === undefined ? {} : { height: options.height }),
    layer: [
      {
        data: { values },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'input', type: 'nominal', sort: order, title: null },
          x: { field: 'output', type: 'quantitative', title: xTitle, scale: { zero: false } },
          x2: { field: 'base' },
          color: { field: 'setting', type: 'nominal', title: null, scale: { domain: [LOW, HIGH], range: [CHART_PALETTE[0], CHART_PALETTE[1]] }, legend: { orient: 'top' } },
          tooltip: [
            { field: 'input', type: 'nominal' },
            { field: 'text', type: 'nominal', title: 'input value' },
            { field: 'output', type: 'quantitative', title: `output (${options.unit})` },
          ],
        },
      },
      {
        data: { values: [{ base, text: `base ${withUnit(base, options.unit)}` }] },
        mark: { type: 'rule', color: INK.text, strokeWidth: 1.5 },
        encoding: { x: { field: 'base', type: 'quantitative' }, tooltip: { field: 'text', type: 'nominal' } },
      },
    ],
  };
}
