import { InputError } from '../errors/index.js';
import { DEFAULT_PERCENTILES, StreamingSummary } from '../stats/index.js';
import { checkSummaryArgs } from '../stats/summary.js';
import { checkShard, complementOf, type SampleRange } from './check-shard.js';
import { constantSummary } from './constant-summary.js';
import type { MonteCarloOutput, MonteCarloResult } from './monte-carlo-result.js';

/** Options of {@link mergeMonteCarlo}. */
export interface MergeOptions {
  /** How errors name each shard, e.g. its file (`shard-2.json`); default `shards[i]`. */
  readonly names?: readonly string[];
}

/** Start of the warning a merge with gaps writes (dropped when that result is merged again). */
const GAP_WARNING = 'the shards cover ';

const ranges = (rs: readonly SampleRange[]): string => rs.map((r) => `${r.start}:${r.end}`).join(', ');

/** What differs between two runs, in words (empty when only the study hash can tell). */
/** The shards' common reduction (`host` when a shard predates the field), or `mixed` when they differ. */
function sameReduction(rs: readonly (MonteCarloResult['provenance']['reduction'])[]): MonteCarloResult['provenance']['reduction'] {
  const set = new Set(rs.map((r) => r ?? 'host'));
  return set.size === 1 ? [...set][0] : 'mixed';
}

