import { percentileInterval } from './bootstrap.js';
import { nextTermsVersion } from './bootstrap-kernel.js';
import { runBootstrapJob } from './bootstrap-pool.js';
import { resampleStates } from './resample-streams.js';
import { sobolFromSums, sobolTermColumns, sobolTermCount } from './sobol-terms.js';

/** Below this many multiply-adds (resamples × columns × n × outputs) the bootstrap stays on the calling thread: 2^24, a few ms. */
const PARALLEL_MIN_WORK = 16777216;
/** Resamples per job: the abort signal is checked between jobs (a job of 256 is tens of ms at n = 2^14). */
const ROUND = 256;
/**
 * Largest term buffer, in values: 2^22 (32 MiB; each thread copies it into its WebAssembly memory).
 * The 2d + 2 first- and total-order columns always go in one group; second-order pair columns are
 * added in groups under this size, each group drawing the same resamples again.
 */
const MAX_TERM_VALUES = 4194304;

function allocate(values: number, shared: boolean): Float64Array {
  return new Float64Array(shared ? new SharedArrayBuffer(8 * values) : new ArrayBuffer(8 * values));
}

/**
 * Percentile-bootstrap the Sobol indices of every output. Resample r draws
 * the n base rows with replacement from its own seeded stream (see
 * {@link resampleStates}), and the indices are the estimators of
 * {@link sobolEstimates} weighted by the draw counts around the same
 * centres, computed as weighted sums of the per-row terms of
 * `sobolTermColumns` by the bootstrap kernel on `threads` threads. The same
 * resamples serve every output; the intervals do not depend on the thread
 * count. Constant outputs are skipped: their intervals are [0, 0].
 *
 * @param ys - each output on the whole Saltelli design
 * @param constant - whether each output is constant
 * @param centres - the centre of each output (its mean over A and B)
 * @param n - base sample count
 * @param d - number of inputs
 * @param secondOrder - whether S2 is estimated
 * @param boot - resamples and confidence level
 * @param threads - threads that may compute the resamples
 * @param uniform - the seeded stream, continued from the design
 * @param signal - checked between jobs
 * @returns `interval(k, column)`: the interval of output k's column, where
 *   columns 0 … d − 1 are S1, d … 2d − 1 are ST and 2d + i·d + j is S2ᵢⱼ
 * @internal
 */
export async function bootstrapSobol(
  ys: readonly Float64Array[],
  constant: readonly boolean[],
  centres: readonly number[],
  n: number,
  d: number,
  secondOrder: boolean,
  boot: { readonly resamples: number; readonly confidence: number },
  threads: number,
  uniform: () => number,
  signal: AbortSignal | undefined,
): Promise<(k: number, column: number) => [number, number]> {
  const R = boot.resamples;
  const m = sobolTermCount(d, secondOrder);
  const width = secondOrder ? 2 * d + d * d : 2 * d;
  const live = constant.filter((c) => !c).length;
  const t = R * m * n * live < PARALLEL_MIN_WORK ? 1 : threads;
  const shared = t > 1;
  const states = resampleStates(uniform, R, shared);
  // First and total order always in one group; second-order pairs in groups of at most MAX_TERM_VALUES.
  const group = Math.min(m, Math.max(2 * d + 2, Math.floor(MAX_TERM_VALUES / n)));
  const terms = live > 0 ? allocate(group * n, shared) : new Float64Array(0);
  const draws: (Float64Array | undefined)[] = [];
  for (let k = 0; k < ys.length; k += 1) {
    if (constant[k]) {
      draws.push(undefined);
      continue;
    }
    const sums = allocate(R * m, shared);
    for (let from = 0; from < m; from += group) {
      const to = Math.min(m, from + group);
      sobolTermColumns(ys[k], n, d, centres[k], from, to, terms);
      const version = nextTermsVersion();
      for (let start = 0; start < R; start += ROUND) {
        signal?.throwIfAborted();
        await runBootstrapJob({ terms, version, m: to - from, n, states, start, end: Math.min(R, start + ROUND), sums, width: m, col0: from }, t);
      }
    }
    const out = new Float64Array(R * width);
    for (let r = 0; r < R; r += 1) sobolFromSums(sums, r * m, n, d, secondOrder, out, r * width);
    draws.push(out);
  }
  signal?.throwIfAborted();
  return (k, column) => {
    const all = draws[k];
    if (all === undefined) return [0, 0];
    const values = new Float64Array(R);
    for (let r = 0; r < R; r += 1) values[r] = all[r * width + column];
    return percentileInterval(values, boot.confidence);
  };
}
