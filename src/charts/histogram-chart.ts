import { BOTTOM_AXIS_HEIGHT, leftAxisWidth, valueAxis } from './axis.js';
import { checkArray, checkDatumNumber, checkObject, checkText } from './check-data.js';
import { resolveOptions, type ValueChartOptions } from './chart-options.js';
import { InputError } from '../errors/index.js';
import { formatNumber } from './format-number.js';
import { linearScale } from './linear-scale.js';
import { niceTicks } from './nice-ticks.js';
import { CHART_PALETTE, INK } from './palette.js';
import { el, HEADING_HEIGHT, PAD, svgDocument, textEl, tooltip } from './svg.js';
import { estimateTextWidth } from './text-width.js';
import type { MonteCarloOutput, MonteCarloResult } from '../mc/index.js';

/** A vertical marker line on a histogram: a percentile or the mean. */
export interface HistogramMarker {
  /** Short name drawn above the line with its value: `p5`, `p50`, `mean`. */
  readonly label: string;
  /** Position in the output's unit. */
  readonly value: number;
  /** Line style; default `dashed` (use `solid` to set the mean apart). */
  readonly style?: 'dashed' | 'solid';
}

/** A binned Monte Carlo sample: `counts[i]` samples fell in `[edges[i], edges[i+1])`. */
export interface HistogramData {
  /** Bin edges in the output's unit, strictly increasing and equally spaced; one more than `counts`. */
  readonly edges: readonly number[];
  /** Samples per bin, ≥ 0 (need not be integers: weighted samples are fine). */
  readonly counts: readonly number[];
  /** Percentile and mean markers; default none. */
  readonly markers?: readonly HistogramMarker[];
}

/** Options of {@link histogramChart}. */
export interface HistogramChartOptions extends ValueChartOptions {
  /** y axis: `share` of samples in % (default) or raw sample `count`. */
  readonly yAxis?: 'share' | 'count';
  /** With a Monte Carlo result: the key of the output to draw (default `functionalUnit`, else the first output). */
  readonly output?: string;
}

const MARKER_FONT = 11; // px
const MARKER_ROW = 14; // px per line of marker labels

/**
 * Monte Carlo histogram: one bar per bin, y = share of samples in % (or the
 * count), x in the output's unit, with labelled vertical markers for
 * percentiles and the mean (`p50 1,869`). Marker labels that would overlap
 * are moved to further lines above the plot. Bins must be equally wide so
 * that bar heights compare like with like. Default size 640 × 360 px.
 *
 * @param data - bin edges, counts and optional markers; or a Monte Carlo result ({@link MonteCarloResult}, its `options.output`) or one of its outputs ({@link MonteCarloOutput}), drawn with its histogram, the p2.5, p50, mean and p97.5 markers, and its unit and label unless `options` gives them
 * @param options - `unit` is required with bins (taken from the output with a result); `yAxis` chooses share (default) or count
 * @returns a self-contained SVG document
 * @throws {@link InputError} when edges are not strictly increasing or not equally spaced, `counts` has the wrong length, a count is negative or a value not finite (naming the bin or marker), or `unit` is missing
 * @example
 * const svg = histogramChart(
 *   { edges: [0, 1, 2, 3], counts: [25, 50, 25], markers: [{ label: 'p50', value: 1.5 }] },
 *   { unit: 'kgCO2e' },
 * );
 * svg.includes('Share of samples (%)'); // => true
 * svg.includes('p50 1.5'); // => true
 */
export function histogramChart(data: HistogramData | MonteCarloOutput | MonteCarloResult, options?: HistogramChartOptions | Partial<HistogramChartOptions>): string {
  if (typeof data === 'object' && data !== null && ('outputs' in data || 'summary' in data)) {
    const out = 'outputs' in data ? pickOutput(data, options?.output) : data;
    return histogramChart(outputHistogram(out), { unit: out.unit, valueLabel: out.label, ...options });
  }
  return binsChart(data, (options ?? {}) as HistogramChartOptions);
}

