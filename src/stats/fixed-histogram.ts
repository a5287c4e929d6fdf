import { InputError } from '../errors/index.js';
import { checkChunk } from './check-chunk.js';
import { checkHistogramOptions, type HistogramOptions } from './histogram-options.js';
import { displayBins, type DisplayHistogram } from './display-bins.js';
import { histogramFromJSON, histogramToJSON, type HistogramJSON } from './histogram-json.js';
import { histogramQuantile, type HistogramQuantile, type HistogramView } from './histogram-quantile.js';
import { scanMomentsAndBins, type BinTarget, type ChunkScan, type SampleChunk } from './scan-chunk.js';

/**
 * A histogram of fixed, equally wide bins over [lo, hi), with float64 counts
 * (exact to 2^53), under/overflow counts and the exact min and max. It gives
 * quantiles to within one bin width, (hi − lo) / bins, for quantiles inside
 * [lo, hi), flags those outside, and merges shards exactly when their
 * lo, hi and bins agree.
 *
 * @throws {@link InputError} from the constructor when lo or hi is not finite, lo ≥ hi, or bins is not an integer in [1, 2^24]
 * @example
 * const h = new FixedHistogram({ lo: 0, hi: 10, bins: 10 });
 * h.add(new Float64Array([0.5, 1.5, 2.5, 3.5, 12]));
 * h.overflow; // => 1
 * h.quantile(0.25).value; // => 1.5
 * h.quantile(0.25).maxError; // => 1
 * h.quantile(0.9).inRange; // => false
 * h.binsForDisplay(2).counts; // => [2, 2]
 */
export class FixedHistogram {
  /** Lower edge of the first bin, in the samples' unit. */
  readonly lo: number;
  /** Upper edge of the last bin. */
  readonly hi: number;
  /** Number of equally wide bins. */
  readonly bins: number;
  /** Bin width (hi − lo) / bins: the quantile error bound inside [lo, hi). */
  readonly binWidth: number;
  private readonly target: BinTarget;
  private totals = { underflow: 0, overflow: 0, min: Infinity, max: -Infinity, nonFiniteCount: 0 };

  constructor(options: HistogramOptions) {
    const { lo, hi, bins } = checkHistogramOptions(options, 'histogram');
    this.lo = lo;
    this.hi = hi;
    this.bins = bins;
    this.binWidth = (hi - lo) / bins;
    this.target = { lo, hi, scale: bins / (hi - lo), counts: new Float64Array(bins) };
  }

  /** Finite samples below lo. */
  get underflow(): number {
    return this.totals.underflow;
  }

  /** Finite samples at or above hi. */
  get overflow(): number {
    return this.totals.overflow;
  }

  /** Exact smallest finite sample added (+Infinity when none). */
  get min(): number {
    return this.totals.min;
  }

  /** Exact largest finite sample added (−Infinity when none). */
  get max(): number {
    return this.totals.max;
  }

  /** NaN and ±Infinity samples seen (not binned). */
  get nonFiniteCount(): number {
    return this.totals.nonFiniteCount;
  }

  /** Finite samples added: underflow + Σ counts + overflow. */
  get count(): number {
    let n = this.underflow + this.overflow;
    for (const c of this.target.counts) n += c;
    return n;
  }

  /** A copy of the bin counts: `binCounts()[i]` samples fell in [lo + i·binWidth, lo + (i+1)·binWidth). */
  binCounts(): Float64Array {
    return this.target.counts.slice();
  }

  /** An independent copy of this histogram. */
  copy(): FixedHistogram {
    const h = new FixedHistogram(this);
    h.target.counts.set(this.target.counts);
    h.addScanTotals(this.totals);
    return h;
  }

  private view(): HistogramView {
    return { lo: this.lo, hi: this.hi, counts: this.target.counts, ...this.totals, count: this.count };
  }

  /**
   * Add a chunk of samples (non-finite ones are counted in `nonFiniteCount` and skipped).
   * @throws {@link InputError} when chunk is not a Float32Array or Float64Array
   */
  add(chunk: SampleChunk): void {
    this.addScanTotals(scanMomentsAndBins(checkChunk(chunk, 'chunk'), this.lo, this.target));
  }

  /** The bins a combined kernel counts into (used by {@link StreamingSummary}). @internal */
  binTarget(): BinTarget {
    return this.target;
  }

  /** Add the totals of a combined scan whose bins were counted into {@link FixedHistogram.binTarget}. @internal */
  addScanTotals(scan: Pick<ChunkScan, 'underflow' | 'overflow' | 'nonFiniteCount' | 'min' | 'max'>): void {
    const t = this.totals;
    t.underflow += scan.underflow;
    t.overflow += scan.overflow;
    t.nonFiniteCount += scan.nonFiniteCount;
    if (scan.min < t.min) t.min = scan.min;
    if (scan.max > t.max) t.max = scan.max;
  }

  /**
   * Add another histogram's counts (a shard) to this one; `other` is unchanged.
   * @throws {@link InputError} when other's lo, hi or bins differ from this one's
   * @example
   * const a = new FixedHistogram({ lo: 0, hi: 2, bins: 2 });
   * const b = new FixedHistogram({ lo: 0, hi: 2, bins: 2 });
   * a.add(new Float64Array([0.5]));
   * b.add(new Float64Array([1.5, 3]));
   * a.merge(b);
   * Array.from(a.binCounts()); // => [1, 1]
   * a.overflow; // => 1
   */
  merge(other: FixedHistogram): void {
    if (!(other instanceof FixedHistogram)) {
      throw new InputError({ path: 'other', received: other, expected: 'a FixedHistogram', fix: 'rebuild shards with FixedHistogram.fromJSON' });
    }
    for (const key of ['lo', 'hi', 'bins'] as const) {
      if (other[key] !== this[key]) {
        throw new InputError({
          path: `other.${key}`, received: other[key], expected: `${this[key]}, the ${key} of the histogram merged into`,
          problem: 'does not match', fix: 'give every shard the same range and bins: choosePilotRange on the same pilot samples',
        });
      }
    }
    const mine = this.target.counts;
    other.target.counts.forEach((c, i) => { mine[i] += c; });
    this.addScanTotals(other.totals);
  }

  /**
   * Quantile p (in [0, 1]) by linear interpolation inside its bin, with bounds
   * on the exact type-7 sample quantile; see {@link HistogramQuantile}.
   * @throws {@link InputError} when p is not in [0, 1] or the histogram is empty
   */
  quantile(p: number): HistogramQuantile {
    return histogramQuantile(this.view(), p);
  }

  /**
   * Rebin to at most n equally wide display bins over the occupied range, for charts.
   * @throws {@link InputError} when n is not an integer ≥ 1
   */
  binsForDisplay(n: number): DisplayHistogram {
    return displayBins(this.view(), n);
  }

  /** The JSON form (sparse bins); read back with {@link FixedHistogram.fromJSON}. */
  toJSON(): HistogramJSON {
    return histogramToJSON({ lo: this.lo, hi: this.hi, counts: this.target.counts, ...this.totals });
  }

  /**
   * Rebuild a histogram from {@link FixedHistogram.toJSON} output (parsed JSON).
   * @throws {@link InputError} naming the first missing or invalid field
   */
  static fromJSON(json: unknown): FixedHistogram {
    const parts = histogramFromJSON(json, 'histogram');
    const h = new FixedHistogram(parts);
    h.target.counts.set(parts.counts);
    h.addScanTotals(parts);
    return h;
  }
}
