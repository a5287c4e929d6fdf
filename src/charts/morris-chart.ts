import { BOTTOM_AXIS_HEIGHT, leftAxisWidth, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkObject, checkText } from './check-data.js';
import { resolveOptions, type ValueChartOptions } from './chart-options.js';
import { formatNumber } from './format-number.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, PAD, svgDocument, textEl, tooltip } from './svg.js';
import { estimateTextWidth } from './text-width.js';
import type { MorrisOutput } from '../sensitivity/index.js';

/** Morris screening result of one input (Campolongo et al. 2007's μ*). */
export interface MorrisDatum {
  /** Input name. */
  readonly input: string;
  /** μ*: mean absolute elementary effect, ≥ 0, in the output's unit. */
  readonly muStar: number;
  /** σ: standard deviation of the elementary effects, ≥ 0, in the output's unit. */
  readonly sigma: number;
}

const LABEL_FONT = 11; // px

/**
 * Morris screening scatter: μ* (overall influence) against σ (non-linearity
 * and interactions) for each input, with labelled points and a dashed
 * σ = μ* reference line; inputs near the origin can be fixed. Labels that
 * would overlap are moved up or down a line. Default size 640 × 420 px.
 *
 * @param data - one datum per input, or a Morris result of one output as the analysis returns it ({@link MorrisOutput}, e.g. `analyseStudy(study, { method: 'morris' }).morris.outputs[name]`): its `ranking` is drawn
 * @param options - `unit` (of the output, hence of μ* and σ) is required
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the input when μ* or σ is negative or not finite, or `unit` is missing
 * @example
 * const svg = morrisChart([{ input: 'grid intensity', muStar: 820, sigma: 40 }], { unit: 'kgCO2e/year' });
 * svg.includes('μ* (mean |elementary effect|, kgCO2e/year)'); // => true
 */
export function morrisChart(data: readonly MorrisDatum[] | MorrisOutput, options: ValueChartOptions): string {
  if (!Array.isArray(data) && typeof data === 'object' && data !== null && 'ranking' in data) data = (data).ranking.map((r) => ({ input: r.input, muStar: r.muStar, sigma: r.sigma }));
  const o = resolveOptions(options, 'Morris screening (μ* against σ)');
  const points = checkArray(data, 'data', 'Morris results { input, muStar, sigma }').map((x, i) => {
    const d = checkObject(x, `data[${i}]`, 'a Morris result { input, muStar, sigma }');
    const input = checkText(d.input, `data[${i}].input`, 'grid intensity');
    const rule = { min: 0, unit: o.unit };
    return { input, muStar: checkDatumNumber(d.muStar, `data[${i}].muStar`, input, rule), sigma: checkDatumNumber(d.sigma, `data[${i}].sigma`, input, rule) };
  });
  const height = o.height ?? 420;
  const xTicks = niceTicks(0, Math.max(...points.map((p) => p.muStar)));
  const yTicks = niceTicks(0, Math.max(...points.map((p) => p.sigma)));
  const xMax = xTicks.values[xTicks.values.length - 1];
  const yMax = yTicks.values[yTicks.values.length - 1];
  const box = { left: PAD + leftAxisWidth(yTicks), right: o.width - PAD - 10, top: PAD + (o.heading ? HEADING_HEIGHT : 0) + 10, bottom: height - PAD - BOTTOM_AXIS_HEIGHT };
  const x = linearScale([0, xMax], [box.left, box.right]);
  const y = linearScale([0, yMax], [box.bottom, box.top]);

  const body = [
    valueAxis({ orient: 'left', ticks: yTicks, scale: y, box, label: `σ (spread of elementary effects, ${o.unit})` }),
    valueAxis({ orient: 'bottom', ticks: xTicks, scale: x, box, label: `μ* (mean |elementary effect|, ${o.unit})` }),
  ];
  const m = Math.min(xMax, yMax);
  body.push(el('line', { x1: x(0), y1: y(0), x2: x(m), y2: y(m), stroke: INK.muted, 'stroke-dasharray': '4 3', class: 'ailca-reference' }));
  body.push(textEl(x(m) + 4, y(m) + 12, 'σ = μ*', { 'font-size': LABEL_FONT, fill: INK.muted, class: 'ailca-reference-label' }));

  // labels: right of the point (left near the right edge), nudged a line up or down to avoid overlaps
  const taken: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const order = [...points].sort((a, b) => b.muStar - a.muStar || b.sigma - a.sigma);
  for (const p of order) {
    const px = x(p.muStar);
    const py = y(p.sigma);
    body.push(el('circle', { cx: px, cy: py, r: 4.5, fill: CHART_PALETTE[0], class: 'ailca-point' }, tooltip(`${p.input}: μ* ${formatNumber(p.muStar, o.sig)}, σ ${formatNumber(p.sigma, o.sig)} ${o.unit}`)));
    const width = Math.min(estimateTextWidth(p.input, LABEL_FONT), 160);
    const toLeft = px + 7 + width > o.width - PAD;
    const x0 = toLeft ? px - 7 - width : px + 7;
    const fits = (dy: number): boolean => !taken.some((t) => x0 < t.x1 && x0 + width > t.x0 && py + dy - 9 < t.y1 && py + dy + 3 > t.y0);
    const dy = [0, -12, 12, -24, 24].find(fits) ?? 0;
    taken.push({ x0, x1: x0 + width, y0: py + dy - 9, y1: py + dy + 3 });
    body.push(textEl(toLeft ? px - 7 : px + 7, py + dy + 4, p.input, { 'font-size': LABEL_FONT, fill: INK.text, 'text-anchor': toLeft ? 'end' : 'start', class: 'ailca-label' }, 160));
  }
  const summary = order.map((p) => `${p.input}: μ* ${formatNumber(p.muStar, o.sig)}, σ ${formatNumber(p.sigma, o.sig)}`).join('; ');
  return svgDocument({ kind: 'morris', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `Morris screening in ${o.unit}, inputs by mean absolute elementary effect μ* and its spread σ. ${summary}.`, body });
}
