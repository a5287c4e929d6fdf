import { InputError } from '../errors/index.js';
import { drawSaltelliBase } from './saltelli-base.js';
import type { SobolResult } from './sobol.js';
import { analyseSobolOutputs } from './sobol-analyse.js';
import { planSobol } from './sobol-plan.js';
import type { DesignRowRange, SobolShard } from './sobol-shard.js';

/** Options of {@link mergeSobolShards}. */
export interface MergeSobolShardsOptions {
  /** Threads of the bootstrap (default: every core); the intervals do not depend on it. */
  readonly threads?: number;
  /** Stops the bootstrap between jobs. */
  readonly signal?: AbortSignal;
  /** The shards as the user knows them (file names), for errors; default `shards[i]`. */
  readonly names?: readonly string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows of the design that no shard covers, after checking that the
 * shards belong to one analysis (the same inputs, outputs, n, seed, second
 * order, sequence and bootstrap) and do not overlap.
 *
 * @param shards - results of {@link sobolShard}
 * @param names - the shards as the user knows them, for errors; default `shards[i]`
 * @returns the missing ranges, in order; empty when every row is there
 * @throws {@link InputError} for no shards, shards of different analyses, or overlapping ranges
 * @example
 * const problem = problemFromFunction([{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => u }], (x) => x.a * x.b);
 * const s = await sobolShard(problem, { n: 64, seed: 1, range: { start: 0, end: 100 } });
 * missingSobolRows([s]); // => [{ start: 100, end: 256 }]
 */
export function missingSobolRows(shards: readonly SobolShard[], names: readonly string[] = shards.map((_s, i) => `shards[${i}]`)): DesignRowRange[] {
  if (shards.length === 0) throw new InputError({ path: 'shards', received: [], expected: 'at least one shard of sobolShard', problem: 'is empty' });
  const first = shards[0];
  const key = (s: SobolShard) => ({ inputs: s.inputs, outputs: s.outputs, n: s.n, seed: s.seed, secondOrder: s.secondOrder, sequence: s.sequence, bootstrap: { resamples: s.bootstrap.resamples, confidence: s.bootstrap.confidence }, rows: s.rows });
  const order = shards.map((s, i) => ({ s, name: names[i] ?? `shards[${i}]` }));
  for (const { s, name } of order) {
    if (!same(key(s), key(first))) {
      throw new InputError({ path: name, received: key(s), expected: `a shard of the same analysis as ${names[0] ?? 'shards[0]'}: ${JSON.stringify(key(first))}`, problem: 'belongs to another Sobol\' analysis (inputs, outputs, n, seed, second order, sequence or bootstrap differ)', fix: 'merge only the shards of one analysis' });
    }
    if (s.values.length !== s.outputs.length || s.values.some((v) => v.length !== s.range.end - s.range.start)) {
      throw new InputError({ path: `${name}.values`, received: s.values.map((v) => v.length), expected: `${s.outputs.length} arrays of ${s.range.end - s.range.start} values (one per row of ${s.range.start}:${s.range.end})`, problem: 'does not match its range', fix: 'recompute the shard' });
    }
  }
  order.sort((a, b) => a.s.range.start - b.s.range.start);
  const missing: DesignRowRange[] = [];
  let at = 0;
  order.forEach(({ s, name }, i) => {
    if (s.range.start < at) {
      const prev = order[i - 1];
      throw new InputError({ path: name, received: `rows ${s.range.start}:${s.range.end}`, expected: `rows that no other shard covers (${prev?.name} covers ${prev?.s.range.start}:${prev?.s.range.end})`, problem: 'overlaps another shard', fix: 'merge each shard once: remove the duplicate' });
    }
    if (s.range.start > at) missing.push({ start: at, end: s.range.start });
    at = s.range.end;
  });
  if (at < first.rows) missing.push({ start: at, end: first.rows });
  return missing;
}

/**
 * Merge the shards of a Sobol' analysis split by rows ({@link sobolShard})
 * into its result: the rows are concatenated in design order, the design's
 * stream is drawn again from the seed to where the whole analysis left it,
 * and the estimators and the percentile bootstrap run exactly as in
 * {@link sobol} — so the result equals `sobol(problem, options)` with the
 * same options, bit for bit, whatever the split. Every row is needed:
 * missing rows are refused, named.
 *
 * @param shards - the shards, in any order
 * @param options - bootstrap threads, abort signal, names for errors
 * @returns the result `sobol` would give
 * @throws {@link InputError} for shards of different analyses, overlapping or missing rows
 * @example
 * const problem = problemFromFunction([{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => u }], (x) => x.a + 2 * x.b);
 * const options = { n: 64, seed: 3, bootstrap: { resamples: 100 } };
 * const parts = [{ start: 0, end: 130 }, { start: 130, end: 256 }];
 * const shards = await Promise.all(parts.map((range) => sobolShard(problem, { ...options, range })));
 * const merged = await mergeSobolShards(shards);
 * const whole = await sobol(problem, options);
 * merged.outputs.y.indices.b.STci[0] === whole.outputs.y.indices.b.STci[0]; // => true
 */
export async function mergeSobolShards(shards: readonly SobolShard[], options: MergeSobolShardsOptions = {}): Promise<SobolResult> {
  const names = options.names ?? shards.map((_s, i) => `shards[${i}]`);
  const missing = missingSobolRows(shards, names);
  const first = shards[0];
  if (missing.length > 0) {
    const rows = missing.reduce((a, r) => a + r.end - r.start, 0);
    throw new InputError({ path: 'shards', received: `${shards.length} shard(s) covering ${first.rows - rows} of ${first.rows} design rows`, expected: 'every row of the design: the estimators and the bootstrap need all of them', problem: `misses rows ${missing.map((r) => `${r.start}:${r.end}`).join(', ')}`, fix: 'compute the missing ranges with sobolShard and merge again' });
  }
  // A stand-in problem with the shards' input and output names: planSobol checks the options as sobol did and resolves the same stream.
  const problem = { inputs: first.inputs.map((name) => ({ name, ppf: (u: number) => u })), outputs: first.outputs, evaluate: () => [] };
  const bootstrap = { ...first.bootstrap, ...(options.threads !== undefined ? { threads: options.threads } : {}) };
  const plan = { ...planSobol(problem, { n: first.n, seed: first.seed, secondOrder: first.secondOrder, sequence: first.sequence, bootstrap }, 'mergeSobolShards'), notes: first.notes };
  // Draw the design again (and drop it): the bootstrap continues the stream from where the design draw left it.
  drawSaltelliBase(plan.d, plan.n, plan.sequence, plan.random.uniform);
  const ys = first.outputs.map(() => new Float64Array(first.rows));
  for (const s of shards) s.values.forEach((v, k) => ys[k].set(v, s.range.start));
  return analyseSobolOutputs(ys, first.inputs, first.outputs, plan, options.signal);
}
