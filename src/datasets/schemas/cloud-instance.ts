import type { RowProblem, RowSchema } from '../schema.js';

/** Cloud providers the instance catalogue knows, as written in usage files and grid-intensity region keys. */
export const CLOUD_PROVIDERS = ['aws', 'gcp', 'azure'] as const;

/** A row of a `cloud-instance` table: one instance type of one provider and the host it is cut from. */
export interface CloudInstanceRow {
  /** Provider: `aws`, `gcp` or `azure`. */
  readonly provider: (typeof CLOUD_PROVIDERS)[number];
  /** The provider's instance type name, exactly as billed (`p4d.24xlarge`, `a2-highgpu-1g`, `Standard_ND96asr_v4`). */
  readonly instanceType: string;
  /** vCPUs of the instance. */
  readonly vcpus: number;
  /** Memory of the instance [GiB]. */
  readonly memoryGiB: number;
  /** Accelerators attached to the instance (0 for none). */
  readonly gpus: number;
  /** Accelerator product name, when it has any. */
  readonly gpuName?: string;
  /** Hardware-catalogue id of the accelerator, when the catalogue has it. */
  readonly gpuCatalogue?: string;
  /** Rated power of one accelerator [W], when the catalogue has no entry (or none with a TDP). */
  readonly gpuTdpW?: number;
  /** vCPUs of the whole host the instance is cut from (the family's largest or bare-metal size). */
  readonly hostVcpus: number;
  /** The instance size that fills the host, which fixes `hostVcpus`. */
  readonly hostInstance: string;
  /** Accelerators of the whole host (`gpus` of the instance ÷ this is its share of the host's accelerators). */
  readonly hostGpus?: number;
  /** Embodied carbon of the whole host platform without its accelerators [kgCO2e] (CPUs, memory, board, drives, chassis). */
  readonly hostEmbodiedKgCO2e?: number;
  /** Id of the manifest source of `hostEmbodiedKgCO2e` (required with it). */
  readonly hostEmbodiedSource?: string;
  /** Host processor, as the provider names it. */
  readonly cpu: string;
  /** Processor microarchitecture: a key of the `vcpu-power` table when its power per vCPU is known. */
  readonly cpuMicroarchitecture: string;
  /** Id of one of the manifest's sources. */
  readonly source: string;
  /** Year the figures describe. */
  readonly year: number;
  /** How the figures were read; caveats. */
  readonly note?: string;
}

/** A catalogue row's accelerator fields must agree with its accelerator count and its vCPUs must fit in the host. */
function checkInstance(row: Readonly<Record<string, string | number | undefined>>): RowProblem | undefined {
  const gpus = Number(row.gpus);
  if (gpus === 0 && (row.gpuName !== undefined || row.gpuCatalogue !== undefined || row.gpuTdpW !== undefined)) {
    return { column: 'gpus', problem: 'accelerator fields are given for an instance with 0 accelerators', fix: 'give the accelerator count, or leave gpuName, gpuCatalogue and gpuTdpW empty' };
  }
  if (gpus > 0 && row.gpuName === undefined) return { column: 'gpuName', problem: 'an instance with accelerators has no accelerator name', fix: 'name the accelerator' };
  if (gpus > 0 && row.gpuCatalogue === undefined && row.gpuTdpW === undefined) {
    return { column: 'gpuTdpW', problem: 'an accelerator with no hardware-catalogue id has no rated power', fix: 'give gpuCatalogue, or gpuTdpW from the datasheet' };
  }
  if (row.hostGpus !== undefined && Number(row.hostGpus) < gpus) return { column: 'hostGpus', problem: `the host has fewer accelerators (${row.hostGpus}) than the instance (${gpus})`, fix: 'give the accelerators of the whole host' };
  if ((row.hostEmbodiedKgCO2e === undefined) !== (row.hostEmbodiedSource === undefined)) {
    return { column: row.hostEmbodiedKgCO2e === undefined ? 'hostEmbodiedKgCO2e' : 'hostEmbodiedSource', problem: 'a host embodied figure needs its source, and a source its figure', fix: 'give both hostEmbodiedKgCO2e and hostEmbodiedSource (a manifest source id), or neither' };
  }
  if (Number(row.vcpus) > Number(row.hostVcpus)) return { column: 'hostVcpus', problem: `the host has fewer vCPUs (${row.hostVcpus}) than the instance (${row.vcpus})`, fix: 'give the vCPUs of the largest size of the family' };
  return undefined;
}

/**
 * Schema `cloud-instance`: one cloud instance type per row — its vCPUs,
 * memory and accelerators, and the host it is cut from (host vCPUs, host
 * size, processor), so that the instance's share of its host is
 * vcpus ÷ hostVcpus. Key: provider and instance type.
 *
 * @example
 * cloudInstanceSchema.key; // => ['provider', 'instanceType']
 */
export const cloudInstanceSchema: RowSchema = {
  id: 'cloud-instance',
  description: 'Cloud instance types: vCPUs, memory, accelerators and the host they are cut from',
  columns: [
    { name: 'provider', type: 'string', required: true, description: 'aws, gcp or azure', enum: CLOUD_PROVIDERS },
    { name: 'instanceType', type: 'string', required: true, description: 'instance type as billed', pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, patternText: 'letters, digits, dots, hyphens and underscores' },
    { name: 'vcpus', type: 'integer', required: true, description: 'vCPUs of the instance', min: 1, max: 1024 },
    { name: 'memoryGiB', type: 'number', required: true, description: 'memory of the instance', unit: 'GiB', min: 0.1, max: 65_536 },
    { name: 'gpus', type: 'integer', required: true, description: 'accelerators attached (0 for none)', min: 0, max: 64 },
    { name: 'gpuName', type: 'string', required: false, description: 'accelerator product name' },
    { name: 'gpuCatalogue', type: 'string', required: false, description: 'hardware-catalogue id of the accelerator', pattern: /^[a-z0-9][a-z0-9.-]*$/, patternText: 'a hardware-catalogue id (lower case, digits, dots, hyphens)' },
    { name: 'gpuTdpW', type: 'number', required: false, description: 'rated power of one accelerator, when the catalogue has none', unit: 'W', min: 1, max: 2000 },
    { name: 'hostVcpus', type: 'integer', required: true, description: 'vCPUs of the whole host (largest or bare-metal size of the family)', min: 1, max: 1024 },
    { name: 'hostInstance', type: 'string', required: true, description: 'the size that fills the host' },
    { name: 'hostGpus', type: 'integer', required: false, description: 'accelerators of the whole host', min: 0, max: 64 },
    { name: 'hostEmbodiedKgCO2e', type: 'number', required: false, description: 'embodied carbon of the whole host platform without its accelerators', unit: 'kgCO2e', min: 1, max: 100_000 },
    { name: 'hostEmbodiedSource', type: 'string', required: false, description: "id of one of the manifest's sources, for hostEmbodiedKgCO2e" },
    { name: 'cpu', type: 'string', required: true, description: 'host processor' },
    { name: 'cpuMicroarchitecture', type: 'string', required: true, description: 'processor microarchitecture (a vcpu-power key when known)' },
    { name: 'source', type: 'string', required: true, description: "id of one of the manifest's sources" },
    { name: 'year', type: 'integer', required: true, description: 'year the figures describe', min: 1990, max: 2100 },
    { name: 'note', type: 'string', required: false, description: 'how the figures were read; caveats' },
  ],
  key: ['provider', 'instanceType'],
  check: checkInstance,
};
