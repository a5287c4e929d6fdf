import { parseIsoTimestamp } from './iso-timestamp.js';
import { FileError } from '../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../io/index.js';
import { parseCsv } from './parse-csv.js';
import { parseNumberCell } from './parse-cell.js';

/** Milliseconds in an hour (3,600 s × 1,000). */
const MS_PER_HOUR = 3.6e6;

/** A job's load over time: the energy it drew in each interval. */
export interface LoadSeries {
  /** The file it was read from. */
  readonly file: string;
  /** Start of each interval, milliseconds since 1970-01-01T00:00Z, strictly increasing. */
  readonly timesMs: Float64Array;
  /** End of the last interval [ms]: its start plus the step before it. */
  readonly endMs: number;
  /** Energy drawn in each interval [kWh]. */
  readonly kWh: Float64Array;
}

/** Value columns: energy per interval (kWh, Wh) or mean power over it (kW, W), with the factor to kWh or kW. */
const VALUE_COLUMNS: Readonly<Record<string, { readonly factor: number; readonly power: boolean }>> = {
  kWh: { factor: 1, power: false },
  Wh: { factor: 0.001, power: false },
  kW: { factor: 1, power: true },
  W: { factor: 0.001, power: true },
};

/**
 * Parse a load series from CSV text: header `timestamp,kWh` (energy drawn
 * in each interval; or `Wh`) or `timestamp,kW` (mean power over it; or `W`),
 * one row per interval, ISO 8601 timestamps with a time zone, strictly
 * increasing, at least two rows. Each interval lasts until the next
 * timestamp and the last as long as the one before it, as in
 * {@link parseIntensitySeries}; a power becomes energy = power × the
 * interval's hours. Values must be finite and ≥ 0.
 *
 * @param text - the CSV text
 * @param file - its name, for error messages
 * @throws {@link FileError} with file, row and column for every malformed cell
 * @example
 * // 2 kW for one hour, then 4 kW for the last hour (as long as the one before): 2 and 4 kWh
 * Array.from(parseLoadSeries('timestamp,kW\n2024-01-01T00:00Z,2\n2024-01-01T01:00Z,4\n', 'load.csv').kWh); // => [2, 4]
 */
export function parseLoadSeries(text: string, file: string): LoadSeries {
  const table = parseCsv(text, file);
  const [timeCol, valueCol, ...rest] = table.header;
  const spec = valueCol !== undefined && Object.hasOwn(VALUE_COLUMNS, valueCol) ? VALUE_COLUMNS[valueCol] : undefined;
  if (timeCol !== 'timestamp' || spec === undefined || rest.length > 0) {
    throw new FileError({ file, row: 1 }, 'the header is not a load-series header', 'write the header timestamp,kWh (energy in each interval) or timestamp,kW (mean power over it)');
  }
  if (table.rows.length < 2) throw new FileError({ file, row: 2 }, 'the series has fewer than two rows, so its last interval has no length', 'add one row per interval, at least two');
  const timesMs = new Float64Array(table.rows.length);
  const values = new Float64Array(table.rows.length);
  table.rows.forEach(({ row, cells }, k) => {
    const [t, v] = cells;
    const ms = parseIsoTimestamp(t);
    if (typeof ms === 'string') throw new FileError({ file, row, column: 'timestamp' }, ms, 'write e.g. 2024-01-01T00:00Z or 2024-01-01T01:00+01:00, with a day that exists in its month');
    if (k > 0 && ms <= timesMs[k - 1]) throw new FileError({ file, row, column: 'timestamp' }, "not after the previous row's timestamp", 'sort the rows by time and remove duplicates');
    const parsed = parseNumberCell(v);
    if (typeof parsed === 'string') throw new FileError({ file, row, column: valueCol }, parsed, 'write a plain number such as 2.5');
    if (parsed < 0) throw new FileError({ file, row, column: valueCol }, `${v} is negative`, 'a load is an energy or power drawn, ≥ 0');
    timesMs[k] = ms;
    values[k] = parsed * spec.factor;
  });
  const n = timesMs.length;
  const endMs = timesMs[n - 1] + (timesMs[n - 1] - timesMs[n - 2]);
  if (spec.power) {
    for (let k = 0; k < n; k += 1) values[k] *= ((k + 1 < n ? timesMs[k + 1] : endMs) - timesMs[k]) / MS_PER_HOUR;
  }
  return Object.freeze({ file, timesMs, endMs, kWh: values });
}

/**
 * Read a load series from a CSV file (see {@link parseLoadSeries} for the
 * format). Synchronous; only a regular file, at most `maxFileSize` bytes
 * (default {@link DEFAULT_MAX_DATA_BYTES}, 64 MiB).
 *
 * @param path - the CSV file
 * @param options - `maxFileSize`, the size cap in bytes
 * @throws {@link FileError} when the file is missing, not a regular file, too large or malformed
 * @example
 * typeof loadLoadSeries; // => 'function'
 */
export function loadLoadSeries(path: string, options: { readonly maxFileSize?: number } = {}): LoadSeries {
  return parseLoadSeries(readTextFile(path, options.maxFileSize ?? DEFAULT_MAX_DATA_BYTES), path);
}
