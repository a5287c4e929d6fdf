/**
 * `ailca/measurements` — readers of accounting and usage files that turn
 * them into study jobs: Slurm `sacct` exports (GPU-hours and CPU-hours per
 * user or account) and cloud instance usage (instance-hours by provider,
 * region and instance type, with the bundled instance catalogue).
 *
 * @module ailca/measurements
 */
export { parseSacct, SACCT_COLUMNS, SACCT_COUNTED_STATES, SACCT_EXCLUDED_STATES } from '../measurements/sacct-parse.js';
export type { SacctJob, SacctExcluded, SacctExport } from '../measurements/sacct-parse.js';
export { parseSlurmElapsed } from '../measurements/sacct-elapsed.js';
export { parseAllocTres, type SlurmTres } from '../measurements/sacct-tres.js';
export { expandHostlist } from '../measurements/sacct-hostlist.js';
export { parseGpuMapRule, gpuModelOfHosts, type GpuMapRule } from '../measurements/sacct-gpu-map.js';
export { summariseSacct, type SacctGroup, type SacctGroupBy } from '../measurements/sacct-summary.js';
export { sacctStudyFragment, type SacctStudyOptions, type SacctImport, type SacctGpuUse } from '../measurements/sacct-study.js';
export { parseCloudUsage, CLOUD_USAGE_COLUMNS, type CloudUsageRow } from '../measurements/cloud-usage-parse.js';
export { lookupCloudInstance, DEFAULT_CLOUD_INSTANCE_DATASETS, type CloudInstance, type VcpuPower } from '../measurements/cloud-instance-lookup.js';
export { cloudStudyFragment, type CloudStudyOptions, type CloudImport, type CloudUsageLine } from '../measurements/cloud-study.js';
export type { JobsFragment, JobsFragmentModel } from '../measurements/cluster-jobs-fragment.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, FileError } from '../errors/index.js';
