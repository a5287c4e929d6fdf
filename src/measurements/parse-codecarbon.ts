import { parseCsv } from '../datasets/index.js';
import { FileError } from '../errors/index.js';
import { numberCell, requiredColumn } from './read-cell.js';

/** One run (row) of a CodeCarbon `emissions.csv`, in canonical units. */
export interface CodeCarbonRun {
  /** 1-based row in the file (header = row 1). */
  readonly row: number;
  /** `timestamp` as CodeCarbon wrote it (local time of the end of the run, no zone). */
  readonly timestamp: string;
  /** `project_name`. */
  readonly project: string;
  /** `run_id` (`experiment_id` in versions before 2.0), when present. */
  readonly runId?: string;
  /** `duration` [s]. */
  readonly durationSeconds: number;
  /** `emissions` [kgCO2e], CodeCarbon's own figure. */
  readonly emissionsKg: number;
  /** `energy_consumed` in kWh: CPU + GPU + RAM, already multiplied by `pue`. */
  readonly energyKWh: number;
  /** `cpu_energy` [kWh], when present (also × `pue`). */
  readonly cpuEnergyKWh?: number;
  /** `gpu_energy` [kWh], when present (also × `pue`). */
  readonly gpuEnergyKWh?: number;
  /** `ram_energy` [kWh], when present (also × `pue`). */
  readonly ramEnergyKWh?: number;
  /** `country_iso_code`: ISO 3166-1 alpha-3. */
  readonly countryIso3: string;
  /** `on_cloud` is `Y`. */
  readonly onCloud: boolean;
  /** `cloud_provider` (`aws`, `gcp`, `azure`), when not empty. */
  readonly cloudProvider?: string;
  /** `cloud_region`, when not empty. */
  readonly cloudRegion?: string;
  /** `gpu_count`, when not empty. */
  readonly gpuCount?: number;
  /** `gpu_model`, when not empty (`8 x NVIDIA H100 80GB HBM3`). */
  readonly gpuModel?: string;
  /** `pue`: the factor CodeCarbon multiplied every energy by (its default 1.0; 1 when the column is absent, as in versions before 2.2). */
  readonly pue: number;
  /** `codecarbon_version`, when present. */
  readonly version?: string;
}

const FIX = 'import the emissions.csv that CodeCarbon writes (EmissionsTracker(save_to_file=True)); see docs/importers.md for the columns read';
/** Columns without which a run cannot be placed or measured. */
const REQUIRED = ['timestamp', 'project_name', 'duration', 'emissions', 'energy_consumed', 'country_iso_code'] as const;

/**
 * Parse a CodeCarbon `emissions.csv` (one row per tracked run; header
 * `timestamp,project_name,run_id,duration,emissions,…,energy_consumed,
 * country_name,country_iso_code,…,gpu_count,gpu_model,…,on_cloud,pue` in
 * versions 2.2 and later; older files lack some optional columns). Columns
 * are found by name; the ones ailca does not read are ignored. Strict like
 * every reader of ailca: an empty or non-numeric cell, a negative energy, a
 * duration that is not > 0 or a PUE below 1 is a {@link FileError} naming
 * file, row and column.
 *
 * @param text - the file's text
 * @param file - its name, for errors
 * @throws {@link FileError} for a missing column, an empty file or a bad cell
 * @example
 * const csv = 'timestamp,project_name,duration,emissions,energy_consumed,country_iso_code\n2024-05-01T12:00:00,ft,3600,0.5,10,FRA\n';
 * parseCodeCarbonCsv(csv, 'emissions.csv')[0].energyKWh; // => 10
 */
export function parseCodeCarbonCsv(text: string, file: string): CodeCarbonRun[] {
  const table = parseCsv(text, file);
  for (const c of REQUIRED) requiredColumn(table, c, file, FIX);
  if (table.rows.length === 0) throw new FileError({ file, row: 2 }, 'the file has no runs', 'track at least one run');
  const col = (name: string): number => table.header.indexOf(name);
  return table.rows.map(({ row, cells }) => {
    const text = (name: string): string | undefined => (col(name) < 0 || cells[col(name)] === '' ? undefined : cells[col(name)]);
    const at = (column: string) => ({ file, row, column });
    const required = (name: string): string => {
      const v = text(name);
      if (v === undefined) throw new FileError(at(name), 'empty cell', `write the ${name} of the run`);
      return v;
    };
    const energy = (name: string): number | undefined => {
      const v = text(name);
      return v === undefined ? undefined : numberCell(v, at(name), { min: 0, expected: 'an energy in kWh, ≥ 0' });
    };
    const durationSeconds = numberCell(required('duration'), at('duration'), { min: Number.MIN_VALUE, expected: 'a duration in seconds, > 0' });
    const countryIso3 = required('country_iso_code');
    if (!/^[A-Z]{3}$/.test(countryIso3)) throw new FileError(at('country_iso_code'), 'not an ISO 3166-1 alpha-3 code', 'write three capital letters such as FRA, as CodeCarbon does');
    const gpuCountText = text('gpu_count');
    const gpuCount = gpuCountText === undefined ? undefined : numberCell(gpuCountText, at('gpu_count'), { min: 0, expected: 'a whole number of GPUs, ≥ 0' });
    if (gpuCount !== undefined && !Number.isInteger(gpuCount)) throw new FileError(at('gpu_count'), 'not a whole number', 'write the number of GPUs');
    const pueText = text('pue');
    const onCloud = text('on_cloud');
    if (onCloud !== undefined && onCloud !== 'Y' && onCloud !== 'N') throw new FileError(at('on_cloud'), 'neither Y nor N', 'write Y or N, as CodeCarbon does');
    const runId = text('run_id') ?? text('experiment_id');
    const opt = <T>(k: string, v: T | undefined) => (v === undefined ? {} : { [k]: v });
    return {
      row,
      timestamp: required('timestamp'),
      project: required('project_name'),
      ...opt('runId', runId),
      durationSeconds,
      emissionsKg: numberCell(required('emissions'), at('emissions'), { min: 0, expected: 'emissions in kgCO2e, ≥ 0' }),
      energyKWh: numberCell(required('energy_consumed'), at('energy_consumed'), { min: 0, expected: 'an energy in kWh, ≥ 0' }),
      ...opt('cpuEnergyKWh', energy('cpu_energy')),
      ...opt('gpuEnergyKWh', energy('gpu_energy')),
      ...opt('ramEnergyKWh', energy('ram_energy')),
      countryIso3,
      onCloud: onCloud === 'Y',
      ...opt('cloudProvider', text('cloud_provider')),
      ...opt('cloudRegion', text('cloud_region')),
      ...opt('gpuCount', gpuCount),
      ...opt('gpuModel', text('gpu_model')),
      pue: pueText === undefined ? 1 : numberCell(pueText, at('pue'), { min: 1, expected: 'a PUE ≥ 1 (facility energy ÷ IT energy)' }),
      ...opt('version', text('codecarbon_version')),
    };
  });
}
