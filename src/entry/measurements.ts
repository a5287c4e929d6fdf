/**
 * `ailca/measurements` — readers of accounting, usage and measured energy
 * files that turn them into study jobs: Slurm `sacct` exports (GPU-hours and
 * CPU-hours per user or account), cloud instance usage (instance-hours by
 * provider, region and instance type, with the bundled instance catalogue),
 * CodeCarbon's `emissions.csv` (a study with emissions recomputed), and
 * nvidia-smi and DCGM GPU power logs (energy per GPU by trapezoidal
 * integration, gaps and resets reported, optional hour-by-hour grid carbon;
 * docs/importers.md).
 *
 * @module ailca/measurements
 */
export { parseSacct, SACCT_COLUMNS, SACCT_COUNTED_STATES, SACCT_EXCLUDED_STATES } from '../measurements/sacct-parse.js';
export type { SacctJob, SacctExcluded, SacctExport } from '../measurements/sacct-parse.js';
export { parseSlurmElapsed } from '../measurements/sacct-elapsed.js';
export { parseAllocTres, type SlurmTres } from '../measurements/sacct-tres.js';
export { expandHostlist } from '../measurements/sacct-hostlist.js';
export { boaviztaUsageFragment, BOAVIZTA_REGIONS, type BoaviztaUsageImport } from '../measurements/boavizta-usage.js';
export { parseGpuMapRule, gpuModelOfHosts, type GpuMapRule } from '../measurements/sacct-gpu-map.js';
export { summariseSacct, type SacctGroup, type SacctGroupBy } from '../measurements/sacct-summary.js';
export { sacctStudyFragment, type SacctStudyOptions, type SacctImport, type SacctGpuUse } from '../measurements/sacct-study.js';
export { parseCloudUsage, CLOUD_USAGE_COLUMNS, type CloudUsageRow } from '../measurements/cloud-usage-parse.js';
export { lookupCloudInstance, DEFAULT_CLOUD_INSTANCE_DATASETS, type CloudInstance, type VcpuPower, type HostEmbodied } from '../measurements/cloud-instance-lookup.js';
export { cloudEmbodiedParts, CLOUD_HOST_SHARE_RULE, CCF_GPU_CARD_KGCO2E, CCF_SERVER_LIFETIME_YEARS, type CloudEmbodiedParts, type CloudAllocationOptions } from '../measurements/cloud-host-embodied.js';
export { cloudStudyFragment, type CloudStudyOptions, type CloudImport, type CloudUsageLine } from '../measurements/cloud-study.js';
export type { JobsFragment, JobsFragmentModel } from '../measurements/cluster-jobs-fragment.js';
export {
  importCodeCarbon,
  parseCodeCarbonCsv,
  codecarbonStudy,
  importPowerLog,
  powerLogFromText,
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
export { AilcaError, InputError, FileError } from '../errors/index.js';
