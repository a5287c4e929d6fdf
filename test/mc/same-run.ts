import { expect } from 'vitest';
import type { MonteCarloResult } from '../../src/mc/index.js';

/**
 * Relative tolerance of the mean, sd and standard error of a merge against
 * the one-pass run. Histogram counts, min, max and the non-finite count add
 * exactly, so every percentile (read from the histogram) is exact; the
 * moments of shards merge by Chan, Golub & LeVeque's parallel formula, which
 * adds the same float64 samples in another order than one pass over [0, N):
 * the two differ by rounding, a few units in the last place (≈ N·2^-53 at
 * worst), far inside 1e-12 for the N of these tests.
 */
export const MOMENT_TOLERANCE = 1e-12;

function close(a: number, b: number, what: string): void {
  if (a === b) return;
  expect(Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(MOMENT_TOLERANCE);
}

/**
 * Expect a merged result to have the statistics of the unsharded run, output
 * by output: the same study hash, seed, N, backend, coverage of all of
 * [0, N), exactly the same counts, min, max, percentiles, histograms and
 * accumulator histograms, and the moments to {@link MOMENT_TOLERANCE}.
 */
export function expectSameRun(merged: MonteCarloResult, whole: MonteCarloResult): void {
  expect(merged.provenance.studyHash).toBe(whole.provenance.studyHash);
  expect([merged.provenance.seed, merged.provenance.samples, merged.provenance.backend, merged.provenance.precision]).toEqual([whole.provenance.seed, whole.provenance.samples, whole.provenance.backend, whole.provenance.precision]);
  expect(merged.coverage).toEqual({ complete: true, missing: [] });
  expect(merged.provenance.completed).toBe(whole.provenance.samples);
  expect(merged.outputs.map((o) => o.key)).toEqual(whole.outputs.map((o) => o.key));
  whole.outputs.forEach((w, i) => {
    const m = merged.outputs[i];
    const a = m.summary;
    const b = w.summary;
    expect([m.constant, m.deterministic], w.key).toEqual([w.constant, w.deterministic]);
    expect([a.count, a.min, a.max, a.quantileMethod], w.key).toEqual([b.count, b.min, b.max, b.quantileMethod]);
    expect(a.percentiles, w.key).toEqual(b.percentiles);
    expect(a.histogram, w.key).toEqual(b.histogram);
    expect(a.nonFinite, w.key).toEqual(b.nonFinite);
    close(a.mean, b.mean, `${w.key} mean`);
    close(a.sd, b.sd, `${w.key} sd`);
    close(a.standardError, b.standardError, `${w.key} standard error`);
    if (!w.constant) expect(merged.state[w.key].histogram, w.key).toEqual(whole.state[w.key].histogram);
  });
}
