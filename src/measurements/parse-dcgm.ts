import { parseCsv } from '../datasets/index.js';
import { FileError } from '../errors/index.js';
import type { PowerLog, PowerSample } from './power-log.js';
import { numberCell, requiredColumn } from './read-cell.js';

/** DCGM field of the board power draw [W] (field id 155, `DCGM_FI_DEV_POWER_USAGE`). */
const POWER = 'DCGM_FI_DEV_POWER_USAGE';
/** DCGM field of the GPU utilisation [%] (field id 203, `DCGM_FI_DEV_GPU_UTIL`). */
const UTIL = 'DCGM_FI_DEV_GPU_UTIL';
const FIX = `export the dcgm-exporter gauges ${POWER} (and ${UTIL}) from Prometheus as CSV with the header timestamp,gpu,${POWER},${UTIL} (docs/importers.md)`;
const MAX_BOARD_W = 2000;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const UNIX = /^\d{9,10}(?:\.\d{1,9})?$/;

function timestamp(text: string, at: { file: string; row: number; column: string }): number {
  if (UNIX.test(text)) return Number(text) * 1000;
  if (ISO.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return ms;
  }
  throw new FileError(at, 'not a Unix time in seconds nor an ISO 8601 time with a zone', 'write Prometheus times (1714564800.5) or e.g. 2024-05-01T12:00:00Z');
}

/**
 * Parse a GPU power log from NVIDIA DCGM as a CSV of its dcgm-exporter
 * gauges: header `timestamp,gpu,DCGM_FI_DEV_POWER_USAGE[,DCGM_FI_DEV_GPU_UTIL]`
 * (the DCGM field names, `gpu` the exporter's GPU label; an optional
 * `Hostname` column keeps the GPUs of several nodes apart), one row per GPU
 * and time, time in Unix seconds as Prometheus returns it or ISO 8601 with a
 * zone, power in W, utilisation in %. DCGM itself writes no CSV with times
 * (`dcgmi dmon` prints a table without them); docs/importers.md gives the
 * Prometheus query that produces this file. Other columns are ignored.
 *
 * @param text - the file's text
 * @param file - its name, for errors
 * @throws {@link FileError} with file, row and column for a missing column, a cell that is not a number in range, a bad time or an empty log
 * @example
 * parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n1714564800,0,310.5\n', 'd.csv').samples[0].powerW; // => 310.5
 */
export function parseDcgmCsv(text: string, file: string): PowerLog {
  const table = parseCsv(text, file);
  const tCol = requiredColumn(table, 'timestamp', file, FIX);
  const gCol = requiredColumn(table, 'gpu', file, FIX);
  const pCol = requiredColumn(table, POWER, file, FIX);
  const uCol = table.header.indexOf(UTIL);
  const hCol = table.header.indexOf('Hostname');
  if (table.rows.length === 0) throw new FileError({ file, row: 2 }, 'the log has no readings', FIX);
  const samples: PowerSample[] = table.rows.map(({ row, cells }) => {
    const index = cells[gCol];
    if (!/^\d+$/.test(index)) throw new FileError({ file, row, column: 'gpu' }, 'not a GPU index', 'write the GPU index (0, 1, …), the label dcgm-exporter gives');
    const gpu = hCol < 0 ? index : `${cells[hCol]}:${index}`;
    const powerW = numberCell(cells[pCol], { file, row, column: POWER }, { min: 0, max: MAX_BOARD_W, expected: `a board power in W from 0 to ${MAX_BOARD_W} (more is a unit mix-up)` });
    const utilization = uCol < 0 ? undefined : numberCell(cells[uCol], { file, row, column: UTIL }, { min: 0, max: 100, expected: 'a utilisation in % from 0 to 100' }) / 100;
    return { row, timeMs: timestamp(cells[tCol], { file, row, column: 'timestamp' }), gpu, powerW, ...(utilization === undefined ? {} : { utilization }) };
  });
  return { file, format: 'dcgm', samples, assumptions: [] };
}
