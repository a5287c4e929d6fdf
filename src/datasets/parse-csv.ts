import { FileError } from '../errors/index.js';

/** One data row of a CSV file: its cells and its 1-based row number (header = row 1). */
export interface CsvRow {
  /** 1-based row number in the file (the header is row 1). */
  readonly row: number;
  /** The row's cells as text, one per header column. */
  readonly cells: readonly string[];
}

/** A parsed CSV file: the header names and the data rows, all cells as text. */
export interface CsvTable {
  /** Column names from the first row. */
  readonly header: readonly string[];
  /** The data rows, in file order. */
  readonly rows: readonly CsvRow[];
}

/**
 * Parse CSV text strictly after RFC 4180: comma-separated, fields that contain
 * commas, quotes or line breaks are quoted with `"` and quotes inside doubled.
 * Refused, each as a {@link FileError} with file, row and column: a byte-order
 * mark (raw or mangled into `ï»¿`), an empty or duplicate header name, a quote
 * inside an unquoted field, text after a closing quote, an unterminated quote,
 * a blank line, and a row whose cell count differs from the header's (the
 * usual sign of a truncated last row or an unquoted `1,5`). A final line break
 * is optional. Cells are returned as written; typing them is the schema's job.
 * Errors give positions (row, 1-based column number) and never quote the text,
 * so that a file that is not CSV at all is not echoed.
 *
 * @param text - the file's text
 * @param file - the file's name, for error messages
 * @throws {@link FileError} naming the file, row and column of the problem
 * @example
 * parseCsv('a,b\n1,"x, y"\n', 't.csv').rows[0].cells; // => ['1', 'x, y']
 */
export function parseCsv(text: string, file: string): CsvTable {
  if (text.charCodeAt(0) === 0xfeff || text.startsWith('\u00ef\u00bb\u00bf')) {
    throw new FileError({ file, row: 1, column: 1 }, 'the header starts with a byte-order mark', 'save the file as UTF-8 without a BOM');
  }
  const records = splitRecords(text, file);
  if (records.length === 0) {
    throw new FileError({ file, row: 1 }, 'the file is empty', 'write a header row naming the columns');
  }
  const header = records[0].cells;
  header.forEach((name, k) => {
    if (name.trim() === '') throw new FileError({ file, row: 1, column: k + 1 }, 'empty column name in the header', 'name every column');
    if (name !== name.trim()) {
      throw new FileError({ file, row: 1, column: k + 1 }, 'column name has leading or trailing spaces', 'remove the spaces around the name');
    }
    if (header.indexOf(name) !== k) throw new FileError({ file, row: 1, column: k + 1 }, 'duplicate column name', 'give each column a distinct name');
  });
  const rows = records.slice(1);
  for (const r of rows) {
    if (r.cells.length === 1 && r.cells[0] === '') {
      throw new FileError({ file, row: r.row }, 'blank line', 'remove blank lines (only a final line break is allowed)');
    }
    if (r.cells.length !== header.length) {
      throw new FileError(
        { file, row: r.row, column: Math.min(r.cells.length, header.length) + 1 },
        `${r.cells.length} cells where the header has ${header.length}`,
        'quote cells that contain commas, use a dot as decimal separator (1.5, not 1,5) and complete or remove a truncated row',
      );
    }
  }
  return { header, rows };
}

interface RawRecord {
  row: number;
  cells: string[];
}

function splitRecords(text: string, file: string): RawRecord[] {
  const out: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let recordRow = 1;
  let col = 1;
  let i = 0;
  let atCellStart = true;
  const n = text.length;
  const endRecord = (): void => {
    cells.push(cell);
    out.push({ row: recordRow, cells });
    cells = [];
    cell = '';
    atCellStart = true;
  };
  while (i < n) {
    const c = text[i];
    if (atCellStart && c === '"') {
      const startRow = row;
      i += 1;
      for (;;) {
        if (i >= n) throw new FileError({ file, row: startRow, column: col }, 'unterminated quoted cell', 'close the quote with "');
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (q === '\n') row += 1;
        cell += q;
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
        throw new FileError({ file, row, column: col }, 'text after a closing quote', 'quote the whole cell and double any quote inside it ("")');
      }
      atCellStart = false;
      continue;
    }
    if (c === ',') {
      cells.push(cell);
      cell = '';
      col += 1;
      atCellStart = true;
      i += 1;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      endRecord();
      i += c === '\r' ? 2 : 1;
      row += 1;
      recordRow = row;
      col = 1;
    } else {
      if (c === '"') throw new FileError({ file, row, column: col }, 'a quote inside an unquoted cell', 'quote the whole cell and double the quote inside it ("")');
      if (c === '\r') throw new FileError({ file, row, column: col }, 'a bare carriage return', 'use LF or CRLF line endings');
      cell += c;
      atCellStart = false;
      i += 1;
    }
  }
  if (!(atCellStart && cells.length === 0 && cell === '')) endRecord();
  return out;
}
