import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors/index.js';

/** Every string value in a JSON value (the study and its scenarios), depth first. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** The files directly in a folder (a dataset folder's manifest and tables); none for a large folder, which no study reads whole. */
function filesIn(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.length > 1000 ? [] : entries.filter((e) => e.isFile()).map((e) => join(dir, e.name));
}

/**
 * The files a study file reads: the study itself and every file or folder
 * that a string in it (or in its scenarios) names, relative to the study's
 * folder — grid-intensity series, user datasets. Folders stand for the files
 * in them. Paths are real paths (symbolic links resolved).
 *
 * @param studyPath - the study file
 * @param values - the study as written and its scenarios
 * @returns the real paths of the files read
 * @example
 * inputFilesOf('examples/xeon-8468.json', [{ name: 'x' }]).length; // => 1
 */
export function inputFilesOf(studyPath: string, values: readonly unknown[]): string[] {
  const base = dirname(studyPath);
  const files = new Set<string>([real(studyPath)]);
  for (const s of values.flatMap((v) => stringsOf(v))) {
    if (s === '' || s.length > 4096 || s.includes('\n')) continue;
    const p = resolve(base, s);
    if (!existsSync(p)) continue;
    const st = statSync(p);
    if (st.isFile()) files.add(real(p));
    else if (st.isDirectory() && p !== resolve(base) && p !== resolve('/')) filesIn(p).forEach((f) => files.add(real(f)));
  }
  return [...files];
}

/**
 * Refuse, before any work is done, an output path that would write over an
 * input: `ailca report s.json --out s.json` used to replace the study with
 * its report. Real paths are compared, so a symbolic link or `./s.json` is
 * caught too.
 *
 * @param flag - the option that named the path, for the message (`--out`)
 * @param outputs - the files that will be written
 * @param inputs - the real paths of the files read (see {@link inputFilesOf})
 * @param folders - folders the command writes files into (a Markdown report's figures)
 * @throws {@link InputError} when an output is one of the inputs
 * @example
 * refuseOverwrite('--out', ['reports/x.html'], inputFilesOf('examples/xeon-8468.json', [])); // => undefined
 */
export function refuseOverwrite(flag: string, outputs: readonly string[], inputs: readonly string[], folders: readonly string[] = []): void {
  const read = new Set(inputs);
  const inside = (f: string): boolean => inputs.some((i) => i.startsWith(`${real(f)}/`));
  for (const out of [...outputs, ...folders]) {
    if (!read.has(real(out)) && !(folders.includes(out) && inside(out))) continue;
    throw new InputError({
      path: flag,
      received: out,
      problem: 'would write over an input of the study',
      expected: 'a path that is not the study file or a file it reads (series, datasets)',
      fix: `write the report elsewhere, e.g. --out reports/${out.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')}-report.html`,
    });
  }
}
