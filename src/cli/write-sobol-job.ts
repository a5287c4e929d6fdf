import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSobolStudyHash, splitDesignRows, studyDesignInputs, type SobolStudyDesign } from '../analysis/index.js';
import { InputError } from '../errors/index.js';
import { backendPrecision, type BackendName, type SampleRange } from '../mc/index.js';
import type { StudyFile } from '../scenarios/index.js';
import { saltelliRows } from '../sensitivity/index.js';
import { libraryVersion } from '../version.js';
import { copyStudyChecked, prepareShardDir, refuseOtherRuns, tasksDone } from './shard-dir.js';
import { hashPrefix } from './shard-files.js';
import { shellQuote } from './shell-quote.js';
import { arrayScript, shardScriptName, type ShardJob } from './slurm-script.js';

/** What `ailca sensitivity --method sobol --shards` was asked for. */
export interface SobolJobRequest {
  /** The study, as read. */
  readonly studyFile: StudyFile;
  /** The analysis: n, seed, second order, outputs, named backend. */
  readonly design: SobolStudyDesign & { readonly backend: BackendName };
  /** K, from `--shards`. */
  readonly shards: number;
  /** `--out DIR`, as typed. */
  readonly out: string;
  /** Further arguments every task passes to `ailca sensitivity` (`--second-order`, `--category`, read limits). */
  readonly extraArgs: readonly string[];
  /** Slurm `--partition`. */
  readonly partition?: string;
  /** Slurm `--time`. */
  readonly time?: string;
  /** Slurm `--cpus-per-task`. */
  readonly cpusPerTask?: number;
}

/**
 * Write a sharded Sobol' analysis into a directory without submitting it:
 * the array-job script `sobol-<hash12>.sh`, whose task i evaluates rows
 * `splitDesignRows(R, K)[i]` of the Saltelli design (R = n(d + 2), or
 * n(2d + 2) with second order) with `ailca sensitivity --range START:END
 * --out DIR`, and the study copy `study-<hash12>.json`, checked to give the
 * same design hash. A directory holding shards of another run is refused.
 *
 * @returns the job, the script's path, the design's rows, the ranges and the tasks already done
 * @throws {@link InputError} for K outside [1, R], a directory with another run's shards, or a study that reads files next to it
 */
export function writeSobolJob(r: SobolJobRequest): { job: ShardJob; script: string; rows: number; ranges: SampleRange[]; done: number[] } {
  const study = r.studyFile.study;
  const hash = planSobolStudyHash(study, r.design);
  const d = studyDesignInputs(study, r.design.inputs !== undefined ? { inputs: r.design.inputs } : {}).length;
  const rows = saltelliRows(d, r.design.samples, r.design.secondOrder ?? false);
  let ranges: SampleRange[];
  try {
    ranges = splitDesignRows(rows, r.shards);
  } catch (e) {
    throw e instanceof InputError && e.path === 'shards' ? e.at('--shards') : e;
  }
  const h = hashPrefix(hash);
  const dir = prepareShardDir(r.out);
  refuseOtherRuns(dir, r.out, 'sobol', h);
  const studyCopy = copyStudyChecked(r.studyFile, dir, r.out, h, (s) => planSobolStudyHash(s, r.design), hash);
  const { samples, seed, backend } = r.design;
  const job: ShardJob = {
    dir, studyCopy, studyName: study.name, studyHash: hash, samples, seed, shards: r.shards, backend, precision: backendPrecision(backend), version: libraryVersion(), extraArgs: r.extraArgs,
    ...(r.partition !== undefined ? { partition: r.partition } : {}), ...(r.time !== undefined ? { time: r.time } : {}), ...(r.cpusPerTask !== undefined ? { cpusPerTask: r.cpusPerTask } : {}),
  };
  const extra = r.extraArgs.map(shellQuote).join(' ');
  const tail = extra ? ` ${extra}` : '';
  const text = arrayScript(job, {
    prefix: 'sobol',
    title: "Rows of the Saltelli design of one ailca Sobol' analysis",
    hashLabel: 'design hash',
    runLine: `Sobol' indices, n = ${samples} base samples, ${d} inputs: N = ${rows} design rows; seed ${seed}, backend ${backend} (${job.precision}), ailca ${job.version}`,
    total: rows,
    what: 'design rows',
    shown: `ailca sensitivity ${shellQuote(`${dir}/${studyCopy}`)} --method sobol --samples ${samples} --seed ${seed} --backend ${backend} --range START:END --out ${shellQuote(dir)}${tail}
#               writes ${dir}/sobol-${hashPrefix(hash)}-START-END.json`,
    run: `echo "ailca shard job, task $task of $K: design rows $start:$end on $(hostname)" >&2
# ailca writes "$out" through a hidden .part file, renamed once complete.
# shellcheck disable=SC2086
$AILCA sensitivity "$DIR/"${shellQuote(studyCopy)} --method sobol --samples ${samples} --seed ${seed} --backend ${backend} --range "$start:$end" --out "$DIR"${tail}
test -f "$out" || { echo "ailca shard job, task $task: $out was not written (another design hash? compare ailca --version and the study copy)" >&2; exit 1; }`,
  });
  const script = join(dir, shardScriptName(hash, 'sobol'));
  writeFileSync(script, text, { mode: 0o755 });
  return { job, script, rows, ranges, done: tasksDone(dir, hash, ranges, 'sobol') };
}
