/**
 * `ailca/measurements` — readers for measured energy logs: CodeCarbon's
 * `emissions.csv` (a study with emissions recomputed), nvidia-smi and DCGM
 * GPU power logs (energy per GPU by trapezoidal integration, gaps and resets
 * reported, optional hour-by-hour grid carbon). See docs/importers.md.
 *
 * @module ailca/measurements
 */
export {
  importCodeCarbon,
  parseCodeCarbonCsv,
  codecarbonStudy,
  importPowerLog,
  parseNvidiaSmiCsv,
  parseDcgmCsv,
  integratePower,
  hourlyCarbon,
  powerLogJob,
  gpuCatalogueId,
  alpha2OfAlpha3,
  parseUtcOffset,
  ALPHA3_TO_ALPHA2,
  DEFAULT_GAP_FACTOR,
  MEASURED_ENERGY_ACCURACY,
  DEFAULT_GPU_UTILIZATION,
} from '../measurements/index.js';
export type {
  CodeCarbonRun,
  CodeCarbonImport,
  CodeCarbonComparison,
  CodeCarbonStudyOptions,
  ImportCodeCarbonOptions,
  PowerLog,
  PowerSample,
  NvidiaSmiOptions,
  IntegratePowerOptions,
  PowerIntegration,
  GpuEnergy,
  PowerGap,
  PowerReset,
  PowerInterval,
  HourlyCarbon,
  HourCarbon,
  PowerLogJob,
  PowerLogJobOptions,
  ImportPowerLogOptions,
  PowerLogImport,
  GpuModelMatch,
} from '../measurements/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
