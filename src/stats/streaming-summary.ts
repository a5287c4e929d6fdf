import { InputError } from '../errors/index.js';
import { checkChunk, checkSampleIndex } from './check-chunk.js';
import { FixedHistogram } from './fixed-histogram.js';
import type { HistogramJSON } from './histogram-json.js';
import type { HistogramOptions } from './histogram-options.js';
import { checkJSONHeader, type MomentsJSON } from './moments-json.js';
import { RunningMoments, type MomentsSnapshot } from './running-moments.js';
import { chooseShift, scanMomentsAndBins, type ChunkScan, type SampleChunk } from './scan-chunk.js';
import { summarizeStream } from './summarize-stream.js';
import { DEFAULT_PERCENTILES, type Summary, type SummaryOptions } from './summary.js';

/** The JSON form of a {@link StreamingSummary}: its moments and its histogram. */
export interface StreamingSummaryJSON {
  /** Discriminant: always `'ailca.streaming-summary'`. */
  readonly kind: 'ailca.streaming-summary';
  /** Format version: 1. */
  readonly version: 1;
  /** The moments accumulator's state. */
  readonly moments: MomentsJSON;
  /** The fixed-bin histogram's state. */
  readonly histogram: HistogramJSON;
}

/**
 * Moments and a fixed-bin histogram of one output, fed together: each chunk
 * is read once, in one tight loop that updates the float64 sums, min, max,
 * non-finite count and the bin counts (a few ns per sample; see
 * `bench/stats-ingest.ts`). Shards merge with {@link StreamingSummary.merge}
 * or through {@link StreamingSummary.toJSON} / {@link StreamingSummary.fromJSON}.
 *
 * @throws {@link InputError} from the constructor when the range is invalid (see {@link FixedHistogram})
 * @example
 * const pilot = new Float64Array([1, 2, 3, 4]);
 * const s = new StreamingSummary(choosePilotRange(pilot));
 * s.add(pilot);
 * s.add(new Float32Array([5, NaN]));
 * s.moments().mean; // => 3
 * s.summarize([0, 100]).percentiles; // => { p0: 1, p100: 5 }
 * s.summarize().nonFinite; // => { count: 1, firstIndex: 5 }
 */
export class StreamingSummary {
  private readonly m: RunningMoments;
  private readonly h: FixedHistogram;

  constructor(range: HistogramOptions) {
    this.m = new RunningMoments();
    this.h = new FixedHistogram(range);
  }

  /**
   * Add a chunk of samples to the moments and the histogram in one pass.
   *
   * @param chunk - samples (not modified)
   * @param firstIndex - index of `chunk[0]` in the whole run; default = samples added so far
   * @throws {@link InputError} when chunk is not a Float32Array/Float64Array or firstIndex is not an integer ≥ 0
   */
  add(chunk: SampleChunk, firstIndex?: number): void {
    checkChunk(chunk, 'chunk');
    const start = firstIndex === undefined ? this.m.seen : checkSampleIndex(firstIndex, 'firstIndex');
    const scan = scanMomentsAndBins(chunk, chooseShift(chunk, this.m.runningMean, this.m.count), this.h.binTarget());
    this.m.addScan(scan, start);
    this.h.addScanTotals(scan);
  }

  /**
   * Add totals reduced elsewhere (the Monte Carlo engine's device reduction):
   * a scan of shifted sums, min, max, non-finite and out-of-range counts, and
   * bin counts of this summary's histogram, counted by its binning rule.
   * `scan.firstNonFiniteOffset` counts from `firstIndex`.
   * @internal
   */
  addReduced(scan: ChunkScan, counts: ArrayLike<number>, firstIndex: number): void {
    const target = this.h.binTarget().counts;
    if (counts.length !== target.length) throw new InputError({ path: 'counts', received: counts.length, expected: `${target.length} bin counts`, fix: 'count into the bins of this summary’s histogram' });
    for (let j = 0; j < target.length; j++) target[j] += counts[j];
    this.m.addScan(scan, firstIndex);
    this.h.addScanTotals(scan);
  }

