import { InputError } from '../../errors/index.js';
import { SCAN_BLOCK, type ChunkScan } from '../../stats/scan-chunk.js';
import type { PartialBins, PartialReducer } from './backend.js';
import { REDUCE_SPAN, reducePart, STAT, THREAD_STAT_SLOTS } from './js-reduce-source.js';
import type { JsWorkerPool } from './js-worker-pool.js';

/** What {@link jsPartialReducer} needs from the js backend's compiled program. */
export interface JsReduceProgram {
  /** The compiled run function (jsRunSource), random mode. */
  readonly fn: (...args: never[]) => void;
  readonly tables: readonly Float64Array[];
  /** Threads of the backend: the calling thread + the pool's workers. */
  readonly threads: number;
  /** Runs of at least this many samples use the workers. */
  readonly parallelAt: number;
  readonly pool: JsWorkerPool | null;
  /** Define the program in the pool (once) and return its id there. */
  readonly inPool: () => number;
}

let nextReducerId = 1;

const shared = (n: number) => new Float64Array(new SharedArrayBuffer(n * 8));

function initStats(st: Float64Array): void {
  for (let o = 0; o < st.length; o += THREAD_STAT_SLOTS) {
    st[o + STAT.min] = Infinity;
    st[o + STAT.max] = -Infinity;
    st[o + STAT.bad] = 0;
    st[o + STAT.firstBad] = -1;
    st[o + STAT.under] = 0;
    st[o + STAT.over] = 0;
  }
}

/**
 * The js backend's {@link PartialReducer}: each thread (the calling one and
 * the workers) takes parts of a chunk ({@link REDUCE_SPAN} samples each)
 * from a shared atomic counter, computes each part into thread-local columns
 * and reduces it at once (REDUCE_SOURCE),
 * so the float64 reduction runs on every core instead of after the chunk on
 * the calling thread, and no chunk-sized column is allocated. Parts are
 * whole blocks counted from the chunk's start, each thread's in increasing order, so the block boundaries are
 * the host scan's; this thread then adds the per-block sums in block order
 * and merges min, max, counts and the first non-finite offset (exact), which
 * gives the host scan's result to the last bit.
 */
export function jsPartialReducer(p: JsReduceProgram, bins: readonly PartialBins[]): PartialReducer {
  const k = bins.length;
  const los = Float64Array.from(bins, (b) => b.lo);
  const his = Float64Array.from(bins, (b) => b.hi);
  // the same expression as FixedHistogram's BinTarget.scale
  const scales = Float64Array.from(bins, (b) => b.bins / (b.hi - b.lo));
  const mine = bins.map((b) => new Float64Array(b.bins));
  const cols = bins.map(() => new Float64Array(REDUCE_SPAN));
  const workerCounts: Float64Array[][] = [];
  const id = nextReducerId++;
  const part = reducePart();
  let live = true;

  /** Start the workers' side of this reducer on first parallel use. */
  function workers(pool: JsWorkerPool): void {
    if (workerCounts.length > 0) return;
    const program = p.inPool();
    for (let w = 0; w < p.threads - 1; w++) {
      const counts = bins.map((b) => shared(b.bins));
      workerCounts.push(counts);
      pool.defineReducer(id, program, w, { los, his, scales, counts, block: REDUCE_SPAN });
    }
  }

  return {
    async run(start, count, seed, shifts) {
      if (!live) throw new InputError({ path: 'reducer', received: 'disposed', expected: 'a live reducer', fix: 'create a new reducer with kernel.partialReducer' });
      if (shifts.length !== k) throw new InputError({ path: 'shifts.length', received: shifts.length, expected: `${k}, one shift per output`, fix: 'give the running mean (or the first finite sample) of each output' });
      const blocks = Math.ceil(count / SCAN_BLOCK);
      const pool = p.pool;
      const parallel = pool !== null && count >= p.parallelAt;
      const threads = parallel ? p.threads : 1;
      const sums = parallel ? shared(2 * k * blocks) : new Float64Array(2 * k * blocks);
      const st = parallel ? shared(threads * k * THREAD_STAT_SLOTS) : new Float64Array(k * THREAD_STAT_SLOTS);
      initStats(st);
      const jobs: Promise<void>[] = [];
      const next = new Int32Array(parallel ? new SharedArrayBuffer(4) : new ArrayBuffer(4));
      const parts = Math.ceil(count / REDUCE_SPAN);
      if (parallel) {
        workers(pool);
        for (let w = 0; w < threads - 1; w++) {
          jobs.push(pool.reduce(id, w, { chunkStart: start, count, partSize: REDUCE_SPAN, next, seed, shifts, sums, blocks, st, stOffset: w * k * THREAD_STAT_SLOTS, stSlots: THREAD_STAT_SLOTS }));
        }
      }
      // this thread takes parts from the same counter as the workers: whoever is faster does more
      const mySt = st.subarray((threads - 1) * k * THREAD_STAT_SLOTS);
      for (let i = Atomics.add(next, 0, 1); i < parts; i = Atomics.add(next, 0, 1)) {
        const from = i * REDUCE_SPAN;
        part(p.fn, p.tables, cols, start, from, Math.min(from + REDUCE_SPAN, count), seed, shifts, los, his, scales, mine, sums, blocks, mySt);
      }
      await Promise.all(jobs);
      return bins.map((_, j): ChunkScan => {
        let s1 = 0;
        let s2 = 0;
        for (let b = 0; b < blocks; b++) {
          s1 += sums[(j * blocks + b) * 2];
          s2 += sums[(j * blocks + b) * 2 + 1];
        }
        let min = Infinity;
        let max = -Infinity;
        let bad = 0;
        let firstBad = -1;
        let under = 0;
        let over = 0;
        for (let t = 0; t < threads; t++) {
          const o = (t * k + j) * THREAD_STAT_SLOTS;
          if (st[o + STAT.min] < min) min = st[o + STAT.min];
          if (st[o + STAT.max] > max) max = st[o + STAT.max];
          bad += st[o + STAT.bad];
          const f = st[o + STAT.firstBad];
          if (f >= 0 && (firstBad < 0 || f < firstBad)) firstBad = f;
          under += st[o + STAT.under];
          over += st[o + STAT.over];
        }
        return { count: count - bad, shift: shifts[j], shiftedSum: s1, shiftedSumSq: s2, min, max, nonFiniteCount: bad, firstNonFiniteOffset: firstBad, underflow: under, overflow: over };
      });
    },
    binCounts() {
      return mine.map((c, j) => {
        const total = c.slice();
        for (const counts of workerCounts) {
          const wc = counts[j];
          for (let i = 0; i < total.length; i++) total[i] += wc[i];
        }
        return total;
      });
    },
    dispose() {
      if (live && workerCounts.length > 0) p.pool?.dropReducer(id);
      live = false;
    },
  };
}
