import { BOTTOM_AXIS_HEIGHT, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkFlag, checkObject, checkText } from './check-data.js';
import { resolveOptions, type ValueChartOptions } from './chart-options.js';
import { formatNumber } from './format-number.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, PAD, svgDocument, textEl, tooltip } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/** One component's contribution, e.g. `{ label: 'DRAM', value: 1105.92 }` (kgCO2e). */
export interface ContributionDatum {
  /** Component name; long names are cut with `…` and kept whole in a tooltip. */
  readonly label: string;
  /** Contribution in the chart's unit, ≥ 0. */
  readonly value: number;
}

/** Options of {@link contributionChart}. */
export interface ContributionChartOptions extends ValueChartOptions {
  /** Sort bars by value, largest first (ties keep their order); default true. */
  readonly sort?: boolean;
}

const ROW_HEIGHT = 28; // px per bar row when the height is automatic
const VALUE_FONT = 11; // px

/**
 * Horizontal bars of the contributions of components to a total, largest
 * first, each labelled with its value, unit and share of the total
 * (`1,106 kgCO2e (94 %)`). Bar lengths are proportional to the values on a
 * zero-based axis. The height grows with the number of bars (28 px each)
 * unless `options.height` is given.
 *
 * @param data - one datum per component, values ≥ 0 in `options.unit`
 * @param options - `unit` is required; see {@link ContributionChartOptions}
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the datum when a value is negative, NaN or infinite, a label is empty, or `unit` is missing
 * @example
 * const svg = contributionChart(
 *   [{ label: 'CPU die', value: 24.36 }, { label: 'DRAM', value: 1105.92 }],
 *   { unit: 'kgCO2e' },
 * );
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // => true
 * svg.includes('1,106 kgCO2e (98 %)'); // => true
 */
export function contributionChart(data: readonly ContributionDatum[], options: ContributionChartOptions): string {
  const o = resolveOptions(options, 'Contribution by component');
  const rows = checkArray(data, 'data', 'contributions { label, value }').map((d, i) => {
    const datum = checkObject(d, `data[${i}]`, 'a contribution { label, value }');
    const label = checkText(datum.label, `data[${i}].label`, 'DRAM');
    const value = checkDatumNumber(datum.value, `data[${i}].value`, label, {
      min: 0,
      unit: o.unit,
      fix: 'contributions are ≥ 0; show credits (negative values) in a tornado or scenario chart',
    });
    return { label, value };
  });
  const sorted = !checkFlag(options.sort, 'options.sort', true) ? rows : [...rows].sort((a, b) => b.value - a.value);
  let total = 0;
  for (const r of sorted) total += r.value;
  const share = (v: number): string => formatNumber(total === 0 ? 0 : (100 * v) / total, 2);
  const valueText = sorted.map((r) => `${formatNumber(r.value, o.sig)} ${o.unit} (${share(r.value)} %)`);

  const top = PAD + (o.heading ? HEADING_HEIGHT : 0) + 4;
  const labelWidth = Math.min(Math.max(...sorted.map((r) => estimateTextWidth(r.label, 12))), o.width * 0.3);
  const valueWidth = Math.min(Math.max(...valueText.map((t) => estimateTextWidth(t, VALUE_FONT))), o.width * 0.35);
  const box0 = { left: PAD + labelWidth + 10, right: o.width - PAD - valueWidth - 8 };
  const rowHeight = o.height === undefined ? ROW_HEIGHT : (o.height - top - BOTTOM_AXIS_HEIGHT - PAD) / sorted.length;
  const box = { ...box0, top, bottom: top + rowHeight * sorted.length };
  const height = o.height ?? box.bottom + BOTTOM_AXIS_HEIGHT + PAD;
  const ticks = niceTicks(0, Math.max(...sorted.map((r) => r.value)));
  const x = linearScale([0, ticks.values[ticks.values.length - 1]], [box.left, box.right]);
  const barHeight = Math.min(18, rowHeight * 0.7);

  const body = [valueAxis({ orient: 'bottom', ticks, scale: x, box, label: `${o.valueLabel} (${o.unit})` })];
  sorted.forEach((r, i) => {
    const yc = top + (i + 0.5) * rowHeight;
    body.push(textEl(box.left - 8, yc + 4, r.label, { fill: INK.text, 'text-anchor': 'end', class: 'ailca-label' }, labelWidth));
    body.push(el('rect', { x: box.left, y: yc - barHeight / 2, width: x(r.value) - box.left, height: barHeight, fill: CHART_PALETTE[0], class: 'ailca-bar' }, tooltip(`${r.label}: ${valueText[i]}`)));
    body.push(textEl(x(r.value) + 5, yc + 4, valueText[i], { 'font-size': VALUE_FONT, fill: INK.text, class: 'ailca-value' }, valueWidth + 4));
  });
  const summary = sorted.map((r, i) => `${r.label}: ${valueText[i]}`).join('; ');
  return svgDocument({
    kind: 'contribution',
    width: o.width,
    height,
    title: o.title,
    heading: o.heading,
    description: o.description ?? `${o.valueLabel} by component, total ${formatNumber(total, o.sig)} ${o.unit}. ${summary}.`,
    body,
  });
}
