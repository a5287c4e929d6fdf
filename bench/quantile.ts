/**
 * Quantiles of a large sorted sample: the project's `sortedQuantile`
 * (validation, then type-7 interpolation on any ArrayLike, e.g. a
 * Float64Array) against simple-statistics 7.12 `quantileSorted` (same
 * definition; typed for `readonly number[]`), at n = 1e6 and 1e7 sorted
 * float64 values. For each, three cases per n:
 * - 7 quantiles (the summary's default percentiles) read straight from the
 *   Float64Array (simple-statistics through a cast: it only reads
 *   `length` and indexes);
 * - the same after `Array.from` (what the typed signature asks for: the
 *   conversion `percentileInterval` did);
 * and prints the times and the ratio simple-statistics / ours. Median of
 * 7 timed runs after 2 warm-ups, each run repeating the lookups 10,000 times
 * (one lookup is a few ns). Also checks both give bitwise equal values.
 *
 *   npx tsx bench/quantile.ts
 */
import { quantileSorted } from 'simple-statistics';
import { createRng } from '../src/random/index.js';
import { sortedQuantile } from '../src/stats/index.js';

const PS = [0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975];
const REPS = 7;
const WARMUP = 2;
const LOOKUPS = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(f: () => number): { ms: number; sink: number } {
  let sink = 0;
  const ts: number[] = [];
  for (let r = 0; r < WARMUP + REPS; r += 1) {
    const t0 = performance.now();
    sink += f();
    const t = performance.now() - t0;
    if (r >= WARMUP) ts.push(t);
  }
  return { ms: median(ts), sink };
}

for (const n of [1_000_000, 10_000_000]) {
  const rng = createRng(42);
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i += 1) sorted[i] = rng.next();
  sorted.sort();
  const asArray = sorted as unknown as number[];
  for (const p of PS) {
    if (!Object.is(sortedQuantile(sorted, p), quantileSorted(asArray, p))) throw new Error(`n = ${n}, p = ${p}: the two disagree`);
  }
  const ours = time(() => {
    let s = 0;
    for (let k = 0; k < LOOKUPS; k += 1) for (const p of PS) s += sortedQuantile(sorted, p);
    return s;
  });
  const theirs = time(() => {
    let s = 0;
    for (let k = 0; k < LOOKUPS; k += 1) for (const p of PS) s += quantileSorted(asArray, p);
    return s;
  });
  const ourOnce = time(() => PS.reduce((s, p) => s + sortedQuantile(sorted, p), 0));
  const theirsCopy = time(() => {
    const a = Array.from(sorted);
    return PS.reduce((s, p) => s + quantileSorted(a, p), 0);
  });
  const ns = (ms: number): string => ((ms * 1e6) / (LOOKUPS * PS.length)).toFixed(2);
  console.log(`n = ${n.toExponential(0)}: ${LOOKUPS}×${PS.length} lookups on the Float64Array: sortedQuantile ${ours.ms.toFixed(2)} ms (${ns(ours.ms)} ns each), quantileSorted ${theirs.ms.toFixed(2)} ms (${ns(theirs.ms)} ns each), ratio simple-statistics/ours ${(theirs.ms / ours.ms).toFixed(2)}`);
  console.log(`n = ${n.toExponential(0)}: ${PS.length} quantiles once: sortedQuantile on the Float64Array ${ourOnce.ms.toFixed(4)} ms, quantileSorted after Array.from ${theirsCopy.ms.toFixed(2)} ms, ratio ${(theirsCopy.ms / ourOnce.ms).toFixed(0)}`);
  if (ours.sink !== theirs.sink) throw new Error('sums differ');
}
