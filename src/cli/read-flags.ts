import { InputError } from '../errors/index.js';
import type { ReadLimits } from '../io/index.js';

/** The flags every command that reads files accepts: `--allow-read DIR` (repeatable) and `--max-file-size SIZE`. */
export const READ_FLAGS: readonly string[] = ['allow-read', 'max-file-size'];

/** `--allow-read` may be given more than once: pass this to `parseArgs` beside {@link READ_FLAGS}. */
export const READ_FLAGS_OPTIONS = { repeatable: ['allow-read'] } as const;

/** Usage lines of {@link READ_FLAGS}, appended to the commands' usage texts. */
export const READ_FLAGS_USAGE = `--allow-read DIR      let paths written in the study (grid series) be read from DIR too
                      (repeatable; by default only the study file's own folder)
--max-file-size SIZE  largest file read, in bytes or with KiB/MiB/GiB (default 16MiB for
                      a study, 64MiB for series, datasets and shards)`;

const UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['B', 1],
  ['KiB', 1024],
  ['MiB', 1024 ** 2],
  ['GiB', 1024 ** 3],
]);

/**
 * Read `--max-file-size`: a whole number of bytes, or with a binary unit
 * (`64MiB`, `512KiB`, `2GiB`).
 *
 * @example
 * fileSizeFlag('64MiB'); // => 67108864
 */
export function fileSizeFlag(text: string): number {
  const m = /^(\d{1,15})\s*(B|KiB|MiB|GiB)?$/.exec(text);
  const bytes = m ? Number(m[1]) * (UNITS.get(m[2] ?? '') as number) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new InputError({ path: '--max-file-size', received: text, expected: 'a positive size in bytes, or with KiB, MiB or GiB (e.g. 64MiB)', problem: 'is not a size' });
  }
  return bytes;
}

/**
 * The {@link ReadLimits} given on a command line: every `--allow-read DIR`
 * (the flag may be repeated, so the raw arguments are scanned) and
 * `--max-file-size`.
 *
 * @param argv - the command's arguments, as given
 * @example
 * readLimitsFromArgv(['s.json', '--allow-read', 'data', '--allow-read=more', '--max-file-size', '1KiB']); // => { allowRead: ['data', 'more'], maxFileSize: 1024 }
 */
export function readLimitsFromArgv(argv: readonly string[]): ReadLimits {
  const allowRead: string[] = [];
  let maxFileSize: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    for (const name of READ_FLAGS) {
      const flag = `--${name}`;
      const value = a === flag ? argv[i + 1] : a.startsWith(`${flag}=`) ? a.slice(flag.length + 1) : undefined;
      if (value === undefined) continue;
      if (a === flag) i += 1;
      if (name === 'allow-read') {
        if (value === '') throw new InputError({ path: flag, received: value, expected: 'a folder', problem: 'is empty' });
        allowRead.push(value);
      } else maxFileSize = fileSizeFlag(value);
    }
  }
  return { ...(allowRead.length > 0 ? { allowRead } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
}
