import { InputError } from '../errors/index.js';
import { StreamingSummary } from '../stats/index.js';
import type { MonteCarloResult } from './monte-carlo-result.js';

/** A sample range [start, end). */
export interface SampleRange {
  /** First sample index. */
  readonly start: number;
  /** One past the last sample index. */
  readonly end: number;
}

const WRITE = 'write shards with: ailca mc STUDY.json --samples N --seed S --range START:END --format json > shard.json';
const HASH = /^sha256:[0-9a-f]{64}$/;

function object(v: unknown, path: string, expected: string, fix = WRITE): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InputError({ path, received: v, expected, problem: 'is missing or not an object', fix });
  return v as Record<string, unknown>;
}

function integer(v: unknown, path: string, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new InputError({ path, received: v, expected: `an integer in [${lo}, ${hi}]`, fix: WRITE });
  return v;
}

function is<T>(ok: boolean, v: unknown, path: string, expected: string): T {
  if (!ok) throw new InputError({ path, received: v, expected, fix: WRITE });
  return v as T;
}

/** The ranges of [from, to) not in `covered` (sorted, disjoint). */
export function complementOf(covered: readonly SampleRange[], from: number, to: number): SampleRange[] {
  const out: SampleRange[] = [];
  let at = from;
  for (const r of covered) {
    if (r.start > at) out.push({ start: at, end: Math.min(r.start, to) });
    at = Math.max(at, r.end);
    if (at >= to) break;
  }
  if (at < to) out.push({ start: at, end: to });
  return out.filter((r) => r.end > r.start);
}

/**
 * Check that a value (often parsed JSON) is a Monte Carlo result that can be
 * merged, field by field, and return the sample ranges it covers: its
 * `provenance.range`, less the `coverage.missing` ranges of an earlier merge.
 * Internal to `mergeMonteCarlo`.
 *
 * @param value - a `runMonteCarlo` or `mergeMonteCarlo` result
 * @param name - the shard as the user knows it (`shards[1]`, `shard-2.json`)
 * @throws {@link InputError} naming the first missing or invalid field; a shard without `provenance.studyHash` (written before ailca 1.1) is refused
 */
export function checkShard(value: unknown, name: string): { readonly result: MonteCarloResult; readonly covered: readonly SampleRange[] } {
  const o = object(value, name, 'a Monte Carlo result (an object with study, outputs, provenance, state)');
  if (o.provenance === undefined && o.outputs === undefined) {
    const study = typeof o.name === 'string' && ['servers', 'functionalUnit', 'cloud', 'model'].some((k) => k in o);
    throw new InputError({
      path: name,
      received: value,
      expected: 'a Monte Carlo shard result (study, outputs, provenance, state)',
      problem: study ? 'is a study file, not a shard result' : 'is not a shard result',
      fix: study ? `compute shards from the study first — ${WRITE.replace('write shards with: ', '')} — and merge those` : WRITE,
    });
  }
  is(typeof o.study === 'string', o.study, `${name}.study`, 'the study name, a string');
  const p = object(o.provenance, `${name}.provenance`, 'the run provenance');
  if (p.studyHash === undefined) {
    throw new InputError({ path: `${name}.provenance.studyHash`, received: undefined, expected: 'a shard written by this version of ailca (sha256:… of the study and run)', problem: 'is missing: the shard cannot be checked to come from the same study as the others', fix: 'rerun the shard with this version of ailca' });
  }
  is(typeof p.studyHash === 'string' && HASH.test(p.studyHash), p.studyHash, `${name}.provenance.studyHash`, '"sha256:" and 64 hex digits');
  const n = integer(p.samples, `${name}.provenance.samples`, 2, 2 ** 32);
  integer(p.seed, `${name}.provenance.seed`, 0, 2 ** 32 - 1);
  integer(p.pilotSamples, `${name}.provenance.pilotSamples`, 1, n);
  for (const k of ['backend', 'precision', 'version']) is(typeof p[k] === 'string', p[k], `${name}.provenance.${k}`, 'a string');
  is(typeof p.durationMs === 'number' && p.durationMs >= 0, p.durationMs, `${name}.provenance.durationMs`, 'a duration in ms ≥ 0');
  const range = object(p.range, `${name}.provenance.range`, 'the shard range {start, end}');
  const start = integer(range.start, `${name}.provenance.range.start`, 0, n - 1);
  const end = integer(range.end, `${name}.provenance.range.end`, start + 1, n);
  const completed = integer(p.completed, `${name}.provenance.completed`, 1, end - start);
  is(typeof o.aborted === 'boolean', o.aborted, `${name}.aborted`, 'true or false');
  is(Array.isArray(o.warnings) && o.warnings.every((w) => typeof w === 'string'), o.warnings, `${name}.warnings`, 'an array of strings');
  is(Array.isArray(o.outputs) && o.outputs.length > 0, o.outputs, `${name}.outputs`, 'a non-empty array of outputs');
  const state = object(o.state, `${name}.state`, 'the per-output accumulator state');
  (o.outputs as unknown[]).forEach((out, i) => {
    const at = `${name}.outputs[${i}]`;
    const x = object(out, at, 'an output {key, label, unit, tags, deterministic, constant, summary}');
    for (const k of ['key', 'label', 'unit']) is(typeof x[k] === 'string', x[k], `${at}.${k}`, 'a string');
    object(x.tags, `${at}.tags`, 'the output tags');
    is(typeof x.deterministic === 'number', x.deterministic, `${at}.deterministic`, 'a number');
    is(typeof x.constant === 'boolean', x.constant, `${at}.constant`, 'true or false');
    if (x.constant) return;
    try {
      StreamingSummary.fromJSON(state[x.key as string]);
    } catch (e) {
      if (e instanceof InputError) throw e.at(`${name}.state["${x.key as string}"]${e.path.replace(/^summary\.?/, '').replace(/^(?=.)/, '.')}`);
      throw e;
    }
  });
  let covered: SampleRange[] = [{ start, end }];
  if (o.coverage !== undefined) {
    const c = object(o.coverage, `${name}.coverage`, '{complete, missing}');
    is(Array.isArray(c.missing), c.missing, `${name}.coverage.missing`, 'an array of {start, end}');
    let at = 0;
    const missing = (c.missing as unknown[]).map((m, i) => {
      const r = object(m, `${name}.coverage.missing[${i}]`, '{start, end}');
      const s = integer(r.start, `${name}.coverage.missing[${i}].start`, at, n - 1);
      at = integer(r.end, `${name}.coverage.missing[${i}].end`, s + 1, n);
      return { start: s, end: at };
    });
    covered = complementOf(missing, start, end);
  }
  const total = covered.reduce((a, r) => a + r.end - r.start, 0);
  if (total !== completed && o.aborted === false) {
    throw new InputError({ path: `${name}.provenance.completed`, received: completed, expected: `${total}, the samples its range ${start}:${end} covers`, problem: 'disagrees with the range', fix: WRITE });
  }
  return { result: value as MonteCarloResult, covered };
}
