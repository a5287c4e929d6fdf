import { leftAxisWidth, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkObject, checkText } from './check-data.js';
import { resolveOptions, type ChartOptions } from './chart-options.js';
import { formatNumber } from './format-number.js';
import { legend } from './legend.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, pathData, PAD, svgDocument, textEl, tooltip } from './svg.js';

/** Sobol indices of one input, with optional confidence half-widths (as SALib's `S1_conf`, `ST_conf`). */
export interface SobolDatum {
  /** Input name. */
  readonly input: string;
  /** First-order index S1: share of output variance due to the input alone. */
  readonly s1: number;
  /** Total-order index ST: share including all its interactions. */
  readonly st: number;
  /** Half-width of the confidence interval of S1, ≥ 0; no whisker when left out. */
  readonly s1Conf?: number;
  /** Half-width of the confidence interval of ST, ≥ 0; no whisker when left out. */
  readonly stConf?: number;
}

/** Options of {@link sobolChart} (no unit: indices are shares of variance). */
export interface SobolChartOptions extends ChartOptions {
  /** Sort inputs by ST, largest first (ties keep their order); default true. */
  readonly sort?: boolean;
  /** What the whiskers are, for the legend; default `95 % confidence interval`. */
  readonly intervalLabel?: string;
}

const S1_COLOR = CHART_PALETTE[0]; // blue
const ST_COLOR = CHART_PALETTE[1]; // orange

/**
 * Grouped bars of first-order (S1) and total (ST) Sobol indices per input,
 * with confidence-interval whiskers, on a y axis of share of output variance
 * from 0 to 1. Estimates slightly below 0 or above 1 (sampling noise) are
 * drawn as they are and the axis widened, never clipped. Default size
 * 640 × 360 px.
 *
 * @param data - one datum per input
 * @param options - see {@link SobolChartOptions}; no unit needed
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the input when an index is not finite or a half-width is negative
 * @example
 * // Ishigami function (a = 7, b = 0.1): analytic S1 and ST of x1
 * const svg = sobolChart([{ input: 'x1', s1: 0.313905, st: 0.557589 }]);
 * svg.includes('Sobol index (share of output variance)'); // => true
 */
export function sobolChart(data: readonly SobolDatum[], options: SobolChartOptions = {}): string {
  const o = resolveOptions(options, 'Sobol sensitivity indices', false);
  const intervalLabel = options.intervalLabel === undefined ? '95 % confidence interval' : checkText(options.intervalLabel, 'options.intervalLabel', '95 % bootstrap interval');
  const rows = checkArray(data, 'data', 'Sobol indices { input, s1, st }').map((x, i) => {
    const d = checkObject(x, `data[${i}]`, 'Sobol indices { input, s1, st, s1Conf?, stConf? }');
    const input = checkText(d.input, `data[${i}].input`, 'grid intensity');
    const conf = (key: string): number => (d[key] === undefined ? 0 : checkDatumNumber(d[key], `data[${i}].${key}`, input, { min: 0, fix: 'a confidence half-width is ≥ 0' }));
    return { input, s1: checkDatumNumber(d.s1, `data[${i}].s1`, input), st: checkDatumNumber(d.st, `data[${i}].st`, input), s1Conf: conf('s1Conf'), stConf: conf('stConf'), hasConf: d.s1Conf !== undefined || d.stConf !== undefined };
  });
  const sorted = options.sort === false ? rows : [...rows].sort((a, b) => b.st - a.st);
  const lows = sorted.flatMap((r) => [r.s1 - r.s1Conf, r.st - r.stConf]);
  const highs = sorted.flatMap((r) => [r.s1 + r.s1Conf, r.st + r.stConf]);
  const ticks = niceTicks(Math.min(0, ...lows), Math.max(1, ...highs));

  const height = o.height ?? 360;
  const top = PAD + (o.heading ? HEADING_HEIGHT : 0);
  const items = [
    { label: 'first order S1', color: S1_COLOR },
    { label: 'total order ST', color: ST_COLOR },
    ...(sorted.some((r) => r.hasConf) ? [{ label: intervalLabel, color: INK.text, shape: 'interval' as const }] : []),
  ];
  const key = legend(items, PAD, top, o.width - 2 * PAD);
  const box = { left: PAD + leftAxisWidth(ticks), right: o.width - PAD, top: top + key.height + 10, bottom: height - PAD - 24 };
  const y = linearScale([ticks.values[0], ticks.values[ticks.values.length - 1]], [box.bottom, box.top]);
  const band = (box.right - box.left) / sorted.length;
  const barWidth = Math.min(band * 0.36, 36);

  const body = [valueAxis({ orient: 'left', ticks, scale: y, box, label: 'Sobol index (share of output variance)' }), key.svg];
  if (ticks.values[0] < 0) body.push(el('line', { x1: box.left, y1: y(0), x2: box.right, y2: y(0), stroke: INK.axis }));
  sorted.forEach((r, i) => {
    const xc = box.left + (i + 0.5) * band;
    const bars = [
      { name: 'S1', v: r.s1, conf: r.s1Conf, color: S1_COLOR, x: xc - barWidth - 1 },
      { name: 'ST', v: r.st, conf: r.stConf, color: ST_COLOR, x: xc + 1 },
    ];
    for (const b of bars) {
      const y0 = y(Math.max(0, b.v));
      const y1 = y(Math.min(0, b.v));
      const text = `${r.input}: ${b.name} = ${formatNumber(b.v, 3)}${b.conf > 0 ? ` ± ${formatNumber(b.conf, 2)}` : ''}`;
      body.push(el('rect', { x: b.x, y: y0, width: barWidth, height: y1 - y0, fill: b.color, class: 'ailca-bar' }, tooltip(text)));
      if (b.conf > 0) {
        const cx = b.x + barWidth / 2;
        const lo = y(b.v - b.conf);
        const hi = y(b.v + b.conf);
        body.push(el('path', { d: pathData`M${cx - 4} ${hi}H${cx + 4}M${cx} ${hi}V${lo}M${cx - 4} ${lo}H${cx + 4}`, stroke: INK.text, 'stroke-width': 1.25, fill: 'none', class: 'ailca-whisker' }));
      }
    }
    body.push(textEl(xc, box.bottom + 17, r.input, { fill: INK.text, 'text-anchor': 'middle', class: 'ailca-label' }, band - 6));
  });
  const summary = sorted.map((r) => `${r.input}: S1 ${formatNumber(r.s1, 3)}, ST ${formatNumber(r.st, 3)}`).join('; ');
  return svgDocument({ kind: 'sobol', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `First-order (S1) and total (ST) Sobol indices, shares of output variance. ${summary}.`, body });
}
