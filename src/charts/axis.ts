/**
 * Value axes: axis line, tick marks, tick labels, light grid lines and the
 * axis title (which always carries the unit).
 * @internal
 * @module
 */
import { formatFixed, formatNumber } from './format-number.js';
import type { NiceTicks } from './nice-ticks.js';
import { INK } from './palette.js';
import { el, textEl } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/** The plot area in px. @internal */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Font size of tick labels (px). @internal */
export const TICK_FONT = 11;
/** Space below the plot a bottom axis needs: ticks, labels and title (px). @internal */
export const BOTTOM_AXIS_HEIGHT = 44;

/** The text of one tick: fixed decimals from the step, exponent form when extreme. @internal */
export function tickText(value: number, ticks: NiceTicks): string {
  const largest = Math.max(...ticks.values.map(Math.abs));
  if (ticks.decimals > 6 || largest >= 1e15) return formatNumber(value, 6);
  return formatFixed(value, ticks.decimals);
}

/** Space left of the plot a left axis needs: title, widest tick label, tick (px). @internal */
export function leftAxisWidth(ticks: NiceTicks): number {
  const widest = Math.max(...ticks.values.map((v) => estimateTextWidth(tickText(v, ticks), TICK_FONT)));
  return widest + 34;
}

/** What {@link valueAxis} draws. @internal */
export interface AxisSpec {
  readonly orient: 'bottom' | 'left';
  readonly ticks: NiceTicks;
  readonly scale: (value: number) => number;
  readonly box: Box;
  /** Axis title with its unit, e.g. `Carbon footprint (kgCO2e/year)`. */
  readonly label: string;
  /** Draw light grid lines across the plot; default true. */
  readonly grid?: boolean;
}

/** Grid, axis line, ticks, tick labels and title of one value axis. @internal */
export function valueAxis(spec: AxisSpec): string {
  const { box, ticks, scale } = spec;
  const parts: string[] = [];
  const grid = spec.grid ?? true;
  const tickStyle = { stroke: INK.axis, 'stroke-width': 1 };
  const labelStyle = { 'font-size': TICK_FONT, fill: INK.muted };
  const titleStyle = { 'font-size': 12, fill: INK.text, 'text-anchor': 'middle', class: 'ailca-axis-label' };
  for (const value of ticks.values) {
    const text = tickText(value, ticks);
    if (spec.orient === 'bottom') {
      const x = scale(value);
      if (grid) parts.push(el('line', { x1: x, y1: box.top, x2: x, y2: box.bottom, stroke: INK.grid }));
      parts.push(el('line', { x1: x, y1: box.bottom, x2: x, y2: box.bottom + 5, ...tickStyle }));
      parts.push(textEl(x, box.bottom + 17, text, { ...labelStyle, 'text-anchor': 'middle', class: 'ailca-tick' }));
    } else {
      const y = scale(value);
      if (grid) parts.push(el('line', { x1: box.left, y1: y, x2: box.right, y2: y, stroke: INK.grid }));
      parts.push(el('line', { x1: box.left - 5, y1: y, x2: box.left, y2: y, ...tickStyle }));
      parts.push(textEl(box.left - 8, y + 4, text, { ...labelStyle, 'text-anchor': 'end', class: 'ailca-tick' }));
    }
  }
  if (spec.orient === 'bottom') {
    parts.push(el('line', { x1: box.left, y1: box.bottom, x2: box.right, y2: box.bottom, ...tickStyle, class: 'ailca-axis ailca-axis-bottom' }));
    parts.push(textEl((box.left + box.right) / 2, box.bottom + 36, spec.label, titleStyle, box.right - box.left));
  } else {
    parts.push(el('line', { x1: box.left, y1: box.bottom, x2: box.left, y2: box.top, ...tickStyle, class: 'ailca-axis ailca-axis-left' }));
    const x = box.left - leftAxisWidth(ticks) + 12;
    const y = (box.top + box.bottom) / 2;
    parts.push(textEl(x, y, spec.label, { ...titleStyle, transform: `rotate(-90 ${x.toFixed(2)} ${y.toFixed(2)})` }, box.bottom - box.top));
  }
  return parts.join('\n');
}
