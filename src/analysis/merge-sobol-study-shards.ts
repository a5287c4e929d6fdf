import { InputError } from '../errors/index.js';
import { mergeSobolShards, missingSobolRows, type DesignRowRange, type SobolShard } from '../sensitivity/index.js';
import { decodeFloat64 } from './float64-base64.js';
import type { StudySensitivity } from './analyse-study.js';
import type { StudySobolShard } from './sobol-study-shard.js';

const HASH = /^sha256:[0-9a-f]{64}$/;
const RECOMPUTE = 'recompute it with ailca sensitivity STUDY --method sobol --samples N --seed S --range START:END --out DIR';

/** Shards of one Sobol' analysis of a study, checked, and the rows they leave out. */
export interface SobolShardCoverage {
  /** The shards, checked, in the order given. */
  readonly shards: readonly StudySobolShard[];
  /** Their common design hash. */
  readonly designHash: string;
  /** Rows of the whole design. */
  readonly rows: number;
  /** Rows no shard covers, in order (empty when complete). */
  readonly missing: readonly DesignRowRange[];
  /** The shards as {@link mergeSobolShards} takes them (values decoded). */
  readonly decoded: readonly SobolShard[];
}

function need(ok: boolean, value: unknown, path: string, expected: string): void {
  if (!ok) throw new InputError({ path, received: value, expected, problem: 'is not what a Sobol\' shard holds', fix: RECOMPUTE });
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Check one parsed shard field by field and decode its values. */
function checkOne(value: unknown, name: string): { shard: StudySobolShard; decoded: SobolShard } {
  const o = value as Partial<StudySobolShard> | null;
  need(typeof o === 'object' && o !== null && o.kind === 'ailca.sobol-shard', typeof o === 'object' && o !== null ? o.kind : o, `${name}.kind`, '"ailca.sobol-shard" (a shard of ailca sensitivity --method sobol --range)');
  const s = o as StudySobolShard;
  const p = (s.provenance ?? {}) as Partial<StudySobolShard['provenance']>;
  const at = `${name}.provenance`;
  need(typeof s.study === 'string', s.study, `${name}.study`, 'the study name');
  need(typeof p.designHash === 'string' && HASH.test(p.designHash), p.designHash, `${at}.designHash`, '"sha256:" and 64 hex digits');
  for (const k of ['samples', 'seed', 'rows'] as const) need(isInt(p[k]), p[k], `${at}.${k}`, 'a whole number');
  need(typeof p.secondOrder === 'boolean', p.secondOrder, `${at}.secondOrder`, 'true or false');
  need(p.sequence === 'random' || p.sequence === 'sobol', p.sequence, `${at}.sequence`, '"random" or "sobol"');
  need(isInt(p.bootstrap?.resamples) && typeof p.bootstrap?.confidence === 'number', p.bootstrap, `${at}.bootstrap`, '{ resamples, confidence }');
  need(isInt(p.range?.start) && isInt(p.range?.end) && (p.range?.start) < (p.range?.end) && (p.range?.end) <= (p.rows as number), p.range, `${at}.range`, `{ start, end } with 0 ≤ start < end ≤ ${p.rows}`);
  for (const k of ['backend', 'backendDescription', 'precision', 'version', 'date'] as const) need(typeof p[k] === 'string', p[k], `${at}.${k}`, 'a string');
  need(typeof p.durationMs === 'number' && p.durationMs >= 0, p.durationMs, `${at}.durationMs`, 'a duration in ms ≥ 0');
  need(strings(p.inputs) && strings(p.outputs) && p.outputs.length > 0, [p.inputs, p.outputs], `${at}.inputs/outputs`, 'the input paths and output keys');
  need(strings(s.notes) && strings(s.sobolNotes), [s.notes, s.sobolNotes], `${name}.notes`, 'arrays of strings');
  need(typeof s.values === 'object' && s.values !== null, s.values, `${name}.values`, 'an object of base64 values by output key');
  const range = p.range as DesignRowRange;
  const outputs = p.outputs as string[];
  const values = outputs.map((k) => decodeFloat64(s.values[k], range.end - range.start, `${name}.values["${k}"]`));
  const decoded: SobolShard = {
    method: 'sobol-shard', inputs: p.inputs as string[], outputs, n: p.samples as number, seed: p.seed as number, secondOrder: p.secondOrder as boolean, sequence: p.sequence as 'random', bootstrap: p.bootstrap as { resamples: number; confidence: number }, rows: p.rows as number, range, values, notes: s.sobolNotes,
  };
  return { shard: s, decoded };
}

/**
 * Check parsed shards of a Sobol' analysis of a study ({@link sobolStudyShard},
 * e.g. read from the files `ailca sensitivity --range` writes): each one
 * field by field, all of one design hash, no two overlapping; and say
 * which rows are missing — the merge needs every one.
 *
 * @param values - parsed shards
 * @param names - the shards as the user knows them (file names), for errors; default `shards[i]`
 * @returns the checked shards, their hash, the design's rows and the missing ranges
 * @throws {@link InputError} for a malformed shard, shards of different design hashes, or overlapping rows
 * @example
 * const study = loadStudy('examples/xeon-8468-uncertain.json');
 * const s = await sobolStudyShard(study, { samples: 64, seed: 1, range: { start: 0, end: 100 } });
 * checkSobolStudyShards([s]).missing; // => [{ start: 100, end: 512 }]
 */
export function checkSobolStudyShards(values: readonly unknown[], names: readonly string[] = values.map((_v, i) => `shards[${i}]`)): SobolShardCoverage {
  if (values.length === 0) throw new InputError({ path: 'shards', received: [], expected: 'at least one shard', problem: 'is empty', fix: RECOMPUTE });
  const checked = values.map((v, i) => checkOne(v, names[i] ?? `shards[${i}]`));
  const designHash = checked[0].shard.provenance.designHash;
  checked.forEach(({ shard }, i) => {
    if (shard.provenance.designHash !== designHash) {
      throw new InputError({
        path: names[i] ?? `shards[${i}]`,
        received: `design hash ${shard.provenance.designHash}`,
        expected: `the design hash of ${names[0] ?? 'shards[0]'}: ${designHash}`,
        problem: 'is a shard of another analysis (another study, seed, n, second order, bootstrap, outputs, backend or ailca version): the shards do not merge',
        fix: 'merge the shards of one analysis only: keep each analysis in its own directory',
      });
    }
  });
  const decoded = checked.map((c) => c.decoded);
  const missing = missingSobolRows(decoded, names);
  return { shards: checked.map((c) => c.shard), designHash, rows: decoded[0].rows, missing, decoded };
}

/**
 * Merge the shards of a Sobol' analysis of a study into the result
 * `analyseStudy(study, { method: 'sobol', … })` gives with the same study,
 * samples, seed, options and backend: the indices, intervals, means,
 * variances and notes bit for bit (see {@link mergeSobolShards}); the
 * provenance records the shards (`shards`, with the design hash), the date
 * of the merge and, as `durationMs`, the shards' time plus the merge's.
 *
 * @param values - parsed shards, in any order
 * @param options - names of the shards for errors, bootstrap threads, abort signal
 * @returns the analysis, as `analyseStudy` returns it
 * @throws {@link InputError} for malformed shards, shards of different analyses, overlapping or missing rows (named)
 * @example
 * const study = loadStudy('examples/xeon-8468-uncertain.json');
 * const options = { samples: 64, seed: 1, bootstrap: { resamples: 100 } };
 * const shards = await Promise.all(splitDesignRows(512, 3).map((range) => sobolStudyShard(study, { ...options, range })));
 * const merged = await mergeSobolStudyShards(shards);
 * const whole = await analyseStudy(study, { method: 'sobol', ...options, backend: 'js' });
 * merged.sobol.outputs.functionalUnit.indices['cloud.pue'].STci[1] === whole.sobol.outputs.functionalUnit.indices['cloud.pue'].STci[1]; // => true
 */
export async function mergeSobolStudyShards(values: readonly unknown[], options: { readonly names?: readonly string[]; readonly threads?: number; readonly signal?: AbortSignal } = {}): Promise<StudySensitivity> {
  const t0 = performance.now();
  const names = options.names ?? values.map((_v, i) => `shards[${i}]`);
  const c = checkSobolStudyShards(values, names);
  const sobol = await mergeSobolShards(c.decoded, { names, ...(options.threads !== undefined ? { threads: options.threads } : {}), ...(options.signal !== undefined ? { signal: options.signal } : {}) });
  const p = c.shards[0].provenance;
  const shardMs = c.shards.reduce((a, s) => a + s.provenance.durationMs, 0);
  return {
    study: c.shards[0].study,
    method: 'sobol',
    sobol,
    provenance: {
      method: 'sobol', samples: p.samples, seed: p.seed, backend: p.backend, backendDescription: p.backendDescription, precision: p.precision, inputs: p.inputs, outputs: p.outputs, version: p.version,
      date: new Date().toISOString(), durationMs: shardMs + performance.now() - t0, shards: { count: c.shards.length, designHash: c.designHash },
    },
    notes: c.shards[0].notes,
  };
}
