import { FileError, type FilePosition } from '../errors/index.js';

const ELAPSED = /^(?:(\d{1,5})-)?(\d{2}):(\d{2}):(\d{2})$/;

/**
 * Read a Slurm `Elapsed` cell, `[D-]HH:MM:SS` (the form `sacct` prints: days
 * only from 24 hours on), as hours. Hours below 24, minutes and seconds below
 * 60; anything else — `UNLIMITED`, `INVALID`, an empty cell, fractional
 * seconds — is refused.
 *
 * @param text - the cell as written
 * @param at - file, row and column, for the error
 * @returns the elapsed time in hours
 * @throws {@link FileError} naming the file, row and column when the cell is not `[D-]HH:MM:SS`
 * @example
 * parseSlurmElapsed('1-02:30:00', { file: 'sacct.txt' }); // => 26.5
 * parseSlurmElapsed('00:45:00', { file: 'sacct.txt' }); // => 0.75
 */
export function parseSlurmElapsed(text: string, at: FilePosition): number {
  const m = ELAPSED.exec(text);
  const [days, h, min, s] = m ? [Number(m[1] ?? 0), Number(m[2]), Number(m[3]), Number(m[4])] : [NaN, NaN, NaN, NaN];
  if (!m || h >= 24 || min >= 60 || s >= 60) {
    throw new FileError(at, `Elapsed "${text.slice(0, 40)}" is not a finished duration [D-]HH:MM:SS (hours < 24, minutes and seconds < 60)`, 'export with sacct --parsable2 --format=…,Elapsed,… (sacct prints 1-02:30:00 for 26.5 hours)');
  }
  return days * 24 + h + min / 60 + s / 3600;
}
