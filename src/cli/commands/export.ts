import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { FileError, InputError } from '../../errors/index.js';
import { exportBrightwayCsv, exportOpenLca, writeOpenLca } from '../../export/index.js';
import { inputFilesOf, refuseOverwrite } from '../../report/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca export`. */
export const EXPORT_USAGE = `ailca export STUDY.json [--format openlca|brightway] [--out PATH] [--unmappable error|omit]

The study's inventory for another LCA tool. openlca (default): an openLCA
JSON-LD process (olca-schema v2) for one year of operation:
electricity by grid location [kWh/year] and each standing server's
hardware as product flows (die and board area, capacity, mass or parts,
÷ lifetime), with uncertainty mapped exactly to openLCA's lognormal,
normal, uniform and triangle distributions; flows, units, locations and
sources beside it. Writes a zip openLCA imports (File → Import → JSON-LD)
when --out ends in .zip, else the same files in folder DIR; default
exports/STUDY-openlca.zip. brightway: the same inventory as one activity
in a CSV that bw2io's CSVImporter reads (default exports/STUDY-brightway.csv).
A distribution neither can hold (PERT, discrete, a normal truncated inside
its bulk, an uncertain non-lognormal lifetime) stops the export unless
--unmappable omit, which writes its base amount without uncertainty and
lists it. See docs/bridges.md.

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
  const format = choice(args.flags, 'format', ['openlca', 'brightway'] as const, 'openlca');
  const unmappable = choice(args.flags, 'unmappable', ['error', 'omit'] as const, 'error');
  if (args.flags.out === true) throw new InputError({ path: '--out', received: true, expected: 'a path such as exports/study.zip or a folder', problem: 'has no value' });
  const stem = basename(file, extname(file));
  const out = args.flags.out ?? join('exports', format === 'openlca' ? `${stem}-openlca.zip` : `${stem}-brightway.csv`);
  const studyFile = loadStudyFile(file, readLimitsFromArgv(argv));
  const isFolder = format === 'openlca' && extname(out).toLowerCase() !== '.zip';
  refuseOverwrite('--out', [out], inputFilesOf(file, [studyFile.raw, studyFile.scenarios]), isFolder ? [out] : []);
  try {
    if (format === 'brightway') {
      const bw = exportBrightwayCsv(studyFile.study, { unmappable });
      try {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, bw.csv);
      } catch (e) {
        throw new FileError({ file: out }, `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'choose another --out path or check its folder');
      }
      io.stdout(`Brightway CSV written to ${out} (database "${bw.database}"; import with bw2io.CSVImporter)\n`);
      for (const n of bw.notes) io.stdout(`note: ${n}\n`);
      return 0;
    }
    const pkg = exportOpenLca(studyFile.study, { unmappable });
    const files = writeOpenLca(pkg, out);
    const exchanges = (pkg.process.exchanges as unknown[]).length;
    io.stdout(`openLCA JSON-LD written to ${out} (${files.length === 1 ? '1 zip' : `${files.length} files`}: 1 process with ${exchanges} exchanges, ${pkg.entities.length - 1} other entities)\n`);
    for (const n of pkg.notes) io.stdout(`note: ${n}\n`);
    return 0;
  } catch (e) {
    // the library names its option; on the command line it is a flag
    if (e instanceof InputError && e.fix?.includes('--unmappable omit')) {
      throw new InputError({ path: e.path, received: e.received, expected: e.expected, problem: e.problem, fix: 'add --unmappable omit to write the base amount without uncertainty (listed in the export), or give the input a fixed value or a distribution of the mapping table in docs/bridges.md' });
    }
    throw e;
  }
}
