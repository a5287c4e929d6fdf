import { categoryKey, OUTPUT } from '../../study/index.js';
import { categoryFlag, CATEGORY_USAGE } from '../category-flag.js';
import { analyseStudy, type SensitivityMethod } from '../../analysis/index.js';
import { BACKEND_NAMES } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { atFlags, SENSITIVITY_FLAGS } from '../flag-errors.js';
import { formatSensitivity } from '../format-sensitivity.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';
import { integerFlag, SEED_RANGE } from '../numbers.js';
import { progressBar } from '../progress.js';
import { explainBackend } from '../explain-backend.js';
import { refuseShardedMethod, SENSITIVITY_SHARD_FLAGS, sobolJobCommand, sobolRangeCommand } from './sensitivity-shards.js';

/** Usage text of `ailca sensitivity`. */
export const SENSITIVITY_USAGE = `ailca sensitivity STUDY.json --method tornado|morris|sobol|rank [--samples N] [--seed S] [--backend B] [--second-order] [--category LIST] [--format table|json] [--explain]
       ailca sensitivity STUDY.json --method sobol --shards K --out DIR [--samples N] [--seed S] [--backend js|cpu|webasm|webgpu] [--second-order] [--category LIST] [--partition P] [--time T] [--cpus-per-task C]
       ailca sensitivity STUDY.json --method sobol --range START:END [--out DIR] [--samples N] [--seed S] [--backend B] [--second-order] [--category LIST]

Which uncertain inputs drive the footprint. tornado: each input from its 5th to
its 95th percentile with the others at base; morris: elementary effects (N
trajectories, default 50); sobol: first and total order indices with 95 %
bootstrap intervals (N base samples, default 2^14); rank: Spearman and SRRC
from N Monte Carlo samples (default 1e5). The output analysed is the footprint
per functional unit in each impact category the study computes.
--shards K --out DIR (sobol only) writes, does not submit, a Slurm array job
of K tasks, each evaluating a range of rows of the Saltelli design into DIR
(backend js unless --backend names another); ailca merge DIR then gives the
indices and intervals of the unsharded run, bit for bit. --range START:END
evaluates those rows only and writes the shard (JSON) to stdout, or to DIR
with --out. Tornado, Morris and rank have no --shards (docs/scaling.md).

${CATEGORY_USAGE}
${READ_FLAGS_USAGE}`;

/** `ailca sensitivity STUDY.json --method …`. */
export async function sensitivityCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['method', 'samples', 'seed', 'backend', 'format', 'category', ...SENSITIVITY_SHARD_FLAGS, ...READ_FLAGS], ['second-order', 'explain'], READ_FLAGS_OPTIONS);
  const categories = categoryFlag(args.flags.category);
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1 || args.flags.method === undefined) {
    io.stderr(`usage: ${SENSITIVITY_USAGE}\n`);
    return 2;
  }
  const method = choice<SensitivityMethod>(args.flags, 'method', ['tornado', 'morris', 'sobol', 'rank'], 'sobol');
  refuseShardedMethod(method, args.flags);
  if (args.flags.shards !== undefined) return sobolJobCommand(file, argv, args.flags, io);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const bar = progressBar(io, method);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    if (args.flags.range !== undefined) {
      const code = await sobolRangeCommand(file, argv, args.flags, io, controller.signal);
      bar.finish();
      return code;
    }
    const study = loadStudyFile(file, readLimitsFromArgv(argv)).study;
    const result = await atFlags(() => analyseStudy(study, {
      method,
      samples: args.flags.samples === undefined ? undefined : integerFlag(args.flags.samples, '--samples'),
      seed: integerFlag(args.flags.seed, '--seed', 1, SEED_RANGE),
      backend: args.flags.backend === undefined ? undefined : choice(args.flags, 'backend', BACKEND_NAMES, 'auto'),
      secondOrder: args.flags['second-order'] === true,
      ...(categories !== undefined ? { outputs: categories.map((c) => categoryKey(c, OUTPUT.functionalUnit)) } : {}),
      onProgress: (p) => bar.update(p.done, p.total),
      signal: controller.signal,
    }), SENSITIVITY_FLAGS);
    bar.finish();
    if (args.flags.explain === true) io.stderr(explainBackend('sensitivity', result.provenance.backend, result.provenance.backendDescription, result.provenance.auto));
    io.stdout(format === 'json' ? `${JSON.stringify(result, null, 1)}\n` : `${formatSensitivity(result)}\n`);
    return 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
