import { compareScenarios } from '../../analysis/index.js';
import { isUndefinedRatio } from '../../assess/index.js';
import { InputError } from '../../errors/index.js';
import { BACKEND_NAMES } from '../../mc/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { suggest } from '../../validate/index.js';
import { LEVERS, leverScenario, type LeverId } from '../../workloads/index.js';
import { choice, parseArgs } from '../args.js';
import { categoryFlag, CATEGORY_USAGE } from '../category-flag.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';
import { integerFlag, SCENARIO_SAMPLES_RANGE, SEED_RANGE } from '../numbers.js';
import { renderTable } from '../render-table.js';

/** Usage text of `ailca scenarios`. */
export const SCENARIOS_USAGE = `ailca scenarios STUDY.json [--levers ID,ID…] [--samples N] [--seed S] [--backend B] [--category LIST] [--format table|json]

The base case and each scenario of the study file (and each reduction lever
named with --levers: ${Object.keys(LEVERS).join(', ')}) side by side:
deterministic value, change from the base case, and the Monte Carlo mean with
its 95 % interval (N samples per variant, default 1e5, the same seed for all; 0 for the
deterministic comparison only). --category compares the footprint per
functional unit in each category named (default climate).

${CATEGORY_USAGE}
${READ_FLAGS_USAGE}`;

const g = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '' : Number(x.toPrecision(5)).toLocaleString('en-US'));

/** `ailca scenarios STUDY.json …`. */
export async function scenariosCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['levers', 'samples', 'seed', 'backend', 'format', 'category', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const categories = categoryFlag(args.flags.category) ?? ['climate'];
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${SCENARIOS_USAGE}\n`);
    return 2;
  }
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const study = loadStudyFile(file, readLimitsFromArgv(argv));
  const ids = typeof args.flags.levers === 'string' ? args.flags.levers.split(',').filter((s) => s !== '') : [];
  const levers = ids.map((id) => {
    if (!Object.hasOwn(LEVERS, id)) {
      const close = suggest(id, Object.keys(LEVERS));
      throw new InputError({ path: '--levers', received: id, expected: `one of ${Object.keys(LEVERS).join(', ')}`, problem: 'is not a known lever', fix: close.length > 0 ? `did you mean ${close[0]}?` : 'list the levers in docs/elements/model.md' });
    }
    return leverScenario(study.raw, id as LeverId);
  });
  for (const category of categories) {
    const rows = await compareScenarios(study, {
      samples: integerFlag(args.flags.samples, '--samples', 100_000, SCENARIO_SAMPLES_RANGE),
      seed: integerFlag(args.flags.seed, '--seed', 1, SEED_RANGE),
      backend: args.flags.backend === undefined ? undefined : choice(args.flags, 'backend', BACKEND_NAMES, 'auto'),
      scenarios: levers,
      category,
    });
    printRows(io, rows, format, categories.length > 1 ? category : undefined);
  }
  return 0;
}

/** One comparison as a table or JSON; `category` heads it when several are printed. */
function printRows(io: CommandIO, rows: Awaited<ReturnType<typeof compareScenarios>>, format: 'table' | 'json', category: string | undefined): void {
  if (format === 'json') {
    const json = rows.map((r) => ({ name: r.name, description: r.description, set: r.set, functionalUnit: r.assessment.functionalUnit, annualized: r.assessment.annualized, ...(category !== undefined || r.unit !== r.assessment.functionalUnit.valueUnit ? { value: r.value, unit: r.unit } : {}), changeFromBase: r.changeFromBase, monteCarlo: r.monteCarlo }));
    io.stdout(`${JSON.stringify(category === undefined ? json : { category, rows: json }, null, 1)}\n`);
    return;
  }
  const unit = rows[0]?.unit ?? '';
  if (category !== undefined) io.stdout(`${category}\n`);
  io.stdout(
    `${renderTable(
      [
        ['variant', `base values [${unit}]`, 'change', 'MC mean', 'MC 2.5 %', 'MC 97.5 %'],
        ...rows.map((r) => [
          r.name,
          g(r.value),
          r.name === 'base case' ? '' : isUndefinedRatio(r.changeFromBase) ? `n/a (${r.changeFromBase.undefinedReason})` : `${(r.changeFromBase * 100).toFixed(1)} %`,
          g(r.monteCarlo?.summary.mean),
          g(r.monteCarlo?.summary.percentiles['p2.5']),
          g(r.monteCarlo?.summary.percentiles['p97.5']),
        ]),
      ],
      [1, 2, 3, 4, 5],
    )}\n`,
  );
}
