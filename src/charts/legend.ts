/**
 * Legends: a row of swatches and names that wraps to the next line when the
 * width runs out.
 * @internal
 * @module
 */
import { INK } from './palette.js';
import { el, pathData, textEl } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/** One legend entry. @internal */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  /** Swatch: filled square (default), solid or dashed line, dot, or interval whisker. */
  readonly shape?: 'square' | 'line' | 'dashed' | 'point' | 'interval';
}

const ROW = 18; // px per legend line
const FONT = 11; // px
const SWATCH = 14; // px from swatch start to text start
const GAP = 16; // px between entries

/** A legend drawn from (x, y) within `maxWidth`; returns the markup and the height it took. @internal */
export function legend(items: readonly LegendItem[], x: number, y: number, maxWidth: number): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  for (const item of items) {
    const textMax = Math.min(maxWidth - SWATCH, 240);
    const width = SWATCH + Math.min(estimateTextWidth(item.label, FONT), textMax);
    if (cx > x && cx + width > x + maxWidth) {
      row++;
      cx = x;
    }
    const cy = y + row * ROW + 6; // swatch centre
    parts.push(swatch(item, cx, cy));
    parts.push(textEl(cx + SWATCH, cy + 4, item.label, { 'font-size': FONT, fill: INK.text, class: 'ailca-legend' }, textMax));
    cx += width + GAP;
  }
  return { svg: `<g class="ailca-legend">\n${parts.join('\n')}\n</g>`, height: items.length === 0 ? 0 : (row + 1) * ROW };
}

function swatch(item: LegendItem, x: number, cy: number): string {
  switch (item.shape ?? 'square') {
    case 'line':
      return el('line', { x1: x, y1: cy, x2: x + 10, y2: cy, stroke: item.color, 'stroke-width': 2 });
    case 'dashed':
      return el('line', { x1: x, y1: cy, x2: x + 10, y2: cy, stroke: item.color, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' });
    case 'point':
      return el('circle', { cx: x + 5, cy, r: 4, fill: item.color });
    case 'interval':
      return el('path', { d: pathData`M${x} ${cy - 4}V${cy + 4}M${x} ${cy}H${x + 10}M${x + 10} ${cy - 4}V${cy + 4}`, stroke: item.color, 'stroke-width': 1.5, fill: 'none' });
    default:
      return el('rect', { x, y: cy - 5, width: 10, height: 10, fill: item.color });
  }
}