function differences(a: MonteCarloResult, b: MonteCarloResult): string[] {
  const pa = a.provenance;
  const pb = b.provenance;
  const fields: [string, unknown, unknown][] = [
    ['study', a.study, b.study],
    ['seed', pa.seed, pb.seed],
    ['N', pa.samples, pb.samples],
    ['backend', pa.backend, pb.backend],
    ['precision', pa.precision, pb.precision],
    ['pilot', pa.pilotSamples, pb.pilotSamples],
    ['ailca version', pa.version, pb.version],
    ['outputs', a.outputs.map((o) => o.key).join(','), b.outputs.map((o) => o.key).join(',')],
  ];
  return fields.filter(([, x, y]) => x !== y).map(([what, x, y]) => `${what} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
}

/**
 * Merge the results of shards of one run — the same study, seed, sample
 * count and backend (the same `provenance.studyHash`), covering disjoint
 * sample ranges — into the statistics of the samples they cover together:
 * histogram counts add exactly, moments merge by Chan et al.'s formula (to
 * rounding). Shards are merged in the order of their ranges whatever the
 * order given, so any order gives the same result. When the ranges tile
 * [0, N) the merged result is the whole run's; otherwise `coverage.missing`
 * and a warning name the missing ranges.
 *
 * @param shards - results of `runMonteCarlo` with `range` set, or of earlier merges (JSON round trips work)
 * @param percentiles - percentiles to report (default 2.5 … 97.5)
 * @param options - how errors name the shards
 * @throws {@link InputError} when shards is not a non-empty array, a percentile is not in [0, 100], a shard is not a complete result (a field missing or invalid, no `studyHash`, aborted), or shards come from different runs or overlap
 */
export function mergeMonteCarlo(shards: readonly MonteCarloResult[], percentiles: readonly number[] = DEFAULT_PERCENTILES, options: MergeOptions = {}): MonteCarloResult {
  if (!Array.isArray(shards)) throw new InputError({ path: 'shards', received: shards, expected: 'an array of runMonteCarlo results', fix: 'pass the shard results as a list, e.g. [shard1, shard2]' });
  checkSummaryArgs(percentiles, {});
  if (shards.length === 0) throw new InputError({ path: 'shards', received: [], expected: 'at least one shard result', problem: 'is empty' });
  const name = (i: number): string => options.names?.[i] ?? `shards[${i}]`;
  const checked = shards.map((s, i) => ({ ...checkShard(s, name(i)), name: name(i) }));
  for (const c of checked) {
    const p = c.result.provenance;
    if (c.result.aborted) throw new InputError({ path: c.name, received: `${p.range.start}:${p.range.end} aborted after ${p.completed}`, expected: 'complete shards', problem: 'was aborted', fix: 'rerun that range' });
  }
  // Merge in range order: the first shard of that order seeds every accumulator and each other shard is added once.
  const order = [...checked].sort((a, b) => (a.covered[0]).start - (b.covered[0]).start);
  const [head, ...rest] = order as [(typeof order)[number], ...typeof order];
  const first = head.result;
  for (const c of rest) {
    // the name does not change the samples, but two names for one run are a mix-up worth stopping
    if (c.result.provenance.studyHash === first.provenance.studyHash && c.result.study === first.study) continue;
    const diff = differences(first, c.result);
    throw new InputError({
      path: c.name,
      received: `study hash ${c.result.provenance.studyHash}`,
      expected: `a shard of the same run as ${head.name} (${first.provenance.studyHash})`,
      problem: `comes from another run than ${head.name}: ${diff.length > 0 ? diff.join(', ') : "the study's inputs or distributions differ"}`,
      fix: 'compute every shard from the same study file with the same --samples, --seed and --backend',
    });
  }
  const pieces = checked.flatMap((c) => c.covered.map((r) => ({ ...r, name: c.name }))).sort((a, b) => a.start - b.start);
  pieces.forEach((r, i) => {
    const prev = pieces[i - 1];
    if (prev === undefined || prev.end <= r.start) return;
    throw new InputError({ path: r.name, received: `${r.start}:${r.end}`, expected: `a range disjoint from ${prev.name}'s ${prev.start}:${prev.end}`, problem: `overlaps another shard: samples ${r.start}:${Math.min(r.end, prev.end)} are in both ${prev.name} and ${r.name}`, fix: 'give each shard once; overlapping samples would be counted twice' });
  });
  const merged = new Map<string, StreamingSummary>();
  for (const o of first.outputs) {
    if (o.constant) continue;
    const m = StreamingSummary.fromJSON(first.state[o.key]);
    for (const c of rest) m.merge(StreamingSummary.fromJSON(c.result.state[o.key]));
    merged.set(o.key, m);
  }
  const completed = checked.reduce((a, c) => a + c.result.provenance.completed, 0);
  const outputs: MonteCarloOutput[] = first.outputs.map((o) => {
    const m = merged.get(o.key);
    return { ...o, summary: m ? m.summarize(percentiles) : constantSummary(o.deterministic, completed, percentiles) };
  });
  const n = first.provenance.samples;
  const missing = complementOf(pieces, 0, n);
  const start = (pieces[0] as SampleRange).start;
  const end = Math.max(...pieces.map((r) => r.end));
  const durationMs = checked.reduce((a, c) => a + c.result.provenance.durationMs, 0);
  const inherited = [...new Set(order.flatMap((c) => c.result.warnings))].filter((w) => !w.startsWith(GAP_WARNING));
  // the device launches, kept only when every shard names the same
  const { kernels: _firstKernels, ...firstProvenance } = first.provenance;
  const kernelSet = new Set(checked.map((c) => c.result.provenance.kernels));
  const kernels = kernelSet.size === 1 ? [...kernelSet][0] : undefined;
  return {
    study: first.study,
    outputs,
    provenance: { ...firstProvenance, ...(kernels !== undefined ? { kernels } : {}), range: { start, end }, completed, durationMs, samplesPerSecond: completed / (durationMs / 1000), date: new Date().toISOString(), reduction: sameReduction(checked.map((c) => c.result.provenance.reduction)) },
    aborted: false,
    warnings: [...inherited, ...(missing.length > 0 ? [`${GAP_WARNING}${completed} of the ${n} samples; missing ${ranges(missing)}; the statistics are of the covered samples only`] : [])],
    state: Object.fromEntries([...merged].map(([k, m]) => [k, m.toJSON()])),
    coverage: { complete: missing.length === 0, missing },
  };
}
