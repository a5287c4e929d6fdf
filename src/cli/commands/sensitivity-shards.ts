import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sobolStudyShard, type SensitivityMethod } from '../../analysis/index.js';
import { InputError } from '../../errors/index.js';
import { BACKEND_NAMES } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { categoryKey, OUTPUT } from '../../study/index.js';
import { choice } from '../args.js';
import { categoryFlag } from '../category-flag.js';
import { atFlags, SENSITIVITY_FLAGS } from '../flag-errors.js';
import type { CommandIO } from '../io.js';
import { integerFlag, rangeFlag, SEED_RANGE } from '../numbers.js';
import { readLimitsFromArgv } from '../read-flags.js';
import { prepareShardDir } from '../shard-dir.js';
import { shardFileName } from '../shard-files.js';
import { writeSobolJob } from '../write-sobol-job.js';
import { limitArgs, slurmJobFlags, submitLines } from './mc-shards.js';

type Flags = Readonly<Record<string, string | true>>;

/** The flags of `ailca sensitivity` that only a sharded Sobol' analysis takes. */
export const SENSITIVITY_SHARD_FLAGS: readonly string[] = ['shards', 'out', 'range', 'partition', 'time', 'cpus-per-task'];

/** Sobol' base samples when --samples is not given: 2^14, as `analyseStudy`. */
const DEFAULT_SOBOL_SAMPLES = 16384;

/** Why each other method has no --shards. */
const NOT_SHARDED: Readonly<Record<Exclude<SensitivityMethod, 'sobol'>, string>> = {
  tornado: 'a tornado evaluates 2d + 1 rows (one-at-a-time swings): it takes well under a second on one machine',
  morris: 'a Morris design has r(d + 1) rows (r trajectories, 50 by default): it takes about a second on one machine',
  rank: "rank correlations need every sample's rank at once; shard the Monte Carlo run with ailca mc --shards, whose merge gives the statistics",
};

/** The analysis every shard of a run shares, from the flags: n, seed, named backend (default js), second order, outputs. */
function design(flags: Flags) {
  const backend = choice(flags, 'backend', BACKEND_NAMES, 'js');
  if (backend === 'auto') {
    throw new InputError({ path: '--backend', received: 'auto', expected: `a named backend: ${BACKEND_NAMES.filter((b) => b !== 'auto').join(', ')}`, problem: 'may choose a different backend on each node, whose shards would not merge', fix: 'write --backend js (float64: the same values on every machine), or the gpu.js backend every node has' });
  }
  const categories = categoryFlag(flags.category);
  return {
    samples: integerFlag(flags.samples, '--samples', DEFAULT_SOBOL_SAMPLES),
    seed: integerFlag(flags.seed, '--seed', 1, SEED_RANGE),
    backend: backend,
    secondOrder: flags['second-order'] === true,
    ...(categories !== undefined ? { outputs: categories.map((c) => categoryKey(c, OUTPUT.functionalUnit)) } : {}),
    categories,
  };
}

/**
 * Refuse --shards and --range for methods other than Sobol' (saying why),
 * and the flags of a sharded analysis where they do not apply.
 */
export function refuseShardedMethod(method: SensitivityMethod, flags: Flags): void {
  const mode = flags.shards !== undefined ? 'shards' : flags.range !== undefined ? 'range' : undefined;
  if (method !== 'sobol' && mode !== undefined) {
    throw new InputError({ path: `--${mode}`, received: flags[mode], expected: '--method sobol', problem: `does not apply to --method ${method}: ${NOT_SHARDED[method]}`, fix: `leave out --${mode} (docs/scaling.md, "Sensitivity analysis")` });
  }
  const allowed = mode === 'shards' ? SENSITIVITY_SHARD_FLAGS : mode === 'range' ? ['range', 'out'] : [];
  const stray = SENSITIVITY_SHARD_FLAGS.find((f) => !allowed.includes(f) && flags[f] !== undefined);
  if (stray !== undefined) {
    throw new InputError({
      path: `--${stray}`,
      received: flags[stray],
      expected: mode === 'range' ? 'the flag with --shards K (the Slurm job script)' : "--method sobol with --shards K or --range START:END",
      problem: mode === 'range' ? 'only applies to the job script of --shards' : "only applies to a sharded Sobol' analysis",
      fix: `leave out --${stray}, or add --method sobol --shards K --out DIR to write a Slurm array job`,
    });
  }
}

