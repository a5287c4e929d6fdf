import { assess } from '../../assess/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { categoryFlag, CATEGORY_USAGE } from '../category-flag.js';
import { formatAssessment } from '../format-assessment.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca assess`. */
export const ASSESS_USAGE = `ailca assess STUDY.json [--format table|json] [--category LIST]

Deterministic assessment of a study: embodied carbon by component, operational
carbon per year, annualised and lifetime totals, use-phase share, the footprint
by element, every input with its status and source, and — for a study whose
categories name more than climate change — each impact category's figures.

${CATEGORY_USAGE}
${READ_FLAGS_USAGE}`;

/**
 * `ailca assess STUDY.json [--format table|json]`.
 * @returns the exit code
 */
export function assessCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, ['format', 'category', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const categories = categoryFlag(args.flags.category);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${ASSESS_USAGE}\n`);
    return 2;
  }
  const full = assess(loadStudyFile(file, readLimitsFromArgv(argv)).study);
  const result = categories === undefined || full.impacts === undefined ? full : { ...full, impacts: full.impacts.filter((c) => categories.includes(c.category)) };
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${formatAssessment(result)}\n`);
  return 0;
}
