import { readFileSync } from 'node:fs';
import { FileError } from '../../errors/index.js';
import { BACKEND_NAMES, mergeMonteCarlo, runMonteCarlo, type MonteCarloResult } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { formatMonteCarlo } from '../format-monte-carlo.js';
import type { CommandIO } from '../io.js';
import { integerFlag, rangeFlag, SAMPLES_RANGE, SEED_RANGE } from '../numbers.js';
import { progressBar } from '../progress.js';

/** Usage text of `ailca mc`. */
export const MC_USAGE = `ailca mc STUDY.json [--samples N] [--seed S] [--backend auto|webgpu|webasm|cpu|js] [--range START:END] [--outputs default|all] [--format table|json]

Monte Carlo uncertainty of every output: N samples (default 1e6) drawn with
seed S (default 1) on the chosen backend; statistics reduced in float64.
--range computes one shard of the N-sample run; merge shards with ailca merge.`;

/** Usage text of `ailca merge`. */
export const MERGE_USAGE = `ailca merge SHARD.json... [--format table|json]

Merge the JSON results of shards of one Monte Carlo run (same study, seed, N
and backend; disjoint ranges) into the statistics of the whole run.`;

function output(io: CommandIO, r: MonteCarloResult, format: 'table' | 'json'): void {
  io.stdout(format === 'json' ? `${JSON.stringify(r)}\n` : `${formatMonteCarlo(r)}\n`);
}

/**
 * `ailca mc STUDY.json …`: a Monte Carlo run, with a progress bar on a
 * terminal; Ctrl-C stops it cleanly and prints the statistics of what was done.
 */
export async function mcCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['samples', 'seed', 'backend', 'range', 'outputs', 'format', 'chunk'], []);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${MC_USAGE}\n`);
    return 2;
  }
  const study = loadStudyFile(file).study;
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
      chunkSize: args.flags.chunk === undefined ? undefined : integerFlag(args.flags.chunk, '--chunk', undefined, SAMPLES_RANGE),
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
  const args = parseArgs(argv, ['format'], []);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  if (args.positional.length === 0) {
    io.stderr(`usage: ${MERGE_USAGE}\n`);
    return 2;
  }
  const shards = args.positional.map((f) => {
    let shard: unknown;
    try {
      shard = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new FileError({ file: f }, `is not a readable JSON shard result (${(e as Error).message})`, 'write shards with ailca mc … --range START:END --format json > shard.json');
    }
    // the shape only (a study, null or a number given as a shard); mergeMonteCarlo checks the contents
    const o = shard as { provenance?: unknown; outputs?: unknown } | null;
    if (typeof o !== 'object' || o === null || Array.isArray(o) || typeof o.provenance !== 'object' || o.provenance === null || !Array.isArray(o.outputs)) {
      throw new FileError({ file: f }, 'is not the JSON result of an ailca mc run (it has no "provenance" and "outputs")', 'write shards with ailca mc STUDY.json … --range START:END --format json > shard.json and merge those');
    }
    return shard as MonteCarloResult;
  });
  output(io, mergeMonteCarlo(shards), format);
  return 0;
}
