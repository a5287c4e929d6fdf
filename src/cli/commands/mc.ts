import { BACKEND_NAMES, runMonteCarlo, type MonteCarloResult } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { formatMonteCarlo } from '../format-monte-carlo.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';
import { categoryFlag, CATEGORY_USAGE } from '../category-flag.js';
import { integerFlag, rangeFlag, SAMPLES_RANGE, SEED_RANGE } from '../numbers.js';
import { progressBar } from '../progress.js';
import { explainBackend, EXPLAIN_USAGE } from '../explain-backend.js';
import { InputError } from '../../errors/index.js';
import { shardJobCommand, SHARD_FLAGS } from './mc-shards.js';

/** Usage text of `ailca mc`. */
export const MC_USAGE = `ailca mc STUDY.json [--samples N] [--seed S] [--backend auto|webgpu|webasm|cpu|js] [--range START:END] [--outputs default|all] [--category LIST] [--reduction host|device] [--format table|json] [--explain]
       ailca mc STUDY.json --shards K --out DIR [--samples N] [--seed S] [--backend js|cpu|webasm|webgpu] [--outputs default|all] [--category LIST] [--partition P] [--time T] [--cpus-per-task C]

Monte Carlo uncertainty of every output: N samples (default 1e6) drawn with
seed S (default 1) on the chosen backend; statistics reduced in float64.
--range computes one shard of the N-sample run; merge shards with ailca merge.
--reduction device (webgpu only) reduces on the device and reads back partial
sums and bin counts instead of every sample (docs/performance.md).
The default outputs are the headline figures in every impact category the
study computes (water.annualized.total…); --category narrows them.
--shards K --out DIR writes (does not submit) a Slurm array job of K tasks
into DIR, each computing one of K shards of [0, N) into DIR, and a copy of the
study; submit it with sbatch and merge with ailca merge DIR. Its backend is js
(float64, the same samples on every machine) unless --backend names another;
--partition, --time and --cpus-per-task go to #SBATCH lines (docs/scaling.md).
${EXPLAIN_USAGE}

${CATEGORY_USAGE}
${READ_FLAGS_USAGE}`;

function output(io: CommandIO, r: MonteCarloResult, format: 'table' | 'json'): void {
  io.stdout(format === 'json' ? `${JSON.stringify(r)}\n` : `${formatMonteCarlo(r)}\n`);
}

/**
 * `ailca mc STUDY.json …`: a Monte Carlo run, with a progress bar on a
 * terminal; Ctrl-C stops it cleanly and prints the statistics of what was done.
 */
export async function mcCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['samples', 'seed', 'backend', 'range', 'outputs', 'format', 'chunk', 'category', 'reduction', ...SHARD_FLAGS, ...READ_FLAGS], ['explain'], READ_FLAGS_OPTIONS);
  const categories = categoryFlag(args.flags.category);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${MC_USAGE}\n`);
    return 2;
  }
  if (args.flags.shards !== undefined) return shardJobCommand(file, argv, args.flags, io);
  const stray = SHARD_FLAGS.find((f) => f !== 'shards' && args.flags[f] !== undefined);
  if (stray !== undefined) throw new InputError({ path: `--${stray}`, received: args.flags[stray], expected: 'the flag together with --shards K', problem: 'only applies to a sharded job script', fix: `add --shards K (and --out DIR) to write a Slurm array job, or leave out --${stray}` });
  const study = loadStudyFile(file, readLimitsFromArgv(argv)).study;
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = progressBar(io, 'mc');
  try {
    const result = await runMonteCarlo(study, {
      samples: integerFlag(args.flags.samples, '--samples', 1_000_000, SAMPLES_RANGE),
      seed: integerFlag(args.flags.seed, '--seed', 1, SEED_RANGE),
      backend: choice(args.flags, 'backend', BACKEND_NAMES, 'auto'),
      range: rangeFlag(args.flags.range, '--range'),
      outputs: choice(args.flags, 'outputs', ['default', 'all'] as const, 'default') === 'all' ? 'all' : undefined,
      ...(categories !== undefined ? { categories } : {}),
      chunkSize: args.flags.chunk === undefined ? undefined : integerFlag(args.flags.chunk, '--chunk', undefined, SAMPLES_RANGE),
      ...(args.flags.reduction !== undefined ? { reduction: choice(args.flags, 'reduction', ['host', 'device'] as const, 'host') } : {}),
      onProgress: (p) => bar.update(p.done, p.total),
      signal: controller.signal,
    });
    bar.finish();
    if (args.flags.explain === true) io.stderr(explainBackend('mc', result.provenance.backend, result.provenance.backendDescription, result.provenance.auto));
    output(io, result, format);
    return result.aborted ? 130 : 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

export { MERGE_USAGE, mergeCommand } from './merge.js';
