import { parseCsv } from '../datasets/index.js';
import { FileError } from '../errors/index.js';
import { parseUtcOffset } from './parse-utc-offset.js';
import type { PowerLog, PowerSample } from './power-log.js';
import { numberCell, requiredColumn } from './read-cell.js';

/** Options of {@link parseNvidiaSmiCsv}. */
export interface NvidiaSmiOptions {
  /** UTC offset of the machine that wrote the log (`+02:00`); nvidia-smi writes local time without a zone. Default `Z` (UTC), reported as an assumption. */
  readonly utcOffset?: string;
}

/** How to write a log this reader accepts. */
const QUERY = 'log with nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv -l 1 > power.csv';
/** The power columns nvidia-smi may write (`power.draw.instant` and `.average` since driver 535); exactly one is read. */
const POWER_COLUMNS = ['power.draw [W]', 'power.draw.instant [W]', 'power.draw.average [W]'];
/** A GPU board draws at most about 1,200 W (NVIDIA B200: 1,000 W TDP); more is a unit mix-up. */
const MAX_BOARD_W = 2000;
const STAMP = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

function timestamp(text: string, at: { file: string; row: number; column: string }, offsetMin: number): number {
  const m = STAMP.exec(text);
  if (!m) throw new FileError(at, 'not an nvidia-smi timestamp', 'write YYYY/MM/DD HH:MM:SS.mmm, as nvidia-smi does');
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) + Number((m[7] ?? '').padEnd(6, '0')) / 1000;
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) throw new FileError(at, 'not a valid date and time', 'check month, day and hour');
  return ms - offsetMin * 60_000;
}

/** The cell's number text: nvidia-smi's `--format=csv` writes the unit after the number (`250.12 W`, `95 %`); `csv,nounits` does not. */
function strip(text: string, unit: string, at: { file: string; row: number; column: string }): string {
  if (text.startsWith('[')) throw new FileError(at, 'the reading is not available ([N/A] or [Not Supported])', 'log a GPU whose driver reports this field, or remove the column');
  const suffix = ` ${unit}`;
  if (text.endsWith(suffix)) return text.slice(0, -suffix.length);
  if (/[a-zA-Z%]\s*$/.test(text)) throw new FileError(at, `the value has a unit other than ${unit}`, `log with --format=csv (values in ${unit})`);
  return text;
}

/**
 * Parse a GPU power log written by `nvidia-smi --query-gpu=timestamp,index,
 * power.draw,utilization.gpu --format=csv` (header `timestamp, index,
 * power.draw [W], utilization.gpu [%]`, cells separated by `, `, values with
 * or without their unit, timestamps `2024/05/01 12:00:00.123` in the
 * machine's local time). `utilization.gpu` is optional; other columns
 * (`name`, `uuid`, …) are ignored. Parsed with the strict CSV rules of the
 * datasets: every bad cell is a {@link FileError} with file, row and column.
 *
 * @param text - the file's text
 * @param file - its name, for errors
 * @param options - the UTC offset of the timestamps
 * @throws {@link FileError} for a missing column, a power header not in W, a cell that is not a number in range, an `[N/A]` reading, a malformed timestamp or an empty log
 * @example
 * const log = parseNvidiaSmiCsv('timestamp, index, power.draw [W]\n2024/05/01 12:00:00.000, 0, 300.00 W\n', 'p.csv');
 * log.samples[0].powerW; // => 300
 * log.samples[0].timeMs === Date.parse('2024-05-01T12:00:00Z'); // => true
 */
export function parseNvidiaSmiCsv(text: string, file: string, options: NvidiaSmiOptions = {}): PowerLog {
  // nvidia-smi separates cells with ", "; it quotes nothing and its fields have no comma, so the space is the separator's.
  const table = parseCsv(text.replace(/, /g, ','), file);
  const offsetText = options.utcOffset ?? 'Z';
  const offsetMin = parseUtcOffset(offsetText, 'utcOffset');
  const fix = QUERY;
  const tCol = requiredColumn(table, 'timestamp', file, fix);
  const iCol = requiredColumn(table, 'index', file, fix);
  const powerCols = table.header.map((h, k) => [h, k] as const).filter(([h]) => h.startsWith('power.draw'));
  const known = powerCols.filter(([h]) => POWER_COLUMNS.includes(h));
  if (powerCols.length > 0 && known.length === 0) {
    throw new FileError({ file, row: 1, column: powerCols[0][0] }, 'the power column is not in watts', `${fix} (the header must read power.draw [W])`);
  }
  if (known.length !== 1) throw new FileError({ file, row: 1 }, known.length === 0 ? 'the header has no column power.draw [W]' : 'the header has more than one power column', fix);
  const [pName, pCol] = known[0];
  const utilHeaders = table.header.filter((h) => h.startsWith('utilization.gpu'));
  if (utilHeaders.some((h) => h !== 'utilization.gpu [%]')) throw new FileError({ file, row: 1, column: utilHeaders[0] }, 'the utilisation column is not in %', `${fix} (the header must read utilization.gpu [%])`);
  const uCol = table.header.indexOf('utilization.gpu [%]');
  if (table.rows.length === 0) throw new FileError({ file, row: 2 }, 'the log has no readings', fix);
  const samples: PowerSample[] = table.rows.map(({ row, cells }) => {
    const gpu = cells[iCol];
    if (!/^\d+$/.test(gpu)) throw new FileError({ file, row, column: 'index' }, 'not a GPU index', 'write the GPU index (0, 1, …) as nvidia-smi does');
    const powerAt = { file, row, column: pName };
    const powerW = numberCell(strip(cells[pCol], 'W', powerAt), powerAt, { min: 0, max: MAX_BOARD_W, expected: `a board power in W from 0 to ${MAX_BOARD_W} (more is a unit mix-up)` });
    const utilAt = { file, row, column: 'utilization.gpu [%]' };
    const utilization = uCol < 0 ? undefined : numberCell(strip(cells[uCol], '%', utilAt), utilAt, { min: 0, max: 100, expected: 'a utilisation in % from 0 to 100' }) / 100;
    return { row, timeMs: timestamp(cells[tCol], { file, row, column: 'timestamp' }, offsetMin), gpu, powerW, ...(utilization === undefined ? {} : { utilization }) };
  });
  const assumptions = [
    options.utcOffset === undefined
      ? 'timestamps read as UTC (nvidia-smi writes local time without a zone; give the offset with --utc-offset / utcOffset)'
      : `timestamps read as local time at UTC${offsetText === 'Z' ? '' : offsetText}`,
  ];
  return { file, format: 'nvidia-smi', samples, assumptions };
}
