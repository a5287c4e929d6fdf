import { writeFileSync } from 'node:fs';
import { FileError, InputError } from '../../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../../io/index.js';
import { parseArgs } from '../args.js';
import { CLOUD_USAGE_KIND, SACCT_KIND, type ImportKind } from '../import-kinds-cluster.js';
import { CODECARBON_KIND, DCGM_KIND, NVIDIA_SMI_KIND } from '../import-kinds-energy.js';
import { BOAVIZTA_USAGE_KIND } from '../import-kind-boavizta.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS } from '../read-flags.js';

/** The kinds of file `ailca import` reads: kind → reader and usage. */
export const KINDS: Readonly<Record<string, ImportKind>> = {
  sacct: SACCT_KIND,
  'cloud-usage': CLOUD_USAGE_KIND,
  codecarbon: CODECARBON_KIND,
  'nvidia-smi': NVIDIA_SMI_KIND,
  dcgm: DCGM_KIND,
  'boavizta-usage': BOAVIZTA_USAGE_KIND,
};

/** Usage text of `ailca import`. */
export const IMPORT_USAGE = `ailca import KIND FILE [--out study.json] [--force] [--max-file-size SIZE] [kind flags]

Read a measurement or accounting file into a study fragment (model.jobs with
every assumption written in as a sourced value or note) that you edit and merge
into a study with a cloud block. Without --out the JSON goes to stdout and the
summary to stderr; with --out the JSON is written there (an existing file is
refused unless --force) and the summary goes to stdout. Only FILE is read (at
most 64MiB unless --max-file-size says otherwise).

Kinds:
${Object.values(KINDS)
  .map((k) => `  ${k.usage}`)
  .join('\n')}`;

/**
 * `ailca import KIND FILE`: run the reader of KIND on FILE (read with the
 * safe reader and the size cap), write the study fragment and print the
 * summary.
 */
export function importCommand(argv: readonly string[], io: CommandIO): number {
  const [kindName, ...rest] = argv;
  if (kindName === undefined || kindName.startsWith('-')) {
    io.stderr(`usage: ${IMPORT_USAGE}\n`);
    return 2;
  }
  const kind = Object.hasOwn(KINDS, kindName) ? KINDS[kindName] : undefined;
  if (kind === undefined) throw new InputError({ path: 'KIND', received: kindName, expected: `one of ${Object.keys(KINDS).join(', ')}`, problem: 'is not a kind ailca import reads' });
  const args = parseArgs(rest, ['out', ...READ_FLAGS, ...kind.flags], ['force'], { repeatable: [...READ_FLAGS_OPTIONS.repeatable, ...kind.repeatable] });
  if (args.positional.length !== 1) {
    io.stderr(`usage: ${IMPORT_USAGE}\n`);
    return 2;
  }
  const file = args.positional[0];
  const text = readTextFile(file, readLimitsFromArgv(rest).maxFileSize ?? DEFAULT_MAX_DATA_BYTES);
  const outcome = kind.run(text, file, args);
  const json = `${JSON.stringify(outcome.study, null, 2)}\n`;
  const out = args.flags.out;
  if (out === undefined) {
    io.stdout(json);
    io.stderr(outcome.summary);
    return 0;
  }
  if (out === true) throw new InputError({ path: '--out', received: out, expected: 'a file path such as study-fragment.json', problem: 'has no value' });
  try {
    writeFileSync(out, json, { flag: args.flags.force === true ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError({ file: out }, code === 'EEXIST' ? 'exists already' : `cannot be written (${code ?? 'unknown error'})`, code === 'EEXIST' ? 'choose another --out, or add --force to replace it' : 'check the folder exists and is writable');
  }
  io.stdout(`${outcome.summary}\nWrote ${out}\n`);
  return 0;
}
