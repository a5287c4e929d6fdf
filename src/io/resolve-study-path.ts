import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors/index.js';
import { readFileBytes } from './read-text-file.js';

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Resolve a file path written inside a study (e.g. a grid-intensity series)
 * and check that it may be read: a relative path is resolved against the
 * study's folder and, after resolving `..` and symbolic links, must stay
 * inside that folder or one of the `allowRead` folders; an absolute path must
 * lie inside an `allowRead` folder. A study from someone else can therefore
 * not make ailca read (and report on) `/etc/passwd` or `~/.ssh`.
 *
 * @param written - the path as written in the study
 * @param field - the study field holding it, for the error
 * @param baseDir - the study's folder
 * @param allowRead - further folders that may be read
 * @param owner - whose folder it is, for the error: `study` (default) or `dataset` (a data file listed in a manifest, which no option widens)
 * @returns the real path of the file
 * @throws {@link InputError} naming the field when the path leaves the allowed folders; FileError when the file is missing
 * @example
 * resolveStudyPath('package.json', 'cloud.gridIntensity.series', '.', []).endsWith('package.json'); // => true
 */
export function resolveStudyPath(written: string, field: string, baseDir: string, allowRead: readonly string[], owner: 'study' | 'dataset' = 'study'): string {
  const joined = resolve(baseDir, written);
  const target = real(joined);
  const dirs = [...(isAbsolute(written) ? [] : [baseDir]), ...allowRead].map((d) => resolve(d));
  const roots = target === undefined ? dirs : dirs.map(real).filter((d): d is string => d !== undefined);
  if (roots.some((r) => inside(r, target ?? joined))) {
    if (target === undefined) readFileBytes(joined, 0); // raises the FileError that says why (missing, permission)
    return target as string;
  }
  if (owner === 'dataset') {
    throw new InputError({
      path: field,
      received: written,
      expected: 'a file inside the dataset folder (symbolic links resolved)',
      problem: 'leaves the dataset folder',
      fix: 'copy the file into the dataset folder instead of linking to it',
    });
  }
  throw new InputError({
    path: field,
    received: written,
    expected: isAbsolute(written)
      ? 'a path relative to the study file (absolute paths are read only inside a folder allowed with --allow-read DIR or the allowRead option)'
      : "a path that stays inside the study file's folder (after resolving .. and symbolic links), or inside a folder allowed with --allow-read DIR or the allowRead option",
    problem: 'is outside the folders a study may read',
    fix: 'copy the file next to the study and write its relative path, or allow its folder with --allow-read DIR (API: allowRead: [dir])',
  });
}
