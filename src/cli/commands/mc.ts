import { FileError } from '../../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../../io/index.js';
import { BACKEND_NAMES, mergeMonteCarlo, runMonteCarlo, type MonteCarloResult } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { formatMonteCarlo } from '../format-monte-carlo.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_USAGE } from '../read-flags.js';
import { integerFlag, rangeFlag } from '../numbers.js';
import { progressBar } from '../progress.js';

/** Usage text of `ailca mc`. */
export const MC_USAGE = `ailca mc STUDY.json [--samples N] [--seed S] [--backend auto|webgpu|webasm|cpu|js] [--range START:END] [--outputs default|all] [--format table|json]

Monte Carlo uncertainty of every output: N samples (default 1e6) drawn with
seed S (default 1) on the chosen backend; statistics reduced in float64.
--range computes one shard of the N-sample run; merge shards with ailca merge.

${READ_FLAGS_USAGE}`;

/** Usage text of `ailca merge`. */
export const MERGE_USAGE = `ailca merge SHARD.json... [--format table|json]

Merge the JSON results of shards of one Monte Carlo run (same study, seed, N
and backend; disjoint ranges) into the statistics of the whole run.

${READ_FLAGS_USAGE}`;

function output(io: CommandIO, r: MonteCarloResult, format: 'table' | 'json'): void {
  io.stdout(format === 'json' ? `${JSON.stringify(r)}\n` : `${formatMonteCarlo(r)}\n`);
}

/**
 * `ailca mc STUDY.json …`: a Monte Carlo run, with a progress bar on a
 * terminal; Ctrl-C stops it cleanly and prints the statistics of what was done.
 */
export async function mcCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['samples', 'seed', 'backend', 'range', 'outputs', 'format', 'chunk', ...READ_FLAGS], []);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${MC_USAGE}\n`);
    return 2;
  }
  const study = loadStudyFile(file, readLimitsFromArgv(argv)).study;
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = progressBar(io, 'mc');
  try {
    const result = await runMonteCarlo(study, {
      samples: integerFlag(args.flags.samples, '--samples', 1_000_000),
      seed: integerFlag(args.flags.seed, '--seed', 1),
      backend: choice(args.flags, 'backend', BACKEND_NAMES, 'auto'),
      range: rangeFlag(args.flags.range, '--range'),
      outputs: choice(args.flags, 'outputs', ['default', 'all'] as const, 'default') === 'all' ? 'all' : undefined,
      chunkSize: args.flags.chunk === undefined ? undefined : integerFlag(args.flags.chunk, '--chunk'),
      onProgress: (p) => bar.update(p.done, p.total),
      signal: controller.signal,
    });
    bar.finish();
    output(io, result, format);
    return result.aborted ? 130 : 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

/** `ailca merge SHARD.json…`. */
export function mergeCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, ['format', ...READ_FLAGS], []);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const maxBytes = readLimitsFromArgv(argv).maxFileSize ?? DEFAULT_MAX_DATA_BYTES;
  if (args.positional.length === 0) {
    io.stderr(`usage: ${MERGE_USAGE}\n`);
    return 2;
  }
  const shards = args.positional.map((f) => {
    const text = readTextFile(f, maxBytes);
    try {
      return JSON.parse(text) as MonteCarloResult;
    } catch {
      // JSON.parse's message quotes the text around the error: not echoed, the file may not be a shard at all.
      throw new FileError({ file: f }, 'is not valid JSON, so not a shard result', 'write shards with ailca mc … --range START:END --format json > shard.json');
    }
  });
  output(io, mergeMonteCarlo(shards), format);
  return 0;
}
