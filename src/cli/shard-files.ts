import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../errors/index.js';
import type { SampleRange } from '../mc/index.js';

/** A shard file's name: `mc-` (Monte Carlo samples) or `sobol-` (Sobol' design rows), the first 12 hex digits of the run's hash, the range's start and end. */
const SHARD_FILE = /^(mc|sobol)-([0-9a-f]{12})-(\d+)-(\d+)\.json$/;

/** What a shard holds: Monte Carlo samples (`ailca mc --range`) or rows of a Sobol' design (`ailca sensitivity --method sobol --range`). */
export type ShardKind = 'mc' | 'sobol';

/** A shard file found in a directory, as its name describes it. */
export interface ShardFile {
  /** Path of the file (the directory joined with its name). */
  readonly file: string;
  /** What the shard holds, from the name's prefix. */
  readonly kind: ShardKind;
  /** The first 12 hex digits of the study hash, from the name. */
  readonly hash12: string;
  /** The sample range, from the name. */
  readonly range: SampleRange;
}

/**
 * The first 12 hex digits of a `sha256:…` study hash: what shard files and job scripts are named by.
 * @example
 * hashPrefix('sha256:0123456789abcdef'); // => '0123456789ab'
 */
export function hashPrefix(studyHash: string): string {
  return studyHash.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * The name of the shard file of one range of a run: `mc-<hash12>-<start>-<end>.json`
 * (`sobol-…` for rows of a Sobol' design).
 * @example
 * shardFileName('sha256:0123456789abcdef', { start: 0, end: 250 }); // => 'mc-0123456789ab-0-250.json'
 * shardFileName('sha256:0123456789abcdef', { start: 0, end: 250 }, 'sobol'); // => 'sobol-0123456789ab-0-250.json'
 */
export function shardFileName(studyHash: string, range: SampleRange, kind: ShardKind = 'mc'): string {
  return `${kind}-${hashPrefix(studyHash)}-${range.start}-${range.end}.json`;
}

/**
 * The shard files in a directory (names `mc-<hash12>-<start>-<end>.json`
 * and `sobol-<hash12>-<start>-<end>.json`), ordered by start; other files (job scripts, logs, partial `.part` files)
 * are left alone.
 *
 * @param dir - the directory
 * @throws {@link FileError} when dir is missing or not a directory
 * @example
 * shardFilesIn('examples'); // => []
 */
export function shardFilesIn(dir: string): ShardFile[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new FileError({ file: dir }, 'directory not found', 'give the --out DIR of ailca mc --shards (or ailca sensitivity --shards), where the shard files are written');
  }
  if (!isDir) throw new FileError({ file: dir }, 'is not a directory');
  return readdirSync(dir)
    .flatMap((name) => {
      const m = SHARD_FILE.exec(name);
      return m ? [{ file: join(dir, name), kind: m[1] as ShardKind, hash12: m[2], range: { start: Number(m[3]), end: Number(m[4]) } }] : [];
    })
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.file.localeCompare(b.file));
}
