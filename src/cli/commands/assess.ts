import { assess } from '../../assess/index.js';
import { boaviztaResult } from '../../export/index.js';
import { InputError } from '../../errors/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { categoryFlag, CATEGORY_USAGE } from '../category-flag.js';
import { formatAssessment } from '../format-assessment.js';
import type { CommandIO } from '../io.js';
import { integerFlag, SAMPLES_RANGE, SEED_RANGE } from '../numbers.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca assess`. */
export const ASSESS_USAGE = `ailca assess STUDY.json [--format table|json|boavizta] [--category LIST] [--samples N] [--seed S]

Deterministic assessment of a study: embodied carbon by component, operational
carbon per year, annualised and lifetime totals, use-phase share, the footprint
by element, every input with its status and source, and — for a study whose
categories name more than climate change — each impact category's figures.
--format boavizta writes the result in the shape of a BoaviztAPI v1 server
response (gwp/adp/pe, embedded and use over the life, value/min/max, verbose
per component); min and max are the 2.5th and 97.5th percentiles of a Monte
Carlo run of N samples (default 100000) with seed S (default 1) when the study
has uncertain inputs (docs/bridges.md).

${CATEGORY_USAGE}
${READ_FLAGS_USAGE}`;

/** Monte Carlo samples of `--format boavizta` when `--samples` is not given (recorded in the output's `ailca.interval`). */
const BOAVIZTA_CLI_SAMPLES = 100_000;

/**
 * `ailca assess STUDY.json [--format table|json]`.
 * @returns the exit code
 */
export async function assessCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'category', 'samples', 'seed', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const categories = categoryFlag(args.flags.category);
  const format = choice(args.flags, 'format', ['table', 'json', 'boavizta'] as const, 'table');
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${ASSESS_USAGE}\n`);
    return 2;
  }
  const study = loadStudyFile(file, readLimitsFromArgv(argv)).study;
  if (format === 'boavizta') {
    if (categories !== undefined) throw new InputError({ path: '--category', received: args.flags.category, expected: 'no --category with --format boavizta (it writes every category BoaviztAPI has a criterion for)', problem: 'is not used' });
    const samples = integerFlag(args.flags.samples, '--samples', BOAVIZTA_CLI_SAMPLES, SAMPLES_RANGE);
    const seed = integerFlag(args.flags.seed, '--seed', 1, SEED_RANGE);
    io.stdout(`${JSON.stringify(await boaviztaResult(study, { samples, seed }), null, 2)}\n`);
    return 0;
  }
  if (args.flags.samples !== undefined || args.flags.seed !== undefined) throw new InputError({ path: args.flags.samples !== undefined ? '--samples' : '--seed', received: args.flags.samples ?? args.flags.seed, expected: 'only with --format boavizta (ailca mc runs the Monte Carlo of a study)', problem: 'is not used' });
  const full = assess(study);
  const result = categories === undefined || full.impacts === undefined ? full : { ...full, impacts: full.impacts.filter((c) => categories.includes(c.category)) };
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${formatAssessment(result)}\n`);
  return 0;
}
