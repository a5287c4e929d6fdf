import { accessSync, constants, copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileError, InputError } from '../errors/index.js';
import type { SampleRange } from '../mc/index.js';
import { loadStudyFile, type StudyFile } from '../scenarios/index.js';
import type { Study } from '../system/index.js';
import { shardFileName, shardFilesIn, type ShardKind } from './shard-files.js';

/** Characters allowed in the shard directory's path: it is written into `#SBATCH --output`, which has no quoting. */
const SAFE_DIR = /^[A-Za-z0-9_./+-]+$/;

/**
 * Make the shard directory (if missing) and check that it is one, writable,
 * and that its path can stand in an `#SBATCH` line.
 * @returns the absolute directory
 * @throws {@link InputError} for a path with other characters; {@link FileError} for a file, or a directory that cannot be made or written
 */
export function prepareShardDir(out: string): string {
  const dir = resolve(out);
  if (!SAFE_DIR.test(dir)) {
    throw new InputError({ path: '--out', received: out, expected: 'a directory path of letters, digits and . _ - + /', problem: 'has characters that a #SBATCH line cannot hold (spaces, quotes, …)', fix: 'choose a directory such as /scratch/$USER/ailca-shards' });
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new FileError({ file: out }, 'is not a directory', 'give --out a directory for the job script, the study copy and the shard files');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new FileError({ file: out }, `cannot be created as the shard directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'give --out a directory you can write, on a file system every node sees');
  }
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new FileError({ file: out }, 'is not writable', 'give --out a directory you can write, on a file system every node sees');
  }
  return dir;
}

/**
 * Refuse a directory that holds shard files of another run (another hash or kind): `ailca merge DIR` would refuse the mix.
 * @throws {@link InputError} naming a file of the other run
 */
export function refuseOtherRuns(dir: string, out: string, kind: ShardKind, h: string): void {
  const others = shardFilesIn(dir).filter((f) => f.hash12 !== h || f.kind !== kind);
  if (others.length === 0) return;
  const hashes = [...new Set(others.map((f) => `${f.kind}-${f.hash12}`))].join(', ');
  throw new InputError({
    path: '--out',
    received: out,
    expected: `a directory without shard files of another run (this run's files are ${kind}-${h}-*.json)`,
    problem: `holds ${others.length} shard file(s) of another run (${hashes}…, e.g. ${others[0].file}): ailca merge ${out} would refuse the mix`,
    fix: 'give --out a new directory, or move those files away',
  });
}

/**
 * Copy the study into the shard directory as `study-<h>.json` and read it
 * back: it must give the same hash, so the tasks compute what was hashed.
 * @returns the copy's file name
 * @throws {@link InputError} when the copy reads differently (a study naming files next to it); the copy is then removed
 */
export function copyStudyChecked(studyFile: StudyFile, dir: string, out: string, h: string, hashOf: (study: Study) => string, hash: string): string {
  const studyCopy = `study-${h}.json`;
  const copy = join(dir, studyCopy);
  copyFileSync(studyFile.path, copy);
  let again: string | undefined;
  let why = '';
  try {
    again = hashOf(loadStudyFile(copy, studyFile.readLimits).study);
  } catch (e) {
    why = `: ${(e as Error).message}`;
  }
  if (again !== hash) {
    rmSync(copy, { force: true });
    throw new InputError({
      path: studyFile.path,
      received: out,
      expected: 'a study that reads the same from a copy in the shard directory',
      problem: `reads differently from its copy in ${out}${why || ' (another study hash)'}: it names files next to it (a grid series)`,
      fix: 'write the series path in the study as an absolute path and allow its folder with --allow-read DIR (the job passes it on to every task)',
    });
  }
  return studyCopy;
}

/** The tasks whose shard file is already in the directory (from an earlier submission of the same run). */
export function tasksDone(dir: string, hash: string, ranges: readonly SampleRange[], kind: ShardKind): number[] {
  const present = new Set(shardFilesIn(dir).map((f) => f.file));
  return ranges.flatMap((range, i) => (present.has(join(dir, shardFileName(hash, range, kind))) ? [i] : []));
}
