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
 * Samples summed in an inner float64 accumulator before it is added to the
 * outer one (blocked summation): the rounding error of a sum of n terms grows
 * with about BLOCK + n / BLOCK additions instead of n. 4096 = 2^12, chosen so
 * a block of float32 (16 KiB) stays in L1 cache.
 */
const BLOCK = 4096;

function emptyScan(shift: number): ChunkScan {
  return {
    count: 0, shift, shiftedSum: 0, shiftedSumSq: 0, min: Infinity, max: -Infinity,
    nonFiniteCount: 0, firstNonFiniteOffset: -1, underflow: 0, overflow: 0,
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
    const x = chunk[i] as number;
    if (x - x === 0) return x;
  }
  return 0;
}

/** One pass: count, shifted sums, min, max and non-finite samples of a chunk. */
export function scanMoments(chunk: SampleChunk, shift: number): ChunkScan {
  const out = emptyScan(shift);
  const n = chunk.length;
  let s1 = 0;
  let s2 = 0;
  let mn = Infinity;
  let mx = -Infinity;
  let bad = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const end = start + BLOCK < n ? start + BLOCK : n;
    let a = 0;
    let b = 0;
    for (let i = start; i < end; i += 1) {
      const x = chunk[i] as number;
      if (x - x !== 0) {
        // NaN or ±Infinity: x − x is NaN only for those.
        if (bad === 0) out.firstNonFiniteOffset = i;
        bad += 1;
        continue;
      }
      const d = x - shift;
      a += d;
      b += d * d;
      mn = x < mn ? x : mn;
      mx = x > mx ? x : mx;
    }
    s1 += a;
    s2 += b;
  }
  out.count = n - bad;
  out.shiftedSum = s1;
  out.shiftedSumSq = s2;
  out.min = mn;
  out.max = mx;
  out.nonFiniteCount = bad;
  return out;
}

/**
 * One pass doing {@link scanMoments} and counting every finite sample into
 * `target`: bin `⌊(x − lo)·scale⌋` for x in [lo, hi), underflow below lo,
 * overflow at or above hi. A sample just below hi whose index rounds up to
 * `bins` goes in the last bin.
 */
export function scanMomentsAndBins(chunk: SampleChunk, shift: number, target: BinTarget): ChunkScan {
  const out = emptyScan(shift);
  const { lo, hi, scale, counts } = target;
  const last = counts.length - 1;
  const n = chunk.length;
  let s1 = 0;
  let s2 = 0;
  let mn = Infinity;
  let mx = -Infinity;
  let bad = 0;
  let under = 0;
  let over = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const end = start + BLOCK < n ? start + BLOCK : n;
    let a = 0;
    let b = 0;
    for (let i = start; i < end; i += 1) {
      const x = chunk[i] as number;
      if (x - x !== 0) {
        if (bad === 0) out.firstNonFiniteOffset = i;
        bad += 1;
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
    s1 += a;
    s2 += b;
  }
  out.count = n - bad;
  out.shiftedSum = s1;
  out.shiftedSumSq = s2;
  out.min = mn;
  out.max = mx;
  out.nonFiniteCount = bad;
  out.underflow = under;
  out.overflow = over;
  return out;
}
