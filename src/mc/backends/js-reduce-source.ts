import { SCAN_BLOCK } from '../../stats/scan-chunk.js';

/**
 * Slots of one output's per-thread statistics in a js partial reduction
 * (stride {@link THREAD_STAT_SLOTS}): smallest and largest finite sample,
 * non-finite count, chunk offset of the first non-finite sample (−1 when
 * none), underflow and overflow of the histogram.
 */
export const STAT = { min: 0, max: 1, bad: 2, firstBad: 3, under: 4, over: 5 } as const;
/**
 * Samples per span of thread-local columns [samples]: 8 blocks (32768); at 10
 * outputs the columns take 2.5 MiB, sequentially written and read, while
 * the random bin increments of one output hit its 512 KiB of counts.
 */
export const REDUCE_SPAN = 8 * SCAN_BLOCK;
/** Float64 slots per output in a thread's statistics (6 used, 8 for alignment). */
export const THREAD_STAT_SLOTS = 8;

/**
 * The reduction the js backend's threads run where they compute the samples:
 * source of a `new Function` body returning `ailcaReducePart`. It computes
 * chunk offsets [from, to) (from a multiple of `SCAN_BLOCK`) span by span
 * ({@link REDUCE_SPAN} samples) into thread-local columns, then, output by
 * output (so that one output's bin counts stay in cache: sweeping all outputs
 * per 4096-sample block touched every output's 512 KiB of counts in turn and
 * cost more CPU than the host reduction), and per block, runs the same
 * loop as `binsBlock` of src/stats/scan-chunk.ts in the same order: the
 * block's shifted sums a = Σ(x − shift), b = Σ(x − shift)² start from 0 and
 * are stored per block (the caller adds them in block order, as the host
 * scan does), min/max, the non-finite count and first offset, underflow,
 * overflow and the bin counts go into the thread's own arrays. Identical
 * arithmetic, identical block boundaries: the merged result equals
 * `scanMomentsAndBins` over the whole chunk to the last bit
 * (test/mc/backends/js-partial-reducer.test.ts). One copy of the source is
 * compiled in every worker and once on the calling thread.
 */
export const REDUCE_SOURCE = `"use strict";
const BLOCK = ${SCAN_BLOCK};
function ailcaBinsBlock(col, from, to, base, shift, lo, hi, scale, counts, sums, at, st, o) {
  const last = counts.length - 1;
  let a = 0;
  let b = 0;
  let mn = st[o + ${STAT.min}];
  let mx = st[o + ${STAT.max}];
  let under = 0;
  let over = 0;
  for (let i = from; i < to; i += 1) {
    const x = col[i];
    if (x - x !== 0) {
      if (st[o + ${STAT.bad}] === 0) st[o + ${STAT.firstBad}] = base + i;
      st[o + ${STAT.bad}] += 1;
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
  sums[at] = a;
  sums[at + 1] = b;
  st[o + ${STAT.min}] = mn;
  st[o + ${STAT.max}] = mx;
  st[o + ${STAT.under}] += under;
  st[o + ${STAT.over}] += over;
}
return function ailcaReducePart(run, tables, cols, chunkStart, from, to, seed, shifts, los, his, scales, counts, sums, blocks, st) {
  const k = cols.length;
  const span = cols[0].length;
  for (let s = from; s < to; s += span) {
    const n = (s + span < to ? s + span : to) - s;
    run(cols, 0, chunkStart + s, n, seed, null, ...tables);
    // output by output over the whole span, so that one output's bin counts stay in cache
    for (let j = 0; j < k; j += 1) {
      for (let b = 0; b < n; b += BLOCK) {
        ailcaBinsBlock(cols[j], b, b + BLOCK < n ? b + BLOCK : n, s, shifts[j], los[j], his[j], scales[j], counts[j], sums, (j * blocks + (s + b) / BLOCK) * 2, st, j * ${THREAD_STAT_SLOTS});
      }
    }
  }
};`;

/** The calling thread's copy of `ailcaReducePart` (see {@link REDUCE_SOURCE}). */
export type ReducePart = (
  run: (...args: never[]) => void, tables: readonly Float64Array[], cols: readonly Float64Array[],
  chunkStart: number, from: number, to: number, seed: number, shifts: ArrayLike<number>,
  los: Float64Array, his: Float64Array, scales: Float64Array, counts: readonly Float64Array[],
  sums: Float64Array, blocks: number, st: Float64Array,
) => void;

let compiled: ReducePart | undefined;

/** Compile {@link REDUCE_SOURCE} once per process for the calling thread. */
export function reducePart(): ReducePart {
  if (compiled === undefined) {
    const make = new Function(REDUCE_SOURCE) as () => ReducePart;
    compiled = make();
  }
  return compiled;
}
