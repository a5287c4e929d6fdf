import { InputError } from '../errors/index.js';
import { checkChunk, checkSampleIndex } from './check-chunk.js';
import { momentsFromJSON, momentsToJSON, type MomentsJSON } from './moments-json.js';
import { addScan, EMPTY_MOMENTS, mergeMomentsState, type MomentsState } from './moments-state.js';
import { chooseShift, scanMoments, type ChunkScan, type SampleChunk } from './scan-chunk.js';

/** Non-finite samples seen: how many, and the index of the first (null when none). */
export interface NonFiniteReport {
  /** NaN and ±Infinity samples seen. */
  readonly count: number;
  /** Index of the first of them in the stream; null when there is none. */
  readonly firstIndex: number | null;
}

/** An immutable view of a {@link RunningMoments} accumulator. Quantities undefined for the count are NaN. */
export interface MomentsSnapshot {
  /** Finite samples. */
  readonly count: number;
  /** Arithmetic mean; NaN when count is 0. */
  readonly mean: number;
  /** Sum of squared deviations from the mean, Σ (x − mean)². */
  readonly m2: number;
  /** Sample variance M2 / (n − 1); NaN when count < 2. */
  readonly variance: number;
  /** Sample standard deviation √variance; NaN when count < 2. */
  readonly sd: number;
  /** Smallest finite sample; NaN when count is 0. */
  readonly min: number;
  /** Largest finite sample; NaN when count is 0. */
  readonly max: number;
  /** Σ x (compensated). */
  readonly sum: number;
  /** NaN and ±Infinity samples, excluded from every other field. */
  readonly nonFinite: NonFiniteReport;
}

/**
 * Running count, mean, variance, min, max and sum of a stream of sample
 * chunks, in float64 whatever the chunk type. Each chunk is read in one tight
 * loop (shifted, blocked sums), then merged with Chan, Golub & LeVeque's
 * parallel formula; shards merge with {@link RunningMoments.merge}. NaN and
 * ±Infinity samples are counted, excluded, and the index of the first one is
 * kept so the engine can report which sample went bad.
 *
 * @example
 * const m = new RunningMoments();
 * m.add(new Float64Array([1, 2, 3, 4]));
 * m.add(new Float32Array([NaN, 5]));
 * const s = m.snapshot();
 * s.count; // => 5
 * s.mean; // => 3
 * s.variance; // => 2.5
 * s.nonFinite; // => { count: 1, firstIndex: 4 }
 */
export class RunningMoments {
  private state: MomentsState = EMPTY_MOMENTS;

  /**
   * Add a chunk of samples.
   *
   * @param chunk - samples (not modified)
   * @param firstIndex - index of `chunk[0]` in the whole run, used to report the
   *   first non-finite sample; default = samples added so far
   * @throws {@link InputError} when chunk is not a Float32Array/Float64Array or firstIndex is not an integer ≥ 0
   */
  add(chunk: SampleChunk, firstIndex?: number): void {
    checkChunk(chunk, 'chunk');
    const start = firstIndex === undefined ? this.seen : checkSampleIndex(firstIndex, 'firstIndex');
    this.state = addScan(this.state, scanMoments(chunk, chooseShift(chunk, this.state.mean, this.state.count)), start);
  }

  /**
   * Add the scan of a chunk made by a combined kernel (used by {@link StreamingSummary}).
   * @internal
   */
  addScan(scan: ChunkScan, firstIndex: number): void {
    this.state = addScan(this.state, scan, firstIndex);
  }

  /**
   * Merge another accumulator (a shard) into this one; `other` is unchanged.
   * Counts, min, max and the first non-finite index merge exactly; mean and
   * variance to rounding.
   *
   * @throws {@link InputError} when other is not a RunningMoments
   * @example
   * const a = new RunningMoments();
   * const b = new RunningMoments();
   * a.add(new Float64Array([1, 2, 3]), 0);
   * b.add(new Float64Array([4, NaN]), 3);
   * a.merge(b);
   * a.snapshot().mean; // => 2.5
   * a.snapshot().nonFinite; // => { count: 1, firstIndex: 4 }
   */
  merge(other: RunningMoments): void {
    if (!(other instanceof RunningMoments)) {
      throw new InputError({ path: 'other', received: other, expected: 'a RunningMoments', fix: 'rebuild shards with RunningMoments.fromJSON' });
    }
    this.state = mergeMomentsState(this.state, other.state);
  }

  /** Samples added so far, finite and non-finite. */
  get seen(): number {
    return this.state.count + this.state.nonFiniteCount;
  }

  /** The mean as the shift of the next chunk (0 when empty). */
  get runningMean(): number {
    return this.state.mean;
  }

  /** Finite samples added so far. */
  get count(): number {
    return this.state.count;
  }

  /** An immutable snapshot of the statistics so far. */
  snapshot(): MomentsSnapshot {
    const s = this.state;
    const variance = s.count >= 2 ? s.m2 / (s.count - 1) : NaN;
    return Object.freeze({
      count: s.count,
      mean: s.count > 0 ? s.mean : NaN,
      m2: s.m2,
      variance,
      sd: Math.sqrt(variance),
      min: s.count > 0 ? s.min : NaN,
      max: s.count > 0 ? s.max : NaN,
      sum: s.sum + s.sumCompensation,
      nonFinite: Object.freeze({
        count: s.nonFiniteCount,
        firstIndex: s.firstNonFiniteIndex >= 0 ? s.firstNonFiniteIndex : null,
      }),
    });
  }

  /** An independent copy of this accumulator. */
  copy(): RunningMoments {
    const c = new RunningMoments();
    c.state = this.state;
    return c;
  }

  /**
   * The JSON form, for shipping a shard's moments; read back with {@link RunningMoments.fromJSON}.
   *
   * @example
   * const m = new RunningMoments();
   * m.add(new Float64Array([1, 2]));
   * const back = RunningMoments.fromJSON(JSON.parse(JSON.stringify(m)));
   * back.snapshot().mean; // => 1.5
   */
  toJSON(): MomentsJSON {
    return momentsToJSON(this.state);
  }

  /**
   * Rebuild an accumulator from {@link RunningMoments.toJSON} output (parsed JSON).
   *
   * @throws {@link InputError} naming the first missing or invalid field
   */
  static fromJSON(json: unknown): RunningMoments {
    const m = new RunningMoments();
    m.state = momentsFromJSON(json, 'moments');
    return m;
  }
}
