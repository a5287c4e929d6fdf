import { accessSync, constants, copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileError, InputError } from '../errors/index.js';
import { backendPrecision, planStudyHash, splitSamples, type BackendName, type SampleRange } from '../mc/index.js';
import { loadStudyFile, type StudyFile } from '../scenarios/index.js';
import type { ImpactCategoryId } from '../units/index.js';
import { libraryVersion } from '../version.js';
import { hashPrefix, shardFileName, shardFilesIn } from './shard-files.js';
import { shardScriptName, slurmArrayScript, type ShardJob } from './slurm-script.js';

/** What `ailca mc --shards` was asked for. */
export interface ShardJobRequest {
  /** The study, as read. */
  readonly studyFile: StudyFile;
  /** N. */
  readonly samples: number;
  /** Seed. */
  readonly seed: number;
  /** K, from `--shards`. */
  readonly shards: number;
  /** A named backend. */
  readonly backend: BackendName;
  /** `--outputs all`, or undefined for the default outputs. */
  readonly outputs?: 'all';
  /** `--category`: the impact categories of the default outputs. */
  readonly categories?: readonly ImpactCategoryId[];
  /** `--out DIR`, as typed. */
  readonly out: string;
  /** Further arguments every task passes to `ailca mc`. */
  readonly extraArgs: readonly string[];
  /** Slurm options. */
  readonly partition?: string;
  /** Slurm `--time`. */
  readonly time?: string;
  /** Slurm `--cpus-per-task`. */
  readonly cpusPerTask?: number;
}

/** What {@link writeShardJob} wrote. */
export interface WrittenShardJob {
  /** The job as the script records it. */
  readonly job: ShardJob;
  /** Path of the script. */
  readonly script: string;
  /** The K ranges, task i → ranges[i]. */
  readonly ranges: readonly SampleRange[];
  /** Tasks whose shard file is already in the directory (from an earlier submission of the same run). */
  readonly done: readonly number[];
}

/** Characters allowed in the shard directory's path: it is written into `#SBATCH --output`, which has no quoting. */
const SAFE_DIR = /^[A-Za-z0-9_./+-]+$/;

/** Make the directory (if missing) and check that it is one and writable. */
function prepareDir(out: string): string {
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
 * Write a sharded Monte Carlo run into a directory without submitting it:
 * the Slurm array-job script (`mc-<hash12>.sh`) and a byte copy of the study
 * (`study-<hash12>.json`), which is read back and must give the same study
 * hash (so the tasks read what was hashed). A directory holding shard files
 * of another run is refused.
 *
 * @param r - the run, the directory and the Slurm options
 * @returns the job, the script's path, the ranges and the tasks already done
 * @throws {@link InputError} for K outside [1, N], a directory holding shards of another run, or a study that reads files next to it
 * @throws {@link FileError} for a directory that cannot be created or written
 */
export function writeShardJob(r: ShardJobRequest): WrittenShardJob {
  let ranges: SampleRange[];
  try {
    ranges = splitSamples(r.samples, r.shards);
  } catch (e) {
    throw e instanceof InputError && e.path === 'shards' ? e.at('--shards') : e;
  }
  const run = { samples: r.samples, seed: r.seed, backend: r.backend, ...(r.outputs ? { outputs: r.outputs } : {}), ...(r.categories ? { categories: r.categories } : {}) };
  const studyHash = planStudyHash(r.studyFile.study, run);
  const h = hashPrefix(studyHash);
  const dir = prepareDir(r.out);
  const others = shardFilesIn(dir).filter((f) => f.hash12 !== h);
  if (others.length > 0) {
    const hashes = [...new Set(others.map((f) => f.hash12))].join(', ');
    throw new InputError({
      path: '--out',
      received: r.out,
      expected: `a directory without shard files of another run (this run's files are mc-${h}-*.json)`,
      problem: `holds ${others.length} shard file(s) of another run (study hash ${hashes}…, e.g. ${others[0].file}): ailca merge ${r.out} would refuse the mix`,
      fix: 'give --out a new directory, or move those files away',
    });
  }
  const studyCopy = `study-${h}.json`;
  const copy = join(dir, studyCopy);
  copyFileSync(r.studyFile.path, copy);
  let again: string | undefined;
  let why = '';
  try {
    again = planStudyHash(loadStudyFile(copy, r.studyFile.readLimits).study, run);
  } catch (e) {
    why = `: ${(e as Error).message}`;
  }
  if (again !== studyHash) {
    rmSync(copy, { force: true });
    throw new InputError({
      path: r.studyFile.path,
      received: r.out,
      expected: 'a study that reads the same from a copy in the shard directory',
      problem: `reads differently from its copy in ${r.out}${why || ' (another study hash)'}: it names files next to it (a grid series)`,
      fix: 'write the series path in the study as an absolute path and allow its folder with --allow-read DIR (the job passes it on to every task)',
    });
  }
  const job: ShardJob = {
    dir, studyCopy, studyName: r.studyFile.study.name, studyHash, samples: r.samples, seed: r.seed, shards: r.shards, backend: r.backend, precision: backendPrecision(r.backend), version: libraryVersion(), extraArgs: r.extraArgs,
    ...(r.partition !== undefined ? { partition: r.partition } : {}),
    ...(r.time !== undefined ? { time: r.time } : {}),
    ...(r.cpusPerTask !== undefined ? { cpusPerTask: r.cpusPerTask } : {}),
  };
  const script = join(dir, shardScriptName(studyHash));
  writeFileSync(script, slurmArrayScript(job), { mode: 0o755 });
  const present = new Set(shardFilesIn(dir).map((f) => f.file));
  const done = ranges.flatMap((range, i) => (present.has(join(dir, shardFileName(studyHash, range))) ? [i] : []));
  return { job, script, ranges, done };
}