  /**
   * The shift the next chunk is summed around when it does not depend on the
   * chunk: the running mean once a finite sample was seen; undefined before
   * (then it is the chunk's first finite sample). For reductions done
   * outside this object ({@link StreamingSummary.addPartialScan}).
   * @internal
   */
  nextShift(): number | undefined {
    return this.m.count > 0 ? this.m.runningMean : undefined;
  }

  /**
   * Add a chunk reduced elsewhere (a backend's partial reduction): its scan,
   * as `scanMomentsAndBins` gives it with the shift of
   * {@link StreamingSummary.nextShift}, but with its bin counts kept apart
   * until {@link StreamingSummary.addBinCounts}. Moments are merged exactly
   * as {@link StreamingSummary.add} merges them.
   * @internal
   */
  addPartialScan(scan: ChunkScan, firstIndex: number): void {
    this.m.addScan(scan, checkSampleIndex(firstIndex, 'firstIndex'));
    this.h.addScanTotals(scan);
  }

  /**
   * Add bin counts counted elsewhere over this summary's range and bins
   * (the partial scans' bins, added once at the end of the run).
   * @throws {@link InputError} when counts is not a Float64Array of the histogram's length
   * @internal
   */
  addBinCounts(counts: Float64Array): void {
    const target = this.h.binTarget().counts;
    if (!(counts instanceof Float64Array) || counts.length !== target.length) {
      throw new InputError({ path: 'counts', received: counts instanceof Float64Array ? `${counts.length} bins` : counts, expected: `a Float64Array of ${target.length} bin counts`, fix: 'count into the histogram range of this summary' });
    }
    for (let i = 0; i < target.length; i++) target[i] += counts[i];
  }

  /**
   * Merge another summary (a shard) into this one; `other` is unchanged.
   * @throws {@link InputError} when other's histogram range or bins differ
   * @example
   * const range = { lo: 0, hi: 10 };
   * const shardA = new StreamingSummary(range);
   * const shardB = new StreamingSummary(range);
   * shardA.add(new Float64Array([1, 2]), 0); // samples 0–1
   * shardB.add(new Float64Array([3, 4]), 2); // samples 2–3, in another process
   * const whole = StreamingSummary.fromJSON(JSON.parse(JSON.stringify(shardA)));
   * whole.merge(StreamingSummary.fromJSON(JSON.parse(JSON.stringify(shardB))));
   * whole.moments().mean; // => 2.5
   * whole.summarize([50]).percentiles.p50 > 2; // => true
   */
  merge(other: StreamingSummary): void {
    if (!(other instanceof StreamingSummary)) {
      throw new InputError({ path: 'other', received: other, expected: 'a StreamingSummary', fix: 'rebuild shards with StreamingSummary.fromJSON' });
    }
    this.h.merge(other.h);
    this.m.merge(other.m);
  }

  /** An immutable snapshot of the moments so far. */
  moments(): MomentsSnapshot {
    return this.m.snapshot();
  }

  /** A copy of the moments accumulator. */
  momentsAccumulator(): RunningMoments {
    return this.m.copy();
  }

  /** A copy of the histogram. */
  histogram(): FixedHistogram {
    return this.h.copy();
  }

  /**
   * The {@link Summary} so far (see {@link summarizeStream}).
   * @throws {@link InputError} when a percentile is not in [0, 100] or no sample is finite
   */
  summarize(percentiles: readonly number[] = DEFAULT_PERCENTILES, options: SummaryOptions = {}): Summary {
    return summarizeStream(this.m, this.h, percentiles, options);
  }

  /** The JSON form, for shipping a shard; read back with {@link StreamingSummary.fromJSON}. */
  toJSON(): StreamingSummaryJSON {
    return { kind: 'ailca.streaming-summary', version: 1, moments: this.m.toJSON(), histogram: this.h.toJSON() };
  }

  /**
   * Rebuild a summary from {@link StreamingSummary.toJSON} output (parsed JSON).
   * @throws {@link InputError} naming the first missing or invalid field
   */
  static fromJSON(json: unknown): StreamingSummary {
    const o = checkJSONHeader(json, 'summary', 'ailca.streaming-summary');
    const h = FixedHistogram.fromJSON(o.histogram);
    const s = new StreamingSummary(h);
    s.h.merge(h);
    s.m.merge(RunningMoments.fromJSON(o.moments));
    return s;
  }
}
