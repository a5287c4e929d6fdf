import { leftAxisWidth, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkFlag, checkObject, checkText } from './check-data.js';
import { resolveOptions, type ChartOptions } from './chart-options.js';
import { InputError } from '../errors/index.js';
import { formatNumber } from './format-number.js';
import { legend } from './legend.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, pathData, PAD, svgDocument, textEl, tooltip } from './svg.js';
import type { SobolOutput } from '../sensitivity/index.js';

/**
 * Sobol indices of one input, with optional confidence intervals (e.g. the
 * bootstrap percentile intervals `S1ci`, `STci` of the sensitivity module).
 */
export interface SobolDatum {
  /** Input name. */
  readonly input: string;
  /** First-order index S1: share of output variance due to the input alone. */
  readonly s1: number;
  /** Total-order index ST: share including all its interactions. */
  readonly st: number;
  /** Confidence interval [low, high] of S1; no whisker when left out. */
  readonly s1Interval?: readonly [number, number];
  /** Confidence interval [low, high] of ST; no whisker when left out. */
  readonly stInterval?: readonly [number, number];
}

/** Options of {@link sobolChart} (no unit: indices are shares of variance). */
export interface SobolChartOptions extends ChartOptions {
  /** Sort inputs by ST, largest first (ties keep their order); default true. */
  readonly sort?: boolean;
  /** What the whiskers are, for the legend; default `confidence interval` (say which: `95 % bootstrap interval`). */
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
 * @param data - one datum per input, or a Sobol result of one output as the analysis returns it ({@link SobolOutput}, e.g. `analyseStudy(study, { method: 'sobol' }).sobol.outputs[name]`): its `S1`, `ST` and their intervals are drawn as they are
 * @param options - see {@link SobolChartOptions}; no unit needed
 * @returns a self-contained SVG document
 * @throws {@link InputError} naming the input when an index or interval end is not finite, or an interval has low > high
 * @example
 * // Ishigami function (a = 7, b = 0.1): analytic S1 and ST of x1
 * const svg = sobolChart([{ input: 'x1', s1: 0.313905, st: 0.557589 }]);
 * svg.includes('Sobol index (share of output variance)'); // => true
 */
export function sobolChart(data: readonly SobolDatum[] | SobolOutput, options: SobolChartOptions = {}): string {
  if (!Array.isArray(data) && typeof data === 'object' && data !== null && 'indices' in data) data = sobolData(data);
  const o = resolveOptions(options, 'Sobol sensitivity indices', false);
  const opts: SobolChartOptions = options ?? {};
  const intervalLabel = opts.intervalLabel === undefined ? 'confidence interval' : checkText(opts.intervalLabel, 'options.intervalLabel', '95 % bootstrap interval');
  const rows = checkArray(data, 'data', 'Sobol indices { input, s1, st }').map((x, i) => {
    const d = checkObject(x, `data[${i}]`, 'Sobol indices { input, s1, st, s1Interval?, stInterval? }');
    const input = checkText(d.input, `data[${i}].input`, 'grid intensity');
    return {
      input,
      s1: checkDatumNumber(d.s1, `data[${i}].s1`, input),
      st: checkDatumNumber(d.st, `data[${i}].st`, input),
      s1Interval: checkInterval(d.s1Interval, `data[${i}].s1Interval`, input),
      stInterval: checkInterval(d.stInterval, `data[${i}].stInterval`, input),
    };
  });
  const sorted = !checkFlag(opts.sort, 'options.sort', true) ? rows : [...rows].sort((a, b) => b.st - a.st);
  const lows = sorted.flatMap((r) => [r.s1, r.st, r.s1Interval?.[0] ?? 0, r.stInterval?.[0] ?? 0]);
  const highs = sorted.flatMap((r) => [r.s1, r.st, r.s1Interval?.[1] ?? 0, r.stInterval?.[1] ?? 0]);
  const ticks = niceTicks(Math.min(0, ...lows), Math.max(1, ...highs));

  const height = o.height ?? 360;
  const top = PAD + (o.heading ? HEADING_HEIGHT : 0);
  const items = [
    { label: 'first order S1', color: S1_COLOR },
    { label: 'total order ST', color: ST_COLOR },
    ...(sorted.some((r) => r.s1Interval || r.stInterval) ? [{ label: intervalLabel, color: INK.text, shape: 'interval' as const }] : []),
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
      { name: 'S1', v: r.s1, interval: r.s1Interval, color: S1_COLOR, x: xc - barWidth - 1 },
      { name: 'ST', v: r.st, interval: r.stInterval, color: ST_COLOR, x: xc + 1 },
    ];
    for (const b of bars) {
      const y0 = y(Math.max(0, b.v));
      const y1 = y(Math.min(0, b.v));
      const range = b.interval ? ` (${intervalLabel} ${formatNumber(b.interval[0], 3)} to ${formatNumber(b.interval[1], 3)})` : '';
      body.push(el('rect', { x: b.x, y: y0, width: barWidth, height: y1 - y0, fill: b.color, class: 'ailca-bar' }, tooltip(`${r.input}: ${b.name} = ${formatNumber(b.v, 3)}${range}`)));
      if (b.interval) {
        const cx = b.x + barWidth / 2;
        const lo = y(b.interval[0]);
        const hi = y(b.interval[1]);
        body.push(el('path', { d: pathData`M${cx - 4} ${hi}H${cx + 4}M${cx} ${hi}V${lo}M${cx - 4} ${lo}H${cx + 4}`, stroke: INK.text, 'stroke-width': 1.25, fill: 'none', class: 'ailca-whisker' }));
      }
    }
    body.push(textEl(xc, box.bottom + 17, r.input, { fill: INK.text, 'text-anchor': 'middle', class: 'ailca-label' }, band - 6));
  });
  const summary = sorted.map((r) => `${r.input}: S1 ${formatNumber(r.s1, 3)}, ST ${formatNumber(r.st, 3)}`).join('; ');
  return svgDocument({ kind: 'sobol', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `First-order (S1) and total (ST) Sobol indices, shares of output variance. ${summary}.`, body });
}

/** An optional [low, high] interval of finite numbers with low ≤ high. */
function checkInterval(value: unknown, path: string, input: string): readonly [number, number] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== 2) {
    throw new InputError({ path, received: value, expected: 'an interval [low, high]', problem: `of ${JSON.stringify(input)} is invalid` });
  }
  const low = checkDatumNumber(value[0], `${path}[0]`, input);
  const high = checkDatumNumber(value[1], `${path}[1]`, input);
  if (low > high) throw new InputError({ path, received: value, expected: 'low ≤ high', problem: `of ${JSON.stringify(input)} is reversed`, fix: 'swap the ends' });
  return [low, high];
}

/** One datum per input of a Sobol result, in its input order. */
/** One datum per input of a Sobol result of one output, as the chart draws it. @internal */
export function sobolData(output: SobolOutput): SobolDatum[] {
  return Object.entries(output.indices).map(([input, i]) => ({ input, s1: i.S1, st: i.ST, s1Interval: i.S1ci, stInterval: i.STci }));
}
