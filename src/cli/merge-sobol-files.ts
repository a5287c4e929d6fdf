import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSobolStudyShards, mergeSobolStudyShards, splitDesignRows, type StudySensitivity } from '../analysis/index.js';
import { FileError, InputError } from '../errors/index.js';
import { isDirectory, readShard } from './merge-shard-files.js';
import { hashPrefix, shardFilesIn, type ShardFile } from './shard-files.js';
import { shardScriptName } from './slurm-script.js';

/** A parsed value that is a Sobol' shard (by its `kind`). */
export const isSobolShard = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'ailca.sobol-shard';

/**
 * Whether the paths given to `ailca merge` hold Sobol' shards: a directory
 * with `sobol-…` shard files, or a file whose JSON is one.
 */
export function holdsSobolShards(paths: readonly string[], maxBytes: number): boolean {
  return paths.some((p) => (isDirectory(p) ? shardFilesIn(p).some((f) => f.kind === 'sobol') : existsSync(p) && isSobolShard(readShard(p, maxBytes))));
}

/** What the merge of Sobol' shards gives: the analysis, or the rows it lacks and how to compute them. */
export type SobolMerge = { readonly result: StudySensitivity } | { readonly missing: string };

/** The tasks of a job script in `dir` that cover the missing rows, as an sbatch line, when the script is there. */
function rerunTasks(dir: string | undefined, hash: string, rows: number, missing: readonly { start: number; end: number }[]): string | undefined {
  if (dir === undefined) return undefined;
  const script = join(dir, shardScriptName(hash, 'sobol'));
  if (!existsSync(script)) return undefined;
  const k = /^K=(\d+)$/m.exec(readFileSync(script, 'utf8'))?.[1];
  if (k === undefined) return undefined;
  const tasks = splitDesignRows(rows, Number(k)).flatMap((r, i) => (missing.some((m) => m.start < r.end && r.start < m.end) ? [i] : []));
  return `sbatch --array=${tasks.join(',')} ${script} (outside Slurm: bash ${script} TASK for each of tasks ${tasks.join(', ')})`;
}

/**
 * Read and merge the shards of a Sobol' analysis (`ailca sensitivity
 * --method sobol --range`): a directory stands for its `sobol-<hash12>-…`
 * files, each of which must hold what its name says. Shards of different
 * design hashes, overlapping rows, and Monte Carlo shards among them are
 * refused; missing rows are reported with the command that computes them,
 * and no index is computed (Sobol' estimators need every row).
 *
 * @param paths - shard files and directories
 * @param maxBytes - the size cap of each file
 */
export async function mergeSobolFiles(paths: readonly string[], maxBytes: number): Promise<SobolMerge> {
  const dirs = paths.filter(isDirectory);
  const files = paths.flatMap((p): { file: string; named?: ShardFile }[] => {
    if (!isDirectory(p)) return [{ file: p }];
    const found = shardFilesIn(p);
    if (found.length === 0) throw new FileError({ file: p }, "holds no shard files (sobol-<hash12>-<start>-<end>.json)", `submit the job script that ailca sensitivity --shards wrote there (sbatch ${p}/sobol-<hash12>.sh) and merge once tasks have finished`);
    const mc = found.find((f) => f.kind === 'mc');
    if (mc !== undefined) throw new InputError({ path: mc.file, received: 'a Monte Carlo shard', expected: "Sobol' shards only (sobol-<hash12>-<start>-<end>.json)", problem: `is mixed with Sobol' shards in ${p}: they are different runs (different hashes) and do not merge`, fix: 'keep each run in its own directory and merge them apart' });
    return found.map((f) => ({ file: f.file, named: f }));
  });
  const values = files.map(({ file, named }) => {
    const v = readShard(file, maxBytes);
    if (!isSobolShard(v)) throw new InputError({ path: file, received: (v as { kind?: unknown } | null)?.kind ?? 'a Monte Carlo result or other JSON', expected: "a Sobol' shard (kind ailca.sobol-shard) like the others", problem: "is not a Sobol' shard: Monte Carlo and Sobol' shards do not merge", fix: 'merge each run apart' });
    const p = (v as { provenance?: { designHash?: unknown; range?: { start?: unknown; end?: unknown } } }).provenance;
    if (named !== undefined && typeof p?.designHash === 'string' && (hashPrefix(p.designHash) !== named.hash12 || p.range?.start !== named.range.start || p.range?.end !== named.range.end)) {
      throw new InputError({ path: file, received: `design hash ${hashPrefix(p.designHash)}…, rows ${String(p.range?.start)}:${String(p.range?.end)}`, expected: `what its name says: design hash ${named.hash12}…, rows ${named.range.start}:${named.range.end}`, problem: 'holds another shard than its name says (renamed or copied over)', fix: 'rerun that task of the job script, or remove the file' });
    }
    return v;
  });
  const names = files.map((f) => f.file);
  const c = checkSobolStudyShards(values, names);
  if (c.missing.length > 0) {
    const p = c.shards[0].provenance;
    const lacking = c.missing.reduce((a, r) => a + r.end - r.start, 0);
    const ranges = c.missing.map((r) => `${r.start}:${r.end}`).join(', ');
    const rerun = rerunTasks(dirs.length === 1 ? dirs[0] : undefined, c.designHash, c.rows, c.missing);
    const by = `ailca sensitivity STUDY --method sobol --samples ${p.samples} --seed ${p.seed} --backend ${p.backend}${p.secondOrder ? ' --second-order' : ''} --range START:END --out DIR (with the job's other flags) for each missing range`;
    return { missing: `INCOMPLETE: ${lacking} of ${c.rows} rows of the Sobol' design (design hash ${hashPrefix(c.designHash)}…) are missing: ${ranges}. Sobol' indices need every row, so none are computed. Compute them with ${rerun ?? by}, then merge again.` };
  }
  return { result: await mergeSobolStudyShards(values, { names }) };
}
