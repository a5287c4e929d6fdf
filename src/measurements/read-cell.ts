import { parseNumberCell, type CsvTable } from '../datasets/index.js';
import { FileError } from '../errors/index.js';

/**
 * The 0-based index of a required column, or a {@link FileError} on the
 * header row that names the missing column and the columns found.
 *
 * @param table - the parsed CSV
 * @param name - the column's header name
 * @param file - the file, for the error
 * @param fix - how to produce a file with that column
 * @throws {@link FileError} when the header has no such column
 * @example
 * requiredColumn({ header: ['a', 'b'], rows: [] }, 'b', 'x.csv', 'add it'); // => 1
 */
export function requiredColumn(table: CsvTable, name: string, file: string, fix: string): number {
  const k = table.header.indexOf(name);
  if (k < 0) throw new FileError({ file, row: 1 }, `the header has no column ${name} (it has ${table.header.join(', ')})`, fix);
  return k;
}

/** What a numeric cell must be: its range and the unit it is read in, for the error. */
export interface CellRule {
  /** Smallest value allowed (inclusive). */
  readonly min: number;
  /** Largest value allowed (inclusive); default unbounded. */
  readonly max?: number;
  /** The unit and range in words, for the error: `a power in W, 0 to 2,000`. */
  readonly expected: string;
}

/**
 * A numeric cell read strictly (the datasets' rule: no empty cell, decimal
 * comma, percent sign, `NaN` or overflow) and checked against its range; a
 * problem is a {@link FileError} naming file, row and column, the range and
 * the fix, never quoting the cell's text beyond a number.
 *
 * @param text - the cell as written (any unit suffix already removed)
 * @param at - file, row and column name
 * @param rule - range and words
 * @throws {@link FileError} for a cell that is not a number in the range
 * @example
 * numberCell('250.5', { file: 'p.csv', row: 2, column: 'power.draw [W]' }, { min: 0, expected: 'a power in W' }); // => 250.5
 */
export function numberCell(text: string, at: { readonly file: string; readonly row: number; readonly column: string }, rule: CellRule): number {
  const n = parseNumberCell(text);
  if (typeof n === 'string') throw new FileError(at, n, `write ${rule.expected}`);
  if (n < rule.min || (rule.max !== undefined && n > rule.max)) {
    throw new FileError(at, `${n} is outside the valid range`, `write ${rule.expected}`);
  }
  return n;
}
