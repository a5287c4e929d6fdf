import { BOTTOM_AXIS_HEIGHT, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkObject, checkSeriesCount, checkText } from './check-data.js';
import { resolveOptions, type ValueChartOptions } from './chart-options.js';
import { InputError } from '../errors/index.js';
import { formatNumber } from './format-number.js';
import { legend, type LegendItem } from './legend.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, PAD, pathData, svgDocument, textEl, tooltip } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/** One part of a scenario's value, e.g. `{ label: 'embodied', value: 235.36 }`. */
export interface ScenarioPart {
  /** Name of the part, e.g. `embodied`; parts with the same label share a colour across scenarios. */
  readonly label: string;
  /** Value in the chart's unit, ≥ 0. */
  readonly value: number;
}

/** One scenario: a point value, an optional interval and an optional split into parts. */
export interface ScenarioDatum {
  /** Scenario name, e.g. `Germany 2022, 5 years`. */
  readonly label: string;
  /** The point: a deterministic result or a Monte Carlo mean, in the chart's unit. */
  readonly value: number;
  /** Lower end of the interval (e.g. p5); give both ends or neither. */
  readonly low?: number;
  /** Upper end of the interval (e.g. p95), ≥ `low`. */
  readonly high?: number;
  /** Parts (≥ 0) that add up to `value` (relative tolerance 1e-6), drawn as a stacked bar from 0. */
  readonly parts?: readonly ScenarioPart[];
}

/** Options of {@link scenarioChart}. */
export interface ScenarioChartOptions extends ValueChartOptions {
  /** What the point is, for the legend; default `value`; e.g. `mean` or `deterministic`. */
  readonly pointLabel?: string;
  /** What the interval is, for the legend; default `p5–p95`. */
  readonly intervalLabel?: string;
}

const ROW_HEIGHT = 34; // px per scenario when the height is automatic
const VALUE_FONT = 11; // px

/**
 * Scenario comparison, one row per scenario: a dot at the value, a whisker
 * over the interval (e.g. p5–p95) and, when parts are given, a stacked bar
 * splitting the value (e.g. embodied and operational). The value and
 * interval are written at the right. The height grows with the number of
 * scenarios (34 px each) unless `options.height` is given.
 *
 * @param data - one datum per scenario, in display order
 * @param options - `unit` is required; `pointLabel` and `intervalLabel` name the marks
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the scenario when a value is not finite, only one interval end is given or `low > high`, a part is negative, or the parts do not add up to the value
 * @example
 * const svg = scenarioChart(
 *   [{ label: 'renewable', value: 439.58, low: 380, high: 510 }],
 *   { unit: 'kgCO2e/year', pointLabel: 'mean' },
 * );
 * svg.includes('439.6 (380–510)'); // => true
 */
