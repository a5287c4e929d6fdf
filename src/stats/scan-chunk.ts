/**
 * The per-chunk kernels behind {@link RunningMoments}, {@link FixedHistogram}
 * and {@link StreamingSummary}: one tight loop over a chunk, float64
 * accumulators, no allocation per sample. Internal to `src/stats`.
 * @module
 */

/** A chunk of Monte Carlo samples: float32 from gpu.js kernels, float64 from the JS backend. */
export type SampleChunk = Float32Array | Float64Array;

/** What one pass over a chunk found. Sums are of `x − shift`, finite samples only. */
export interface ChunkScan {
  /** Finite samples. */
  count: number;
  /** The shift subtracted from every sample before summing. */
  shift: number;
  /** Σ (x − shift) over finite samples. */
  shiftedSum: number;
  /** Σ (x − shift)² over finite samples. */
  shiftedSumSq: number;
  /** Smallest finite sample (+Infinity when none). */
  min: number;
  /** Largest finite sample (−Infinity when none). */
  max: number;
  /** NaN and ±Infinity samples, excluded from everything else. */
  nonFiniteCount: number;
  /** Offset in the chunk of the first non-finite sample, −1 when none. */
  firstNonFiniteOffset: number;
  /** Finite samples below `lo` (histogram scans only). */
  underflow: number;
  /** Finite samples ≥ `hi` (histogram scans only). */
  overflow: number;
}

/** The bins a histogram scan counts into (the histogram's own arrays, updated in place). */
export interface BinTarget {
  readonly lo: number;
  readonly hi: number;
  /** bins / (hi − lo), bins per unit. */
  readonly scale: number;
  readonly counts: Float64Array;
}

/**
 * Samples per block. Each block is summed in fresh float64 accumulators that
 * are then added to the chunk's (blocked summation: the rounding error of a
 * sum of n terms grows with about BLOCK + n / BLOCK additions instead of n).
 * 4096 = 2^12, so a block of float32 (16 KiB) stays in L1 cache. The block is
 * also the unit of work of the two kernels below: a call per block lets V8
 * compile them as ordinary hot functions. One call over a whole chunk of 2^20
 * samples ran in on-stack-replacement code that deoptimized at its end on
 * every call (Node 20, V8 11.3) and took about twice as long (5.8 against
 * 2.7 ns per sample, bench/stats-ingest.ts).
 */
export const SCAN_BLOCK = 4096;
const BLOCK = SCAN_BLOCK;

/** Slots of the per-chunk accumulator array the block kernels update. */
const S1 = 0;
const S2 = 1;
const MIN = 2;
const MAX = 3;
const BAD = 4;
const FIRST_BAD = 5;
const UNDER = 6;
const OVER = 7;

function newAccumulator(): Float64Array {
  const acc = new Float64Array(8);
  acc[MIN] = Infinity;
  acc[MAX] = -Infinity;
  acc[FIRST_BAD] = -1;
  return acc;
}

function toScan(acc: Float64Array, n: number, shift: number): ChunkScan {
  return {
    count: n - (acc[BAD]),
    shift,
    shiftedSum: acc[S1],
    shiftedSumSq: acc[S2],
    min: acc[MIN],
    max: acc[MAX],
    nonFiniteCount: acc[BAD],
    firstNonFiniteOffset: acc[FIRST_BAD],
    underflow: acc[UNDER],
    overflow: acc[OVER],
  };
}

/**
 * Shift for a chunk: the running mean when there is one, otherwise the first
 * finite sample of the chunk (0 when none). Summing `x − shift` keeps the
 * one-pass sums free of cancellation (see docs/statistics.md).
 */
export function chooseShift(chunk: SampleChunk, runningMean: number, runningCount: number): number {
  if (runningCount > 0) return runningMean;
  for (let i = 0; i < chunk.length; i += 1) {
    const x = chunk[i];
    if (x - x === 0) return x;
  }
  return 0;
}

/** Record a non-finite sample at index i (the rare path). */
function nonFinite(acc: Float64Array, i: number): void {
  if (acc[BAD] === 0) acc[FIRST_BAD] = i;
  acc[BAD] += 1;
}

/** Moments of chunk[start, end) into acc. */
function momentsBlock(chunk: SampleChunk, start: number, end: number, shift: number, acc: Float64Array): void {
  let a = 0;
  let b = 0;
  let mn = acc[MIN];
  let mx = acc[MAX];
  for (let i = start; i < end; i += 1) {
    const x = chunk[i];
    if (x - x !== 0) {
      // NaN or ±Infinity: x − x is NaN only for those.
      nonFinite(acc, i);
      continue;
    }
    const d = x - shift;
    a += d;
    b += d * d;
    mn = x < mn ? x : mn;
    mx = x > mx ? x : mx;
  }
  acc[S1] += a;
  acc[S2] += b;
  acc[MIN] = mn;
  acc[MAX] = mx;
}

/** Moments and bin counts of chunk[start, end) into acc and counts. */
function binsBlock(
  chunk: SampleChunk, start: number, end: number, shift: number,
  lo: number, hi: number, scale: number, counts: Float64Array, acc: Float64Array,
): void {
  const last = counts.length - 1;
  let a = 0;
  let b = 0;
  let mn = acc[MIN];
  let mx = acc[MAX];
  let under = 0;
  let over = 0;
  for (let i = start; i < end; i += 1) {
    const x = chunk[i];
    if (x - x !== 0) {
      nonFinite(acc, i);
      continue;
    }
    const d = x - shift;
    a += d;
    b += d * d;
    mn = x < mn ? x : mn;
    mx = x > mx ? x : mx;
    if (x < lo) under += 1;
    else if (x >= hi) over += 1;
    else {
      const j = ((x - lo) * scale) | 0;
      counts[j > last ? last : j] += 1;
    }
  }
  acc[S1] += a;
  acc[S2] += b;
  acc[MIN] = mn;
  acc[MAX] = mx;
  acc[UNDER] += under;
  acc[OVER] += over;
}

/** One pass: count, shifted sums, min, max and non-finite samples of a chunk. */
export function scanMoments(chunk: SampleChunk, shift: number): ChunkScan {
  const acc = newAccumulator();
  const n = chunk.length;
  for (let s = 0; s < n; s += BLOCK) momentsBlock(chunk, s, s + BLOCK < n ? s + BLOCK : n, shift, acc);
  return toScan(acc, n, shift);
}

/**
 * One pass doing {@link scanMoments} and counting every finite sample into
 * `target`: bin `⌊(x − lo)·scale⌋` for x in [lo, hi), underflow below lo,
 * overflow at or above hi. A sample just below hi whose index rounds up to
 * `bins` goes in the last bin.
 */
export function scanMomentsAndBins(chunk: SampleChunk, shift: number, target: BinTarget): ChunkScan {
  const acc = newAccumulator();
  const { lo, hi, scale, counts } = target;
  const n = chunk.length;
  for (let s = 0; s < n; s += BLOCK) {
    binsBlock(chunk, s, s + BLOCK < n ? s + BLOCK : n, shift, lo, hi, scale, counts, acc);
  }
  return toScan(acc, n, shift);
}
