import type { ChunkScan } from './scan-chunk.js';

/**
 * The state of a running-moments accumulator: everything needed to merge two
 * of them exactly (counts) or to rounding (moments). Plain data; internal to
 * `src/stats` (the public form is {@link MomentsJSON}).
 */
export interface MomentsState {
  /** Finite samples. */
  readonly count: number;
  /** Their mean (0 when count is 0). */
  readonly mean: number;
  /** Σ (x − mean)², the sum of squared deviations (0 when count < 2). */
  readonly m2: number;
  /** Smallest finite sample, +Infinity when none. */
  readonly min: number;
  /** Largest finite sample, −Infinity when none. */
  readonly max: number;
  /** Σ x, held as a Neumaier compensated pair: the sum is `sum + sumCompensation`. */
  readonly sum: number;
  readonly sumCompensation: number;
  /** NaN and ±Infinity samples seen (excluded from the moments). */
  readonly nonFiniteCount: number;
  /** Sample index of the first non-finite sample, −1 when none. */
  readonly firstNonFiniteIndex: number;
}

/** The state of an accumulator that has seen nothing. */
export const EMPTY_MOMENTS: MomentsState = Object.freeze({
  count: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity, sum: 0, sumCompensation: 0,
  nonFiniteCount: 0, firstNonFiniteIndex: -1,
});

/**
 * Add x to the Neumaier (1974) compensated pair (sum, compensation): the
 * rounding error of each addition is collected in the compensation, so the
 * result is as if summed in about twice float64's precision.
 */
function neumaierAdd(sum: number, comp: number, x: number): [number, number] {
  const t = sum + x;
  const err = Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
  return [t, comp + err];
}

function firstIndexOf(a: number, b: number): number {
  if (a < 0) return b;
  if (b < 0) return a;
  return a < b ? a : b;
}

/**
 * Merge two states with the parallel formulas of Chan, Golub & LeVeque
 * (1979): n = na + nb, δ = mean_b − mean_a, mean = mean_a + δ·nb/n,
 * M2 = M2a + M2b + δ²·na·nb/n. Counts, min and max merge exactly.
 */
export function mergeMomentsState(a: MomentsState, b: MomentsState): MomentsState {
  const n = a.count + b.count;
  let mean = a.mean;
  let m2 = a.m2 + b.m2;
  if (a.count === 0) mean = b.mean;
  else if (b.count > 0) {
    const delta = b.mean - a.mean;
    mean = a.mean + delta * (b.count / n);
    m2 += delta * delta * a.count * (b.count / n);
  }
  let [sum, comp] = neumaierAdd(a.sum, a.sumCompensation, b.sum);
  [sum, comp] = neumaierAdd(sum, comp, b.sumCompensation);
  return {
    count: n,
    mean,
    m2,
    min: a.min < b.min ? a.min : b.min,
    max: a.max > b.max ? a.max : b.max,
    sum,
    sumCompensation: comp,
    nonFiniteCount: a.nonFiniteCount + b.nonFiniteCount,
    firstNonFiniteIndex: firstIndexOf(a.firstNonFiniteIndex, b.firstNonFiniteIndex),
  };
}

/**
 * Add one chunk's scan to a running state. The chunk's own mean and M2 come
 * from its shifted sums S1 = Σ(x − K), S2 = Σ(x − K)²: mean_c = K + S1/n,
 * M2_c = S2 − S1²/n (a rounding artefact below 0 is set to 0); then Chan's
 * merge, with δ = (K − mean) + S1/n so that no precision is lost when the
 * shift K is the running mean.
 *
 * @param firstIndex - sample index of the chunk's first element
 */
export function addScan(state: MomentsState, scan: ChunkScan, firstIndex: number): MomentsState {
  const nc = scan.count;
  const bad = scan.nonFiniteCount;
  const firstBad = scan.firstNonFiniteOffset < 0 ? -1 : firstIndex + scan.firstNonFiniteOffset;
  if (nc === 0) {
    return { ...state, nonFiniteCount: state.nonFiniteCount + bad, firstNonFiniteIndex: firstIndexOf(state.firstNonFiniteIndex, firstBad) };
  }
  const s1 = scan.shiftedSum;
  const m2c = Math.max(0, scan.shiftedSumSq - (s1 * s1) / nc);
  const chunkSum = scan.shift * nc + s1;
  const chunk: MomentsState = {
    count: nc,
    mean: scan.shift + s1 / nc,
    m2: m2c,
    min: scan.min,
    max: scan.max,
    sum: chunkSum,
    sumCompensation: 0,
    nonFiniteCount: bad,
    firstNonFiniteIndex: firstBad,
  };
  if (state.count === 0) return mergeMomentsState(state, chunk);
  const merged = mergeMomentsState(state, chunk);
  // Recompute the mean update with δ taken from the shifted sum (exact when K = mean).
  const delta = scan.shift - state.mean + s1 / nc;
  const n = merged.count;
  return {
    ...merged,
    mean: state.mean + delta * (nc / n),
    m2: state.m2 + m2c + delta * delta * state.count * (nc / n),
  };
}
