import { loadIntensitySeries } from '../datasets/index.js';
import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../io/index.js';
import { hourlyCarbon, type HourlyCarbon } from './hourly-carbon.js';
import { integratePower, type IntegratePowerOptions, type PowerIntegration } from './integrate-power.js';
import { parseDcgmCsv } from './parse-dcgm.js';
import { parseNvidiaSmiCsv, type NvidiaSmiOptions } from './parse-nvidia-smi.js';
import { powerLogJob, type PowerLogJobOptions } from './power-log-job.js';

/** Options of {@link importPowerLog}. */
export interface ImportPowerLogOptions extends NvidiaSmiOptions, IntegratePowerOptions, PowerLogJobOptions {
  /** A grid-intensity series CSV (`timestamp,kgCO2e_per_kWh`) to match hour by hour; optional. */
  readonly series?: string;
  /** Largest file read, in bytes; default 64 MiB. */
  readonly maxFileSize?: number;
}

/** What {@link importPowerLog} returns. */
export interface PowerLogImport {
  /** Per-GPU energies, gaps and resets. */
  readonly integration: PowerIntegration;
  /** The hour-by-hour carbon, when a series was given. */
  readonly carbon?: HourlyCarbon;
  /** The study job fragment. */
  readonly job: Record<string, unknown>;
  /** The summary lines. */
  readonly summary: readonly string[];
}

/**
 * Read a GPU power log file (`nvidia-smi` or `dcgm` CSV), integrate each
 * GPU's power over time, optionally match it hour by hour to a grid series,
 * and write it as a study job fragment with a summary. The files are read
 * with ailca's safe reader (regular files only, at most `maxFileSize`).
 *
 * @param kind - `nvidia-smi` or `dcgm`
 * @param file - the log
 * @param options - reading, integration and naming options
 * @throws FileError naming file, row and column for a malformed log; InputError for a bad option
 * @example
 * importPowerLog('nvidia-smi', 'examples/measurements/nvidia-smi-power.csv').integration.gpus.length; // => 2
 */
export function importPowerLog(kind: 'nvidia-smi' | 'dcgm', file: string, options: ImportPowerLogOptions = {}): PowerLogImport {
  return powerLogFromText(kind, readTextFile(file, options.maxFileSize ?? DEFAULT_MAX_DATA_BYTES), file, options);
}

/**
 * {@link importPowerLog} on a log's text already read (the `series` file,
 * when given, is still read here, with the same size cap).
 *
 * @param kind - `nvidia-smi` or `dcgm`
 * @param text - the log's text
 * @param file - its name, for errors and sources
 * @param options - reading, integration and naming options
 * @throws FileError naming file, row and column for a malformed log; InputError for a bad option
 * @example
 * powerLogFromText('dcgm', 'timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n1714564800,0,300\n1714568400,0,300\n', 'd.csv').integration.energyKWh; // => 0.3
 */
export function powerLogFromText(kind: 'nvidia-smi' | 'dcgm', text: string, file: string, options: ImportPowerLogOptions = {}): PowerLogImport {
  const max = options.maxFileSize ?? DEFAULT_MAX_DATA_BYTES;
  const log = kind === 'nvidia-smi' ? parseNvidiaSmiCsv(text, file, options) : parseDcgmCsv(text, file);
  const integration = integratePower(log, options);
  const carbon = options.series === undefined ? undefined : hourlyCarbon(integration, loadIntensitySeries(options.series, { maxFileSize: max }));
  const { job, summary } = powerLogJob(integration, options, carbon);
  return { integration, ...(carbon ? { carbon } : {}), job, summary };
}
