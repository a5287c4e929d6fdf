/**
 * Readers for measured energy logs — CodeCarbon's `emissions.csv`,
 * nvidia-smi and DCGM GPU power logs — that turn them into studies or job
 * fragments: strict CSV parsing with file, row and column in every error,
 * trapezoidal integration with gaps and resets reported, and the carbon
 * recomputed with ailca's data (docs/importers.md).
 * @module
 */
export type { PowerLog, PowerSample } from './power-log.js';
export { parseUtcOffset } from './parse-utc-offset.js';
export { numberCell, requiredColumn, type CellRule } from './read-cell.js';
export { parseNvidiaSmiCsv, type NvidiaSmiOptions } from './parse-nvidia-smi.js';
export { parseDcgmCsv } from './parse-dcgm.js';
export { integratePower, DEFAULT_GAP_FACTOR, type IntegratePowerOptions, type PowerIntegration, type GpuEnergy, type PowerGap, type PowerReset, type PowerInterval } from './integrate-power.js';
export { hourlyCarbon, type HourlyCarbon, type HourCarbon } from './hourly-carbon.js';
export { powerLogJob, type PowerLogJob, type PowerLogJobOptions } from './power-log-job.js';
export { importPowerLog, powerLogFromText, type ImportPowerLogOptions, type PowerLogImport } from './import-power-log.js';
export { parseCodeCarbonCsv, type CodeCarbonRun } from './parse-codecarbon.js';
export { ALPHA3_TO_ALPHA2, alpha2OfAlpha3 } from './country-alpha3.js';
export { gpuCatalogueId, type GpuModelMatch } from './gpu-catalogue-id.js';
export { codecarbonStudy, MEASURED_ENERGY_ACCURACY, DEFAULT_GPU_UTILIZATION, type CodeCarbonStudyOptions, type CodeCarbonComparison, type CodeCarbonImport } from './codecarbon-study.js';
export { importCodeCarbon, type ImportCodeCarbonOptions } from './import-codecarbon.js';
export { boaviztaUsageFragment, BOAVIZTA_REGIONS, type BoaviztaUsageImport } from './boavizta-usage.js';
