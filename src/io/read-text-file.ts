import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { FileError } from '../errors/index.js';

/** What a non-regular file is, in words, for the error that refuses it. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'file not found'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ENOTDIR', 'a folder on the path is not a folder'],
  ['ELOOP', 'too many symbolic links'],
  ['ENAMETOOLONG', 'the path is too long'],
]);

function unreadable(file: string, e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS.get(code) ?? `cannot be read (${code || 'unknown error'})`;
  return new FileError({ file }, reason, 'check the path');
}

function notRegular(file: string, s: Stats): FileError {
  return new FileError({ file }, `is ${kindOf(s)}, not a regular file`, 'name a regular file');
}

function tooLarge(file: string, maxBytes: number): FileError {
  return new FileError({ file }, `is larger than the ${maxBytes}-byte limit`, `check that this is the intended file, or raise the limit (option maxFileSize, CLI --max-file-size ${maxBytes * 4})`);
}

/**
 * Read a user-named file whole, safely: only a regular file (a directory,
 * FIFO, device or socket is refused, checked before opening and again on the
 * opened descriptor, which is opened non-blocking so that a FIFO swapped in
 * cannot hang the read), and at most `maxBytes` (refused from the size the
 * file reports, and by stopping the read one byte past the cap for files such
 * as `/proc` ones that report size 0). Errors name the file and never quote
 * its contents.
 *
 * @param file - the path, as the user wrote it (used in error messages)
 * @param maxBytes - the largest size read
 * @returns the bytes
 * @throws {@link FileError} for a missing, unreadable, non-regular or oversize file
 * @example
 * readFileBytes('package.json', 1 << 20).length > 0; // => true
 */
export function readFileBytes(file: string, maxBytes: number): Buffer {
  let before: Stats;
  try {
    before = statSync(file);
  } catch (e) {
    throw unreadable(file, e);
  }
  if (!before.isFile()) throw notRegular(file, before);
  if (before.size > maxBytes) throw tooLarge(file, maxBytes);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw unreadable(file, e);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw notRegular(file, opened);
    if (opened.size > maxBytes) throw tooLarge(file, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw unreadable(file, e);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * {@link readFileBytes} decoded as UTF-8 text.
 *
 * @throws {@link FileError} as {@link readFileBytes} does
 * @example
 * readTextFile('package.json', 1 << 20).includes('"name"'); // => true
 */
export function readTextFile(file: string, maxBytes: number): string {
  return readFileBytes(file, maxBytes).toString('utf8');
}
