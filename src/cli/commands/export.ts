import { basename, extname, join } from 'node:path';
import { InputError } from '../../errors/index.js';
import { exportOpenLca, writeOpenLca } from '../../export/index.js';
import { inputFilesOf, refuseOverwrite } from '../../report/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca export`. */
export const EXPORT_USAGE = `ailca export STUDY.json [--format openlca] [--out FILE.zip|DIR] [--unmappable error|omit]

The study's inventory for another LCA tool. openlca (the only format so far):
an openLCA JSON-LD process (olca-schema v2) for one year of operation:
electricity by grid location [kWh/year] and each standing server's
hardware as product flows (die and board area, capacity, mass or parts,
÷ lifetime), with uncertainty mapped exactly to openLCA's lognormal,
normal, uniform and triangle distributions; flows, units, locations and
sources beside it. Writes a zip openLCA imports (File → Import → JSON-LD)
when --out ends in .zip, else the same files in folder DIR; default
exports/STUDY-openlca.zip. A distribution openLCA cannot hold (truncated
normal, PERT, discrete, an uncertain non-lognormal lifetime) stops the
export unless --unmappable omit, which writes its base amount without
uncertainty and lists it in the process documentation. See docs/bridges.md.

${READ_FLAGS_USAGE}`;

/**
 * `ailca export STUDY.json …`: export the study's inventory and print where
 * it is and what was left out.
 *
 * @returns the exit code: 0 written, 2 bad input
 */
export function exportCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, ['out', 'format', 'unmappable', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${EXPORT_USAGE}\n`);
    return 2;
  }
  choice(args.flags, 'format', ['openlca'] as const, 'openlca');
  const unmappable = choice(args.flags, 'unmappable', ['error', 'omit'] as const, 'error');
  if (args.flags.out === true) throw new InputError({ path: '--out', received: true, expected: 'a path such as exports/study.zip or a folder', problem: 'has no value' });
  const out = args.flags.out ?? join('exports', `${basename(file, extname(file))}-openlca.zip`);
  const studyFile = loadStudyFile(file, readLimitsFromArgv(argv));
  refuseOverwrite('--out', [out], inputFilesOf(file, [studyFile.raw, studyFile.scenarios]), extname(out).toLowerCase() === '.zip' ? [] : [out]);
  let pkg;
  try {
    pkg = exportOpenLca(studyFile.study, { unmappable });
  } catch (e) {
    // the library names its option; on the command line it is a flag
    if (e instanceof InputError && e.fix?.includes('--unmappable omit')) throw new InputError({ path: e.path, received: e.received, expected: e.expected, problem: e.problem, fix: 'add --unmappable omit to write the base amount without uncertainty (listed in the process documentation), or give the input a lognormal or a fixed value' });
    throw e;
  }
  const files = writeOpenLca(pkg, out);
  const exchanges = (pkg.process.exchanges as unknown[]).length;
  io.stdout(`openLCA JSON-LD written to ${out} (${files.length === 1 ? '1 zip' : `${files.length} files`}: 1 process with ${exchanges} exchanges, ${pkg.entities.length - 1} other entities)\n`);
  for (const n of pkg.notes) io.stdout(`note: ${n}\n`);
  return 0;
}
