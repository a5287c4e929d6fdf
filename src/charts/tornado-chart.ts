import { BOTTOM_AXIS_HEIGHT, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkObject, checkText } from './check-data.js';
import { resolveOptions, type ValueChartOptions } from './chart-options.js';
import { formatNumber } from './format-number.js';
import { legend } from './legend.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, PAD, svgDocument, textEl, tooltip } from './svg.js';
import { estimateTextWidth } from './text-width.js';
import type { TornadoOutput, TornadoResultBar } from '../sensitivity/index.js';

const ROW_HEIGHT = 30; // px per input when the height is automatic
const END_FONT = 11; // px
const LOW_COLOR = CHART_PALETTE[0]; // blue: input at its low value
const HIGH_COLOR = CHART_PALETTE[1]; // orange: input at its high value

/**
 * Tornado chart of a one-at-a-time sensitivity analysis. Each input is a row
 * with two segments drawn from the base output line: to the output with the
 * input at its low value (blue) and at its high value (orange). Rows are
 * sorted by swing `|outputAtHigh − outputAtLow|`, largest first; each bar end
 * is labelled with the input value that produced it, with its unit. Outputs
 * may be negative. The height grows with the number of inputs (30 px each)
 * unless `options.height` is given.
 *
 * @param data - a tornado of one output exactly as the sensitivity analysis returns it ({@link TornadoOutput}, e.g. `analyseStudy(study, { method: 'tornado' }).tornado.outputs[name]`): the base output and one bar per input; each bar's `swing` may be left out (the chart computes it), and an empty `inputUnit` means dimensionless
 * @param options - `unit` (of the output) is required
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the input when a value is not finite, a name is empty, or `unit` is missing
 * @example
 * const svg = tornadoChart(
 *   { baseOutput: 1869.1, bars: [{ input: 'grid intensity', inputUnit: 'kgCO2e/kWh', low: 0.3, high: 0.5, outputAtLow: 1460.67, outputAtHigh: 2277.54 }] },
 *   { unit: 'kgCO2e/year' },
 * );
 * svg.includes('0.5 kgCO2e/kWh'); // => true
 */
