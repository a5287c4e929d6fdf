import { checkCount } from '../validate/index.js';
import type { HistogramView } from './histogram-quantile.js';

/**
 * A histogram for charts: `counts[i]` samples fell in `[edges[i], edges[i+1])`.
 * Edges are equally spaced (it fits `histogramChart`); samples outside the
 * edges are counted in `underflow` and `overflow`.
 */
export interface DisplayHistogram {
  /** Bin edges in the output's unit, strictly increasing, one more than counts. */
  readonly edges: readonly number[];
  /** Samples per bin (whole numbers). */
  readonly counts: readonly number[];
  /** Samples below `edges[0]`. */
  readonly underflow: number;
  /** Samples at or above the last edge. */
  readonly overflow: number;
}

/**
 * Fine bins per display bin: the smallest k ≥ ⌈m / n⌉ whose ⌈m / k⌉ display
 * bins of k fine bins fit inside the histogram (k = m always does).
 */
function groupSize(m: number, n: number, bins: number): number {
  let k = Math.ceil(m / n);
  while (Math.ceil(m / k) * k > bins) k += 1;
  return k;
}

/**
 * Rebin a fine histogram to at most `n` equally wide display bins covering
 * the occupied bins (first to last non-empty). Each display bin is a run of k
 * whole fine bins, so counts are exact and edges fall on fine-bin edges; the
 * run is moved left, over empty bins, when it would pass `hi`.
 *
 * @param h - the fine histogram
 * @param n - most display bins wanted, an integer ≥ 1
 * @throws {@link InputError} when n is not an integer ≥ 1
 */
export function displayBins(h: HistogramView, n: number): DisplayHistogram {
  checkCount(n, 'n');
  const { counts, lo, hi } = h;
  const bins = counts.length;
  let first = 0;
  while (first < bins && counts[first] === 0) first += 1;
  if (first === bins) {
    return Object.freeze({ edges: [lo, hi], counts: [0], underflow: h.underflow, overflow: h.overflow });
  }
  let last = bins - 1;
  while (counts[last] === 0) last -= 1;
  const m = last - first + 1;
  const k = groupSize(m, n, bins);
  const shown = Math.ceil(m / k);
  const start = Math.min(first, bins - shown * k);
  const width = (hi - lo) / bins;
  const edges: number[] = [];
  const out: number[] = [];
  for (let d = 0; d <= shown; d += 1) {
    const b = start + d * k;
    edges.push(b === bins ? hi : lo + b * width);
  }
  for (let d = 0; d < shown; d += 1) {
    let c = 0;
    for (let b = start + d * k; b < start + (d + 1) * k; b += 1) c += counts[b];
    out.push(c);
  }
  return Object.freeze({ edges, counts: out, underflow: h.underflow, overflow: h.overflow });
}