/**
 * `ailca sensitivity STUDY --method sobol --shards K --out DIR …`: write the
 * Slurm array job of a Sobol' analysis split by design rows (not submitted).
 */
export async function sobolJobCommand(file: string, argv: readonly string[], flags: Flags, io: CommandIO): Promise<number> {
  for (const f of ['range', 'format'] as const) {
    if (flags[f] !== undefined) throw new InputError({ path: `--${f}`, received: flags[f], expected: 'no --range or --format with --shards', problem: 'cannot be combined with --shards: each task writes its own rows as a shard file', fix: `leave out --${f}` });
  }
  const out = flags.out;
  if (typeof out !== 'string') throw new InputError({ path: '--out', received: out, expected: 'a directory for the job script, the study copy and the shards', problem: 'is missing', fix: 'add --out DIR on a file system every node sees, e.g. --out /scratch/$USER/sobol1' });
  const { categories, ...analysis } = design(flags);
  const shards = integerFlag(flags.shards, '--shards', undefined, { min: 1, max: 2 ** 32, example: '64' });
  const limits = readLimitsFromArgv(argv);
  const extraArgs = [...(analysis.secondOrder ? ['--second-order'] : []), ...(categories !== undefined ? ['--category', categories.join(',')] : []), ...limitArgs(limits)];
  const studyFile = loadStudyFile(file, limits);
  const w = await atFlags(async () => writeSobolJob({ studyFile, design: analysis, shards, out, extraArgs, ...slurmJobFlags(flags) }), SENSITIVITY_FLAGS);
  const sizes = [...new Set(w.ranges.map((r) => r.end - r.start))].sort((a, b) => b - a).join(' or ');
  const lines = [
    `wrote ${w.script}: a Slurm array job of ${shards} tasks (not submitted)`,
    `  study ${w.job.studyName}, copied to ${w.job.dir}/${w.job.studyCopy}; design hash ${w.job.studyHash}`,
    `  Sobol' design of n = ${analysis.samples} base samples: ${w.rows} rows in ${shards} shards of ${sizes}, seed ${analysis.seed}, backend ${w.job.backend} (${w.job.precision}), ailca ${w.job.version}`,
    `  each task writes ${w.job.dir}/sobol-<hash12>-START-END.json; the merge runs the estimators and the bootstrap`,
  ];
  io.stdout([...lines, ...submitLines(w.script, w.job.dir, shards, w.done)].join('\n'));
  return 0;
}

/**
 * `ailca sensitivity STUDY --method sobol --range START:END [--out DIR]`:
 * evaluate those rows of the design and write the shard, as JSON on stdout
 * or as `DIR/sobol-<hash12>-START-END.json` (through a hidden `.part` file,
 * renamed once complete).
 */
export async function sobolRangeCommand(file: string, argv: readonly string[], flags: Flags, io: CommandIO, signal: AbortSignal): Promise<number> {
  if (flags.format !== undefined) throw new InputError({ path: '--format', received: flags.format, expected: 'no --format with --range', problem: 'does not apply: a shard is always JSON (merge shards with ailca merge, which prints the table)', fix: 'leave out --format' });
  const range = rangeFlag(flags.range, '--range') as { start: number; end: number };
  const { categories: _c, ...analysis } = design(flags);
  const out = typeof flags.out === 'string' ? prepareShardDir(flags.out) : undefined;
  const study = loadStudyFile(file, readLimitsFromArgv(argv)).study;
  const shard = await atFlags(() => sobolStudyShard(study, { ...analysis, range, signal }), SENSITIVITY_FLAGS);
  const text = `${JSON.stringify(shard)}\n`;
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  const target = join(out, shardFileName(shard.provenance.designHash, range, 'sobol'));
  const part = join(out, `.${shardFileName(shard.provenance.designHash, range, 'sobol')}.part.${process.pid}`);
  try {
    writeFileSync(part, text);
    renameSync(part, target);
  } finally {
    rmSync(part, { force: true });
  }
  io.stderr(`ailca sensitivity: wrote ${target}\n`);
  return 0;
}
