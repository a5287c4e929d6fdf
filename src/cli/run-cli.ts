import { AilcaError, FileError, InputError } from '../errors/index.js';
import { libraryVersion } from '../version.js';
import { ASSESS_USAGE, assessCommand } from './commands/assess.js';
import { DATASETS_USAGE, datasetsCommand } from './commands/datasets.js';
import { IMPORT_USAGE, importCommand } from './commands/import.js';
import { MC_USAGE, MERGE_USAGE, mcCommand, mergeCommand } from './commands/mc.js';
import { SCENARIOS_USAGE, scenariosCommand } from './commands/scenarios.js';
import { SCHEDULE_USAGE, scheduleCommand } from './commands/schedule.js';
import { SENSITIVITY_USAGE, sensitivityCommand } from './commands/sensitivity.js';
import { REPORT_USAGE, reportCommand } from './commands/report.js';
import { EXPORT_USAGE, exportCommand } from './commands/export.js';
import type { CommandIO } from './io.js';

type Command = (argv: readonly string[], io: CommandIO) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; usage: string }>> = {
  assess: { run: assessCommand, usage: ASSESS_USAGE },
  datasets: { run: datasetsCommand, usage: DATASETS_USAGE },
  import: { run: importCommand, usage: IMPORT_USAGE },
  mc: { run: mcCommand, usage: MC_USAGE },
  merge: { run: mergeCommand, usage: MERGE_USAGE },
  sensitivity: { run: sensitivityCommand, usage: SENSITIVITY_USAGE },
  scenarios: { run: scenariosCommand, usage: SCENARIOS_USAGE },
  schedule: { run: scheduleCommand, usage: SCHEDULE_USAGE },
  report: { run: reportCommand, usage: REPORT_USAGE },
  export: { run: exportCommand, usage: EXPORT_USAGE },
};

function help(): string {
  return [`ailca ${libraryVersion()} — life-cycle assessment of AI systems`, '', 'Commands:', ...Object.values(COMMANDS).map((c) => `  ${c.usage.split('\n')[0]}`), '  ailca help | --version', '', 'Exit codes: 0 success, 2 bad input (the message names the field and the fix), 1 internal error.'].join('\n');
}

/**
 * Run the command line: dispatch to a command, print errors as one clear
 * message, and return the exit code (2 for bad input, 1 for a bug).
 *
 * @param argv - arguments after `ailca`
 * @param io - where to write
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`${libraryVersion()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`ailca: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof InputError || e instanceof FileError) {
      io.stderr(`ailca ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof AilcaError) {
      io.stderr(`ailca ${name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
