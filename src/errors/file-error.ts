import { AilcaError } from './ailca-error.js';

/** Where in a file a problem was found; 1-based like an editor shows it. */
export interface FilePosition {
  /** The file's path as given by the user (or a label such as `<stdin>`). */
  readonly file: string;
  /** 1-based line (JSON) or row (CSV, header = row 1). */
  readonly row?: number;
  /** 1-based column (JSON) or the column's header name (CSV). */
  readonly column?: number | string;
}

/**
 * A study file, dataset or CSV cannot be read: malformed JSON, a bad CSV cell,
 * a duplicate key, a checksum mismatch. The message names file, row and
 * column.
 *
 * @example
 * const e = new FileError({ file: 'grid.csv', row: 3, column: 'kgCO2e_per_kWh' }, 'empty cell', 'write a number such as 0.4');
 * e.message; // => 'grid.csv, row 3, column kgCO2e_per_kWh: empty cell. Fix: write a number such as 0.4'
 */
export class FileError extends AilcaError {
  /** The error class's name, `FileError`. */
  override readonly name: string = 'FileError';
  /** The file's path as given by the user (or a label such as `<stdin>`). */
  readonly file: string;
  /** 1-based line (JSON) or row (CSV, header = row 1), when known. */
  readonly row: number | undefined;
  /** 1-based column (JSON) or the column's header name (CSV), when known. */
  readonly column: number | string | undefined;

  constructor(position: FilePosition, problem: string, fix?: string) {
    const where = [
      position.file,
      position.row !== undefined ? `row ${position.row}` : undefined,
      position.column !== undefined ? `column ${position.column}` : undefined,
    ]
      .filter((s) => s !== undefined)
      .join(', ');
    super(`${where}: ${problem}${fix ? `. Fix: ${fix}` : ''}`);
    this.file = position.file;
    this.row = position.row;
    this.column = position.column;
  }
}