export function scenarioChart(data: readonly ScenarioDatum[], options: ScenarioChartOptions): string {
  const o = resolveOptions(options, 'Scenario comparison');
  const pointLabel = options.pointLabel === undefined ? 'value' : checkText(options.pointLabel, 'options.pointLabel', 'mean');
  const intervalLabel = options.intervalLabel === undefined ? 'p5–p95' : checkText(options.intervalLabel, 'options.intervalLabel', 'p5–p95');
  const partNames: string[] = [];
  const rows = checkArray(data, 'data', 'scenarios { label, value }').map((x, i) => checkScenario(x, i, o.unit, partNames));
  checkSeriesCount(partNames, 'data[].parts[].label');
  const fmt = (v: number): string => formatNumber(v, o.sig);
  const valueText = rows.map((r) => (r.interval ? `${fmt(r.value)} (${fmt(r.interval[0])}–${fmt(r.interval[1])})` : fmt(r.value)));

  const top = PAD + (o.heading ? HEADING_HEIGHT : 0);
  const items: LegendItem[] = partNames.map((p, i) => ({ label: p, color: CHART_PALETTE[i] }));
  items.push({ label: pointLabel, color: INK.text, shape: 'point' });
  if (rows.some((r) => r.interval)) items.push({ label: intervalLabel, color: INK.text, shape: 'interval' });
  const key = legend(items, PAD, top, o.width - 2 * PAD);
  const labelWidth = Math.min(Math.max(...rows.map((r) => estimateTextWidth(r.label, 12))), o.width * 0.28);
  const valueWidth = Math.min(Math.max(...valueText.map((t) => estimateTextWidth(t, VALUE_FONT))), 160);
  const plotTop = top + key.height + 8;
  const rowHeight = o.height === undefined ? ROW_HEIGHT : (o.height - plotTop - BOTTOM_AXIS_HEIGHT - PAD) / rows.length;
  const box = { left: PAD + labelWidth + 12, right: o.width - PAD - valueWidth - 14, top: plotTop, bottom: plotTop + rowHeight * rows.length };
  const height = o.height ?? box.bottom + BOTTOM_AXIS_HEIGHT + PAD;
  const all = rows.flatMap((r) => [r.value, ...(r.interval ?? [])]);
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all));
  const x = linearScale([ticks.values[0], ticks.values[ticks.values.length - 1]], [box.left, box.right]);
  const barHeight = Math.min(14, rowHeight * 0.45);

  const body = [valueAxis({ orient: 'bottom', ticks, scale: x, box, label: `${o.valueLabel} (${o.unit})` }), key.svg];
  rows.forEach((r, i) => {
    const yc = box.top + (i + 0.5) * rowHeight;
    body.push(textEl(PAD + labelWidth, yc + 4, r.label, { fill: INK.text, 'text-anchor': 'end', class: 'ailca-label' }, labelWidth));
    let base = 0;
    for (const p of r.parts) {
      if (p.value === 0) continue;
      const fill = CHART_PALETTE[partNames.indexOf(p.label)];
      body.push(el('rect', { x: x(base), y: yc - barHeight / 2, width: x(base + p.value) - x(base), height: barHeight, fill, 'fill-opacity': 0.85, class: 'ailca-bar' }, tooltip(`${r.label} / ${p.label}: ${fmt(p.value)} ${o.unit}`)));
      base += p.value;
    }
    if (r.interval) {
      const [lo, hi] = r.interval.map(x);
      body.push(el('path', { d: pathData`M${lo} ${yc - 6}V${yc + 6}M${lo} ${yc}H${hi}M${hi} ${yc - 6}V${yc + 6}`, stroke: INK.text, 'stroke-width': 1.5, fill: 'none', class: 'ailca-interval' }, tooltip(`${r.label}: ${intervalLabel} ${fmt(r.interval[0])} to ${fmt(r.interval[1])} ${o.unit}`)));
    }
    body.push(el('circle', { cx: x(r.value), cy: yc, r: 4.5, fill: INK.text, stroke: INK.background, 'stroke-width': 1.5, class: 'ailca-point' }, tooltip(`${r.label}: ${pointLabel} ${fmt(r.value)} ${o.unit}`)));
    body.push(textEl(box.right + 10, yc + 4, valueText[i], { 'font-size': VALUE_FONT, fill: INK.text, class: 'ailca-value' }, valueWidth + 4));
  });
  const summary = rows.map((r, i) => `${r.label}: ${valueText[i]}`).join('; ');
  const what = `${pointLabel}${rows.some((r) => r.interval) ? ` (${intervalLabel})` : ''}`;
  return svgDocument({ kind: 'scenario', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `${o.valueLabel} by scenario in ${o.unit}, ${what}. ${summary}.`, body });
}

interface CheckedScenario {
  readonly label: string;
  readonly value: number;
  readonly interval: readonly [number, number] | undefined;
  readonly parts: readonly ScenarioPart[];
}

/** Check one scenario; part names are collected into `partNames` in order of first appearance. */
function checkScenario(x: unknown, i: number, unit: string, partNames: string[]): CheckedScenario {
  const d = checkObject(x, `data[${i}]`, 'a scenario { label, value, low?, high?, parts? }');
  const label = checkText(d.label, `data[${i}].label`, 'Germany 2022, 5 years');
  const value = checkDatumNumber(d.value, `data[${i}].value`, label, { unit });
  if ((d.low === undefined) !== (d.high === undefined)) {
    throw new InputError({ path: `data[${i}].${d.low === undefined ? 'low' : 'high'}`, received: undefined, expected: 'both interval ends, or neither', problem: `of ${JSON.stringify(label)} is missing`, fix: 'give low and high together' });
  }
  let interval: [number, number] | undefined;
  if (d.low !== undefined) {
    interval = [checkDatumNumber(d.low, `data[${i}].low`, label, { unit }), checkDatumNumber(d.high, `data[${i}].high`, label, { unit })];
    if (interval[0] > interval[1]) {
      throw new InputError({ path: `data[${i}].low`, received: interval[0], expected: `≤ high (${interval[1]})`, problem: `of ${JSON.stringify(label)} is above high`, fix: 'swap low and high' });
    }
  }
  const parts = (d.parts === undefined ? [] : checkArray(d.parts, `data[${i}].parts`, 'parts { label, value }')).map((p, j) => {
    const part = checkObject(p, `data[${i}].parts[${j}]`, 'a part { label, value }');
    const name = checkText(part.label, `data[${i}].parts[${j}].label`, 'embodied');
    if (!partNames.includes(name)) partNames.push(name);
    return { label: name, value: checkDatumNumber(part.value, `data[${i}].parts[${j}].value`, `${label} / ${name}`, { min: 0, unit }) };
  });
  if (parts.length > 0) {
    let sum = 0;
    for (const p of parts) sum += p.value;
    if (Math.abs(sum - value) > 1e-6 * Math.max(Math.abs(sum), Math.abs(value))) {
      throw new InputError({ path: `data[${i}].parts`, received: `parts summing to ${sum}`, expected: `parts summing to the value ${value} (relative tolerance 1e-6)`, problem: `of ${JSON.stringify(label)} do not add up`, fix: 'split the same quantity the point shows (a deterministic result or the mean), or leave parts out' });
    }
  }
  return { label, value, interval, parts };
}
