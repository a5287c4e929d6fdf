import { leftAxisWidth, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkObject, checkSeriesCount, checkText } from './check-data.js';
import { resolveOptions, type ValueChartOptions } from './chart-options.js';
import { InputError } from '../errors/index.js';
import { formatNumber } from './format-number.js';
import { legend } from './legend.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK, textColorOn } from './palette.js';
import { el, HEADING_HEIGHT, PAD, svgDocument, textEl, tooltip } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/**
 * One piece of a stacked bar: the value of `segment` within `bar`, e.g.
 * `{ bar: 'server', segment: 'embodied', value: 235.36 }`. Bars appear in the
 * order of their first datum, segments likewise (bottom to top).
 */
export interface StackedBarDatum {
  /** The bar (x category): an element (`server`) or a phase (`use`). */
  readonly bar: string;
  /** The stack within the bar: a phase or an element; one colour per segment name. */
  readonly segment: string;
  /** Value in the chart's unit, ≥ 0. */
  readonly value: number;
}

const VALUE_FONT = 11; // px

/**
 * Vertical stacked bars: footprint by element and phase. Each bar is one
 * `bar` name; its segments stack from zero in the order the segment names
 * first appear, coloured from {@link CHART_PALETTE} and named in a legend.
 * Segment values are written inside segments tall and wide enough to hold
 * them (unless the segment is the whole bar); each bar's total is written
 * above it. Default size 640 × 400 px.
 *
 * @param data - one datum per (bar, segment) pair; a missing pair counts as 0
 * @param options - `unit` is required (`kgCO2e/year`)
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the datum when a value is negative or not finite, a (bar, segment) pair repeats, there are more than 8 segment names, or `unit` is missing
 * @example
 * const svg = stackedBarChart(
 *   [
 *     { bar: 'server', segment: 'embodied', value: 235.36 },
 *     { bar: 'server', segment: 'operational', value: 1633.74 },
 *   ],
 *   { unit: 'kgCO2e/year' },
 * );
 * svg.includes('Carbon footprint (kgCO2e/year)'); // => true
 * svg.includes('>1,869<'); // => true
 */
export function stackedBarChart(data: readonly StackedBarDatum[], options: ValueChartOptions): string {
  const o = resolveOptions(options, 'Carbon footprint by element and phase');
  const bars: string[] = [];
  const segments: string[] = [];
  const values = new Map<string, number>(); // key: JSON [bar, segment]
  checkArray(data, 'data', 'stacked-bar data { bar, segment, value }').forEach((d, i) => {
    const datum = checkObject(d, `data[${i}]`, 'a datum { bar, segment, value }');
    const bar = checkText(datum.bar, `data[${i}].bar`, 'server');
    const segment = checkText(datum.segment, `data[${i}].segment`, 'embodied');
    const value = checkDatumNumber(datum.value, `data[${i}].value`, `${bar} / ${segment}`, {
      min: 0,
      unit: o.unit,
      fix: 'stacked segments are ≥ 0; show credits in a tornado or scenario chart',
    });
    const key = JSON.stringify([bar, segment]);
    if (values.has(key)) {
      throw new InputError({ path: `data[${i}]`, received: datum, expected: 'one datum per (bar, segment) pair', problem: 'repeats a pair', fix: 'add the values up before charting' });
    }
    values.set(key, value);
    if (!bars.includes(bar)) bars.push(bar);
    if (!segments.includes(segment)) segments.push(segment);
  });
  checkSeriesCount(segments, 'data[].segment');
  const valueOf = (bar: string, segment: string): number => values.get(JSON.stringify([bar, segment])) ?? 0;
  const totals = bars.map((b) => segments.reduce((sum, s) => sum + valueOf(b, s), 0));

  const height = o.height ?? 400;
  const top = PAD + (o.heading ? HEADING_HEIGHT : 0);
  const key = legend(segments.map((s, i) => ({ label: s, color: CHART_PALETTE[i] })), PAD, top, o.width - 2 * PAD);
  const ticks = niceTicks(0, Math.max(...totals));
  const box = { left: PAD + leftAxisWidth(ticks), right: o.width - PAD, top: top + key.height + 20, bottom: height - PAD - 24 };
  const y = linearScale([0, ticks.values[ticks.values.length - 1]], [box.bottom, box.top]);
  const band = (box.right - box.left) / bars.length;
  const barWidth = Math.min(band * 0.6, 96);

  const body = [valueAxis({ orient: 'left', ticks, scale: y, box, label: `${o.valueLabel} (${o.unit})` }), key.svg];
  bars.forEach((bar, b) => {
    const xc = box.left + (b + 0.5) * band;
    let base = 0;
    segments.forEach((segment, s) => {
      const v = valueOf(bar, segment);
      if (v === 0) return;
      const y0 = y(base);
      const y1 = y(base + v);
      const text = formatNumber(v, o.sig);
      const fill = CHART_PALETTE[s];
      body.push(el('rect', { x: xc - barWidth / 2, y: y1, width: barWidth, height: y0 - y1, fill, class: 'ailca-bar' }, tooltip(`${bar} / ${segment}: ${text} ${o.unit}`)));
      // a segment that is the whole bar is already labelled by the total above it
      if (v !== totals[b] && y0 - y1 >= 15 && estimateTextWidth(text, VALUE_FONT) <= barWidth - 4) {
        body.push(textEl(xc, (y0 + y1) / 2 + 4, text, { 'font-size': VALUE_FONT, fill: textColorOn(fill), 'text-anchor': 'middle', class: 'ailca-value' }));
      }
      base += v;
    });
    body.push(textEl(xc, y(totals[b]) - 5, formatNumber(totals[b], o.sig), { 'font-size': VALUE_FONT, 'font-weight': 'bold', fill: INK.text, 'text-anchor': 'middle', class: 'ailca-total' }, band));
    body.push(textEl(xc, box.bottom + 17, bar, { fill: INK.text, 'text-anchor': 'middle', class: 'ailca-label' }, band - 6));
  });
  const summary = bars.map((bar, b) => `${bar}: ${formatNumber(totals[b], o.sig)} ${o.unit} (${segments.map((s) => `${s} ${formatNumber(valueOf(bar, s), o.sig)}`).join(', ')})`).join('; ');
  return svgDocument({ kind: 'stacked-bar', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `${o.valueLabel} in ${o.unit}, stacked bars. ${summary}.`, body });
}
