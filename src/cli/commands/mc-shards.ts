import { resolve } from 'node:path';
import { InputError } from '../../errors/index.js';
import { BACKEND_NAMES, MAX_SAMPLES } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice } from '../args.js';
import { categoryFlag } from '../category-flag.js';
import type { CommandIO } from '../io.js';
import { integerFlag, SAMPLES_RANGE, SEED_RANGE } from '../numbers.js';
import { readLimitsFromArgv } from '../read-flags.js';
import { slurmPartitionFlag, slurmTimeFlag } from '../slurm-flags.js';
import { writeShardJob } from '../write-shard-job.js';

/** The flags of `ailca mc` that only a sharded job script takes (and --shards itself). */
export const SHARD_FLAGS: readonly string[] = ['shards', 'out', 'partition', 'time', 'cpus-per-task'];

/** Slurm's default MaxArraySize: array indices must be below it unless the cluster raises it. */
const SLURM_MAX_ARRAY = 1001;

/** `task 0`, `tasks 1,3,5`: a list sbatch --array takes. */
export const taskList = (tasks: readonly number[]): string => tasks.join(',');

/**
 * `ailca mc STUDY.json --shards K --out DIR …`: write the Slurm array job
 * of a sharded run (not submitted) and say how to submit and merge it.
 *
 * @returns 0 when written; bad input throws InputError or FileError (exit 2)
 */
export function shardJobCommand(file: string, argv: readonly string[], flags: Readonly<Record<string, string | true>>, io: CommandIO): number {
  for (const f of ['range', 'format'] as const) {
    if (flags[f] !== undefined) throw new InputError({ path: `--${f}`, received: flags[f], expected: 'no --range or --format with --shards', problem: 'cannot be combined with --shards: each task writes its own range as JSON', fix: `leave out --${f}` });
  }
  const out = flags.out;
  if (typeof out !== 'string') throw new InputError({ path: '--out', received: out, expected: 'a directory for the job script, the study copy and the shards', problem: 'is missing', fix: 'add --out DIR on a file system every node sees, e.g. --out /scratch/$USER/run1' });
  const samples = integerFlag(flags.samples, '--samples', 1_000_000, SAMPLES_RANGE);
  const shards = integerFlag(flags.shards, '--shards', undefined, { min: 1, max: MAX_SAMPLES, example: '64' });
  const seed = integerFlag(flags.seed, '--seed', 1, SEED_RANGE);
  const backend = choice(flags, 'backend', BACKEND_NAMES, 'js');
  if (backend === 'auto') {
    throw new InputError({ path: '--backend', received: 'auto', expected: `a named backend: ${BACKEND_NAMES.filter((b) => b !== 'auto').join(', ')}`, problem: 'may choose a different backend on each node, whose shards would not merge', fix: 'write --backend js (float64: the same samples on every machine), or the gpu.js backend every node has' });
  }
  const outputs = choice(flags, 'outputs', ['default', 'all'] as const, 'default');
  const categories = categoryFlag(flags.category);
  const limits = readLimitsFromArgv(argv);
  const extraArgs = [
    ...(outputs === 'all' ? ['--outputs', 'all'] : []),
    ...(categories !== undefined ? ['--category', categories.join(',')] : []),
    ...(flags.chunk !== undefined ? ['--chunk', String(integerFlag(flags.chunk, '--chunk', undefined, SAMPLES_RANGE))] : []),
    ...(flags.reduction !== undefined ? ['--reduction', choice(flags, 'reduction', ['host', 'device'] as const, 'host')] : []),
    ...limitArgs(limits),
  ];
  const written = writeShardJob({
    studyFile: loadStudyFile(file, limits), samples, seed, shards, backend, ...(outputs === 'all' ? { outputs } : {}), ...(categories !== undefined ? { categories } : {}), out, extraArgs, ...slurmJobFlags(flags),
  });
  const { job, script, ranges, done } = written;
  const sizes = [...new Set(ranges.map((r) => r.end - r.start))].sort((a, b) => b - a).join(' or ');
  const lines = [
    `wrote ${script}: a Slurm array job of ${shards} tasks (not submitted)`,
    `  study ${job.studyName}, copied to ${job.dir}/${job.studyCopy}; study hash ${job.studyHash}`,
    `  N = ${samples} samples in ${shards} shards of ${sizes}, seed ${seed}, backend ${job.backend} (${job.precision}), ailca ${job.version}`,
    `  each task writes ${job.dir}/mc-<hash12>-START-END.json`,
  ];
  io.stdout([...lines, ...submitLines(script, job.dir, shards, done)].join('\n'));
  return 0;
}

/** The read limits every task passes on (`--max-file-size`, `--allow-read` by absolute path). */
export function limitArgs(limits: ReturnType<typeof readLimitsFromArgv>): string[] {
  return [...(limits.maxFileSize !== undefined ? ['--max-file-size', String(limits.maxFileSize)] : []), ...(limits.allowRead ?? []).flatMap((d) => ['--allow-read', resolve(d)])];
}

/** The Slurm options of a sharded job (`--partition`, `--time`, `--cpus-per-task`), checked. */
export function slurmJobFlags(flags: Readonly<Record<string, string | true>>): { partition?: string; time?: string; cpusPerTask?: number } {
  const partition = typeof flags.partition === 'string' ? slurmPartitionFlag(flags.partition) : undefined;
  const time = typeof flags.time === 'string' ? slurmTimeFlag(flags.time) : undefined;
  const cpusPerTask = flags['cpus-per-task'] === undefined ? undefined : integerFlag(flags['cpus-per-task'], '--cpus-per-task', undefined, { min: 1, max: 65_536, example: '4' });
  return { ...(partition !== undefined ? { partition } : {}), ...(time !== undefined ? { time } : {}), ...(cpusPerTask !== undefined ? { cpusPerTask } : {}) };
}

/** The closing lines of a written job: shards already done (and how to run the others), the MaxArraySize note, submit and merge. */
export function submitLines(script: string, dir: string, shards: number, done: readonly number[]): string[] {
  const lines: string[] = [];
  const missing = Array.from({ length: shards }, (_, i) => i).filter((i) => !done.includes(i));
  if (done.length > 0) lines.push(`  ${done.length} of ${shards} shards are already in ${dir}; ${missing.length === 0 ? 'nothing left to compute' : `to compute only the others: sbatch --array=${taskList(missing)} ${script}`}`);
  if (shards > SLURM_MAX_ARRAY) lines.push(`  note: ${shards} tasks exceed Slurm's default MaxArraySize (${SLURM_MAX_ARRAY}); ask your administrator, or use fewer --shards`);
  lines.push(`submit: sbatch ${script}`, `merge:  ailca merge ${dir}`, '');
  return lines;
}
