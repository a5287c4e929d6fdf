import { describeDataset, listDatasets, loadUserDataset } from '../../datasets/index.js';
import { parseArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca datasets`. */
export const DATASETS_USAGE = `ailca datasets list | show NAME [KEY] | check PATH

list         every bundled dataset with version, year, title and licence
show NAME    a dataset's sources, files and tables (or one row by KEY)
check PATH   validate a user dataset folder (manifest, checksums, rows)

${READ_FLAGS_USAGE}`;

/**
 * `ailca datasets list | show NAME [KEY] | check PATH`.
 * @returns the exit code
 */
export function datasetsCommand(argv: readonly string[], io: CommandIO): number {
  const { positional } = parseArgs(argv, [...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const [sub, name, key] = positional;
  if (sub === 'list' && name === undefined) {
    io.stdout(`${listDatasets()}\n`);
    return 0;
  }
  if (sub === 'show' && name !== undefined) {
    io.stdout(`${describeDataset(name, key)}\n`);
    return 0;
  }
  if (sub === 'check' && name !== undefined) {
    const ds = loadUserDataset(name, readLimitsFromArgv(argv));
    io.stdout(`${ds.name} ${ds.version}: manifest, checksums and every row are valid\n`);
    return 0;
  }
  io.stderr(`usage: ${DATASETS_USAGE}\n`);
  return 2;
}
