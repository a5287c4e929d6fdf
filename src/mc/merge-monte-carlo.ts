import { InputError } from '../errors/index.js';
import { DEFAULT_PERCENTILES, StreamingSummary } from '../stats/index.js';
import { checkSummaryArgs } from '../stats/summary.js';
import { constantSummary } from './constant-summary.js';
import type { MonteCarloOutput, MonteCarloResult } from './monte-carlo-result.js';

/**
 * Merge the results of shards of one run — the same study, seed, sample
 * count and backend, covering disjoint sample ranges — into the statistics of
 * the samples they cover together: histogram counts add exactly, moments
 * merge by Chan et al.'s formula (to rounding). When the ranges tile [0, N)
 * the merged result is the whole run's.
 *
 * @param shards - results of `runMonteCarlo` with `range` set (JSON round trips work)
 * @param percentiles - percentiles to report (default 2.5 … 97.5)
 * @throws {@link InputError} when shards is not a non-empty array, a percentile is not in [0, 100], or shards come from different runs, overlap, or were aborted
 */
export function mergeMonteCarlo(shards: readonly MonteCarloResult[], percentiles: readonly number[] = DEFAULT_PERCENTILES): MonteCarloResult {
  if (!Array.isArray(shards)) throw new InputError({ path: 'shards', received: shards, expected: 'an array of runMonteCarlo results', fix: 'pass the shard results as a list, e.g. [shard1, shard2]' });
  checkSummaryArgs(percentiles, {});
  if (shards.length === 0) throw new InputError({ path: 'shards', received: [], expected: 'at least one shard result', problem: 'is empty' });
  const first = shards[0] as MonteCarloResult;
  const p0 = first.provenance;
  const sorted = [...shards].sort((a, b) => a.provenance.range.start - b.provenance.range.start);
  sorted.forEach((s, i) => {
    const p = s.provenance;
    const same = s.study === first.study && p.seed === p0.seed && p.samples === p0.samples && p.backend === p0.backend && p.pilotSamples === p0.pilotSamples;
    if (!same) {
      throw new InputError({ path: `shards[${i}]`, received: `${s.study}, seed ${p.seed}, N ${p.samples}, ${p.backend}`, expected: `a shard of the same run (${first.study}, seed ${p0.seed}, N ${p0.samples}, ${p0.backend})`, problem: 'comes from another run' });
    }
    if (s.aborted) throw new InputError({ path: `shards[${i}]`, received: `${p.range.start}:${p.range.end} aborted after ${p.completed}`, expected: 'complete shards', problem: 'was aborted', fix: 'rerun that range' });
    const prev = sorted[i - 1];
    if (prev !== undefined && prev.provenance.range.end > p.range.start) {
      throw new InputError({ path: `shards[${i}]`, received: `${p.range.start}:${p.range.end}`, expected: `a range starting at or after ${prev.provenance.range.end}`, problem: 'overlaps another shard' });
    }
  });
  const completed = sorted.reduce((a, s) => a + s.provenance.completed, 0);
  const merged = new Map<string, StreamingSummary>();
  for (const o of first.outputs) {
    if (o.constant) continue;
    const m = StreamingSummary.fromJSON(first.state[o.key]);
    for (const s of sorted) if (s !== first) m.merge(StreamingSummary.fromJSON(s.state[o.key]));
    merged.set(o.key, m);
  }
  const outputs: MonteCarloOutput[] = first.outputs.map((o) => {
    const m = merged.get(o.key);
    return { ...o, summary: m ? m.summarize(percentiles) : constantSummary(o.deterministic, completed, percentiles) };
  });
  const state = Object.fromEntries([...merged].map(([k, m]) => [k, m.toJSON()]));
  const start = (sorted[0] as MonteCarloResult).provenance.range.start;
  const end = (sorted[sorted.length - 1] as MonteCarloResult).provenance.range.end;
  const gaps = end - start !== completed;
  const durationMs = sorted.reduce((a, s) => a + s.provenance.durationMs, 0);
  return {
    study: first.study,
    outputs,
    provenance: { ...p0, range: { start, end }, completed, durationMs, samplesPerSecond: completed / (durationMs / 1000), date: new Date().toISOString() },
    aborted: false,
    warnings: [...new Set(sorted.flatMap((s) => s.warnings)), ...(gaps ? [`the shards cover ${completed} of the samples in ${start}:${end}; the statistics are of those`] : [])],
    state,
  };
}