export function tornadoChart(data: Omit<TornadoOutput, 'bars'> & { readonly bars: readonly Omit<TornadoResultBar, 'swing'>[] }, options: ValueChartOptions): string {
  const o = resolveOptions(options, 'One-at-a-time sensitivity (tornado)');
  const d = checkObject(data, 'data', 'tornado data { baseOutput, bars }');
  const base = checkDatumNumber(d.baseOutput, 'data.baseOutput', 'base output', { unit: o.unit });
  const bars = checkArray(d.bars, 'data.bars', 'tornado bars').map((b, i) => {
    const bar = checkObject(b, `data.bars[${i}]`, 'a bar { input, low, high, outputAtLow, outputAtHigh }');
    const input = checkText(bar.input, `data.bars[${i}].input`, 'grid intensity');
    const inputUnit = bar.inputUnit === undefined || bar.inputUnit === '' ? '' : checkText(bar.inputUnit, `data.bars[${i}].inputUnit`, 'kgCO2e/kWh');
    const num = (key: string, unit: string): number => checkDatumNumber(bar[key], `data.bars[${i}].${key}`, input, { unit: unit || undefined });
    return { input, inputUnit, low: num('low', inputUnit), high: num('high', inputUnit), outLow: num('outputAtLow', o.unit), outHigh: num('outputAtHigh', o.unit) };
  });
  const sorted = [...bars].sort((a, b) => Math.abs(b.outHigh - b.outLow) - Math.abs(a.outHigh - a.outLow));
  const withUnit = (v: number, unit: string): string => (unit ? `${formatNumber(v, o.sig)} ${unit}` : formatNumber(v, o.sig));
  const rows = sorted.map((r) => ({ ...r, ends: endLabels(r, base, withUnit(r.low, r.inputUnit), withUnit(r.high, r.inputUnit)) }));

  const top = PAD + (o.heading ? HEADING_HEIGHT : 0);
  const key = legend([{ label: 'input at low value', color: LOW_COLOR }, { label: 'input at high value', color: HIGH_COLOR }], PAD, top, o.width - 2 * PAD);
  const labelWidth = Math.min(Math.max(...rows.map((r) => estimateTextWidth(r.input, 12))), o.width * 0.28);
  const padFor = (side: 'left' | 'right'): number => Math.min(190, Math.max(0, ...rows.flatMap((r) => r.ends.filter((e) => e.side === side).map((e) => estimateTextWidth(e.text, END_FONT) + 6))));
  const left = PAD + labelWidth + 10 + padFor('left');
  const right = o.width - PAD - padFor('right');
  const plotTop = top + key.height + 26;
  const rowHeight = o.height === undefined ? ROW_HEIGHT : (o.height - plotTop - BOTTOM_AXIS_HEIGHT - PAD) / rows.length;
  const box = { left, right, top: plotTop, bottom: plotTop + rowHeight * rows.length };
  const height = o.height ?? box.bottom + BOTTOM_AXIS_HEIGHT + PAD;
  const outputs = rows.flatMap((r) => [r.outLow, r.outHigh]);
  const ticks = niceTicks(Math.min(base, ...outputs), Math.max(base, ...outputs));
  const x = linearScale([ticks.values[0], ticks.values[ticks.values.length - 1]], [left, right]);
  const barHeight = Math.min(18, rowHeight * 0.65);

  const body = [valueAxis({ orient: 'bottom', ticks, scale: x, box, label: `${o.valueLabel} (${o.unit})` }), key.svg];
  rows.forEach((r, i) => {
    const yc = box.top + (i + 0.5) * rowHeight;
    body.push(textEl(PAD + labelWidth, yc + 4, r.input, { fill: INK.text, 'text-anchor': 'end', class: 'ailca-label' }, labelWidth));
    const segments = [
      { out: r.outLow, color: LOW_COLOR, what: `${r.input} = ${withUnit(r.low, r.inputUnit)}` },
      { out: r.outHigh, color: HIGH_COLOR, what: `${r.input} = ${withUnit(r.high, r.inputUnit)}` },
    ].sort((a, b) => Math.abs(b.out - base) - Math.abs(a.out - base)); // longer first, shorter on top
    for (const s of segments) {
      const x0 = x(Math.min(base, s.out));
      const x1 = x(Math.max(base, s.out));
      body.push(el('rect', { x: x0, y: yc - barHeight / 2, width: x1 - x0, height: barHeight, fill: s.color, class: 'ailca-bar' }, tooltip(`${s.what} → ${withUnit(s.out, o.unit)}`)));
    }
    for (const e of r.ends) {
      const ex = x(e.at) + (e.side === 'left' ? -4 : 4);
      body.push(textEl(ex, yc + 4, e.text, { 'font-size': END_FONT, fill: INK.muted, 'text-anchor': e.side === 'left' ? 'end' : 'start', class: 'ailca-value' }, 186));
    }
  });
  const bx = x(base);
  body.push(el('line', { x1: bx, y1: box.top - 6, x2: bx, y2: box.bottom, stroke: INK.text, 'stroke-width': 1.5, class: 'ailca-base' }));
  body.push(textEl(bx, box.top - 10, `base ${withUnit(base, o.unit)}`, { 'font-size': END_FONT, fill: INK.text, 'text-anchor': 'middle', class: 'ailca-base-label' }));
  const summary = rows.map((r) => `${r.input} from ${withUnit(r.low, r.inputUnit)} to ${withUnit(r.high, r.inputUnit)}: ${formatNumber(r.outLow, o.sig)} to ${formatNumber(r.outHigh, o.sig)}`).join('; ');
  return svgDocument({ kind: 'tornado', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `${o.valueLabel} in ${o.unit} when one input at a time goes from its low to its high value; base ${withUnit(base, o.unit)}. ${summary}.`, body });
}

/** Where the input values are written: at each segment's outer end, or once when both segments lie on one side. */
function endLabels(r: { outLow: number; outHigh: number }, base: number, lowText: string, highText: string): { at: number; side: 'left' | 'right'; text: string }[] {
  const sideOf = (out: number, other: number): 'left' | 'right' => (out < base || (out === base && other > base) ? 'left' : 'right');
  const lowSide = sideOf(r.outLow, r.outHigh);
  const highSide = r.outHigh === base && r.outLow === base ? 'right' : sideOf(r.outHigh, r.outLow);
  if (lowSide !== highSide) return [{ at: r.outLow, side: lowSide, text: lowText }, { at: r.outHigh, side: highSide, text: highText }];
  const far = lowSide === 'left' ? Math.min(r.outLow, r.outHigh) : Math.max(r.outLow, r.outHigh);
  return [{ at: far, side: lowSide, text: `low ${lowText} / high ${highText}` }];
}
