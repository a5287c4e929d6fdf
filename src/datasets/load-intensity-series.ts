import { parseIsoTimestamp } from './iso-timestamp.js';
import { FileError } from '../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../io/index.js';
import { parseCsv } from './parse-csv.js';
import { parseNumberCell } from './parse-cell.js';

/** An hourly (or any step) series of grid carbon intensity, in canonical units. */
export interface IntensitySeries {
  /** The file it was read from. */
  readonly file: string;
  /** Start of each interval, milliseconds since 1970-01-01T00:00Z, strictly increasing. */
  readonly timesMs: Float64Array;
  /** Carbon intensity of each interval, kgCO2e/kWh. */
  readonly kgCO2ePerKWh: Float64Array;
}

/** Header names accepted for the value column, with the factor to kgCO2e/kWh. */
const VALUE_COLUMNS: Readonly<Record<string, number>> = {
  kgCO2e_per_kWh: 1,
  gCO2e_per_kWh: 0.001,
};

/**
 * Parse a grid-intensity time series from CSV text: header `timestamp,
 * kgCO2e_per_kWh` (or `gCO2e_per_kWh`, converted), one row per interval,
 * ISO 8601 timestamps with a time zone (`2024-01-01T00:00Z`,
 * `2024-01-01T01:00+01:00`), strictly increasing. Parsed with the same strict
 * CSV and number rules as the datasets; values must lie in [0, 2] kgCO2e/kWh.
 *
 * @param text - the CSV text
 * @param file - its name, for error messages
 * @throws {@link FileError} with file, row and column for every malformed cell (never quoting the file's text)
 * @example
 * parseIntensitySeries('timestamp,gCO2e_per_kWh\n2024-01-01T00:00Z,400\n2024-01-01T01:00Z,350\n', 's.csv').kgCO2ePerKWh[1]; // => 0.35
 */
export function parseIntensitySeries(text: string, file: string): IntensitySeries {
  const table = parseCsv(text, file);
  const [timeCol, valueCol, ...rest] = table.header;
  if (timeCol !== 'timestamp' || valueCol === undefined || !Object.hasOwn(VALUE_COLUMNS, valueCol) || rest.length > 0) {
    throw new FileError({ file, row: 1 }, 'the header is not a series header', 'write the header timestamp,kgCO2e_per_kWh (or timestamp,gCO2e_per_kWh)');
  }
  const factor = VALUE_COLUMNS[valueCol];
  if (table.rows.length === 0) throw new FileError({ file, row: 2 }, 'the series has no rows', 'add one row per interval');
  const timesMs = new Float64Array(table.rows.length);
  const values = new Float64Array(table.rows.length);
  table.rows.forEach(({ row, cells }, k) => {
    const [t, v] = cells;
    const ms = parseIsoTimestamp(t);
    if (typeof ms === 'string') throw new FileError({ file, row, column: 'timestamp' }, ms, 'write e.g. 2024-01-01T00:00Z or 2024-01-01T01:00+01:00, with a day that exists in its month');
    if (k > 0 && ms <= timesMs[k - 1]) {
      throw new FileError({ file, row, column: 'timestamp' }, "not after the previous row's timestamp", 'sort the rows by time and remove duplicates');
    }
    const parsed = parseNumberCell(v);
    if (typeof parsed === 'string') throw new FileError({ file, row, column: valueCol }, parsed, 'write a plain number such as 0.4');
    const kg = factor === 1 ? parsed : parsed / 1000;
    if (kg < 0 || kg > 2) {
      throw new FileError({ file, row, column: valueCol }, `${v} is outside the plausible range [0, 2] kgCO2e/kWh`, valueCol === 'kgCO2e_per_kWh' ? 'values in g/kWh need the header gCO2e_per_kWh' : 'check the figure');
    }
    timesMs[k] = ms;
    values[k] = kg;
  });
  return Object.freeze({ file, timesMs, kgCO2ePerKWh: values });
}

/**
 * Read a grid-intensity time series from a CSV file (see
 * {@link parseIntensitySeries} for the format). Synchronous. Only a regular
 * file is read, at most `maxFileSize` bytes (default
 * {@link DEFAULT_MAX_DATA_BYTES}, 64 MiB).
 *
 * @param path - the CSV file
 * @param options - `maxFileSize`, the size cap in bytes
 * @throws {@link FileError} when the file is missing, not a regular file, too large or malformed
 * @example
 * typeof loadIntensitySeries; // => 'function'
 */
export function loadIntensitySeries(path: string, options: { readonly maxFileSize?: number } = {}): IntensitySeries {
  return parseIntensitySeries(readTextFile(path, options.maxFileSize ?? DEFAULT_MAX_DATA_BYTES), path);
}