/** The output of a Monte Carlo result that a histogram draws: `key`, else `functionalUnit`, else the first. @internal */
export function pickOutput(result: MonteCarloResult, key: string | undefined): MonteCarloOutput {
  const out = key === undefined ? (result.outputs.find((o) => o.key === 'functionalUnit') ?? result.outputs[0]) : result.outputs.find((o) => o.key === key);
  if (out === undefined) throw new InputError({ path: 'options.output', received: key, expected: `one of the result's outputs: ${result.outputs.map((o) => o.key).join(', ')}` });
  return out;
}

/** The bins of a Monte Carlo output with its p2.5, p50, mean and p97.5 markers. @internal */
export function outputHistogram(out: MonteCarloOutput): HistogramData {
  const s = out.summary;
  const p = (k: string): HistogramMarker[] => (s.percentiles[k] === undefined ? [] : [{ label: k, value: s.percentiles[k] }]);
  return { edges: s.histogram.edges, counts: s.histogram.counts, markers: [...p('p2.5'), ...p('p50'), { label: 'mean', value: s.mean, style: 'solid' }, ...p('p97.5')] };
}

function binsChart(data: HistogramData, options: HistogramChartOptions): string {
  const o = resolveOptions(options, 'Monte Carlo distribution');
  const d = checkObject(data, 'data', 'histogram data { edges, counts, markers? }');
  const edges = checkArray(d.edges, 'data.edges', 'bin edges', 2).map((e, i) => checkDatumNumber(e, `data.edges[${i}]`, `edge ${i}`, { unit: o.unit }));
  const counts = checkArray(d.counts, 'data.counts', 'bin counts').map((c, i) =>
    checkDatumNumber(c, `data.counts[${i}]`, `bin ${i}`, { min: 0, fix: 'counts are numbers of samples, ≥ 0' }),
  );
  checkBins(edges, counts.length);
  const markers = (d.markers === undefined ? [] : checkArray(d.markers, 'data.markers', 'markers { label, value }', 0)).map((m, i) => {
    const marker = checkObject(m, `data.markers[${i}]`, 'a marker { label, value }');
    const label = checkText(marker.label, `data.markers[${i}].label`, 'p50');
    const value = checkDatumNumber(marker.value, `data.markers[${i}].value`, label, { unit: o.unit });
    if (marker.style !== undefined && marker.style !== 'dashed' && marker.style !== 'solid') {
      throw new InputError({ path: `data.markers[${i}].style`, received: marker.style, expected: "'dashed' or 'solid'" });
    }
    return { label, value, style: (marker.style ?? 'dashed') };
  });
  const yAxis = options.yAxis ?? 'share';
  if (yAxis !== 'share' && yAxis !== 'count') throw new InputError({ path: 'options.yAxis', received: yAxis, expected: "'share' or 'count'" });

  let total = 0;
  for (const c of counts) total += c;
  const heights = counts.map((c) => (yAxis === 'count' ? c : total === 0 ? 0 : (100 * c) / total));
  const height = o.height ?? 360;
  const yTicks = niceTicks(0, Math.max(...heights));
  const xTicks = niceTicks(Math.min(edges[0], ...markers.map((m) => m.value)), Math.max(edges[edges.length - 1], ...markers.map((m) => m.value)));
  const left = PAD + leftAxisWidth(yTicks);
  const right = o.width - PAD - 8;
  const x = linearScale([xTicks.values[0], xTicks.values[xTicks.values.length - 1]], [left, right]);

  // marker labels: greedy placement on the first line where they do not overlap
  const placed = markers
    .map((m) => ({ ...m, text: `${m.label} ${formatNumber(m.value, o.sig)}`, x: x(m.value) }))
    .sort((a, b) => a.x - b.x)
    .map((m) => ({ ...m, half: estimateTextWidth(m.text, MARKER_FONT) / 2 + 3 }));
  const lineEnds: number[] = [];
  const lines = placed.map((m) => {
    let line = lineEnds.findIndex((end) => end <= m.x - m.half);
    if (line < 0) line = lineEnds.push(0) - 1;
    lineEnds[line] = m.x + m.half;
    return line;
  });
  const top = PAD + (o.heading ? HEADING_HEIGHT : 0) + lineEnds.length * MARKER_ROW + 6;
  const box = { left, right, top, bottom: height - PAD - BOTTOM_AXIS_HEIGHT };
  const y = linearScale([0, yTicks.values[yTicks.values.length - 1]], [box.bottom, box.top]);

  const yLabel = yAxis === 'share' ? 'Share of samples (%)' : 'Samples (count)';
  const body = [
    valueAxis({ orient: 'left', ticks: yTicks, scale: y, box, label: yLabel }),
    valueAxis({ orient: 'bottom', ticks: xTicks, scale: x, box, label: `${o.valueLabel} (${o.unit})`, grid: false }),
  ];
  counts.forEach((c, i) => {
    const x0 = x(edges[i]);
    const x1 = x(edges[i + 1]);
    const range = `${formatNumber(edges[i], o.sig)} to ${formatNumber(edges[i + 1], o.sig)} ${o.unit}`;
    const amount = yAxis === 'share' ? `${formatNumber(heights[i], 3)} % (${formatNumber(c, 6)} samples)` : `${formatNumber(c, 6)} samples`;
    body.push(el('rect', { x: x0, y: y(heights[i]), width: x1 - x0, height: box.bottom - y(heights[i]), fill: CHART_PALETTE[4], stroke: INK.background, 'stroke-width': 0.5, class: 'ailca-bar' }, tooltip(`${range}: ${amount}`)));
  });
  placed.forEach((m, i) => {
    const dash = m.style === 'dashed' ? '4 3' : undefined;
    const labelY = box.top - 8 - lines[i] * MARKER_ROW;
    body.push(el('line', { x1: m.x, y1: box.top - 4, x2: m.x, y2: box.bottom, stroke: INK.text, 'stroke-width': 1.25, 'stroke-dasharray': dash, class: 'ailca-marker' }));
    body.push(textEl(m.x, labelY, m.text, { 'font-size': MARKER_FONT, fill: INK.text, 'text-anchor': 'middle', class: 'ailca-marker-label' }));
  });
  const summary = `${counts.length} bins from ${formatNumber(edges[0], o.sig)} to ${formatNumber(edges[edges.length - 1], o.sig)} ${o.unit}, ${formatNumber(total, 6)} samples`;
  const marks = placed.length === 0 ? '' : ` Markers: ${placed.map((m) => `${m.text} ${o.unit}`).join('; ')}.`;
  return svgDocument({ kind: 'histogram', width: o.width, height, title: o.title, heading: o.heading, description: o.description ?? `Histogram of ${o.valueLabel.toLowerCase()}: ${summary}.${marks}`, body });
}

/** Edges strictly increasing, equally spaced (relative tolerance 1e-6 of the width), one more than the counts. */
function checkBins(edges: readonly number[], binCount: number): void {
  if (edges.length !== binCount + 1) {
    throw new InputError({ path: 'data.edges', received: `${edges.length} edges for ${binCount} counts`, expected: `${binCount + 1} edges (one more than counts)`, problem: 'has the wrong length' });
  }
  const width = (edges[edges.length - 1] - edges[0]) / binCount;
  for (let i = 1; i < edges.length; i++) {
    const w = edges[i] - edges[i - 1];
    if (!(w > 0)) {
      throw new InputError({ path: `data.edges[${i}]`, received: edges[i], expected: `a value > data.edges[${i - 1}] = ${edges[i - 1]}`, problem: 'is not increasing', fix: 'sort the edges and remove duplicates' });
    }
    if (Math.abs(w - width) > 1e-6 * width) {
      throw new InputError({ path: `data.edges[${i}]`, received: edges[i], expected: `equally spaced edges, ${width} apart`, problem: 'makes an unequal bin', fix: 'rebin to equal widths; unequal bins make bar heights misleading' });
    }
  }
}
