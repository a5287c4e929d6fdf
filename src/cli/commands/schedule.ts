import { loadIntensitySeries } from '../../datasets/index.js';
import { carbonAwareSchedule } from '../../workloads/index.js';
import { choice, parseArgs } from '../args.js';
import { atFlagsSync, SCHEDULE_FLAGS } from '../flag-errors.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';
import { InputError } from '../../errors/index.js';

/** Usage text of `ailca schedule`. */
export const SCHEDULE_USAGE = `ailca schedule SERIES.csv --hours H (--power KW | --energy KWH) [--start ISO] [--deadline ISO] [--format table|json]

Carbon-aware scheduling: the start of a job of H hours, between --start
(default the series' start) and --deadline (default its end), that emits the
least over an hourly or monthly grid-intensity series (CSV: timestamp,
kgCO2e_per_kWh or gCO2e_per_kWh; docs/datasets.md), and the saving against
starting at --start.

${READ_FLAGS_USAGE}`;

function numberFlag(v: string | true | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const x = typeof v === 'string' && /^[0-9.eE+-]+$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(x)) throw new InputError({ path: flag, received: v, expected: 'a number', problem: 'is not a number' });
  return x;
}

/** `ailca schedule SERIES.csv …`. */
export function scheduleCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, ['hours', 'power', 'energy', 'start', 'deadline', 'format', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1 || args.flags.hours === undefined) {
    io.stderr(`usage: ${SCHEDULE_USAGE}\n`);
    return 2;
  }
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  const series = loadIntensitySeries(file, readLimitsFromArgv(argv));
  const r = atFlagsSync(() => carbonAwareSchedule(series, {
    hours: numberFlag(args.flags.hours, '--hours') as number,
    powerKW: numberFlag(args.flags.power, '--power'),
    energyKWh: numberFlag(args.flags.energy, '--energy'),
    earliestStart: typeof args.flags.start === 'string' ? args.flags.start : undefined,
    deadline: typeof args.flags.deadline === 'string' ? args.flags.deadline : undefined,
  }), SCHEDULE_FLAGS);
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(r, null, 1)}\n`
      : `best start ${r.start}: ${r.kgCO2e.toFixed(3)} kgCO2e; starting now ${r.nowKgCO2e.toFixed(3)} kgCO2e; saving ${r.savingKgCO2e.toFixed(3)} kgCO2e (${(r.savingFraction * 100).toFixed(1)} %)\n`,
  );
  return 0;
}
