import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors/index.js';
import { backendPrecision, planStudyHash, splitSamples, type BackendName, type SampleRange } from '../mc/index.js';
import type { StudyFile } from '../scenarios/index.js';
import type { ImpactCategoryId } from '../units/index.js';
import { libraryVersion } from '../version.js';
import { copyStudyChecked, prepareShardDir, refuseOtherRuns, tasksDone } from './shard-dir.js';
import { hashPrefix } from './shard-files.js';
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
  const dir = prepareShardDir(r.out);
  refuseOtherRuns(dir, r.out, 'mc', h);
  const studyCopy = copyStudyChecked(r.studyFile, dir, r.out, h, (study) => planStudyHash(study, run), studyHash);
  const job: ShardJob = {
    dir, studyCopy, studyName: r.studyFile.study.name, studyHash, samples: r.samples, seed: r.seed, shards: r.shards, backend: r.backend, precision: backendPrecision(r.backend), version: libraryVersion(), extraArgs: r.extraArgs,
    ...(r.partition !== undefined ? { partition: r.partition } : {}),
    ...(r.time !== undefined ? { time: r.time } : {}),
    ...(r.cpusPerTask !== undefined ? { cpusPerTask: r.cpusPerTask } : {}),
  };
  const script = join(dir, shardScriptName(studyHash));
  writeFileSync(script, slurmArrayScript(job), { mode: 0o755 });
  const done = tasksDone(dir, studyHash, ranges, 'mc');
  return { job, script, ranges, done };
}
