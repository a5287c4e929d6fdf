import { FileError, InputError } from '../errors/index.js';
import { rowsOf, searchOrder, unknownKeyError, type CloudInstanceRow, type DatasetRef, type LookupOptions, type VcpuPowerRow } from '../datasets/index.js';

/** Bundled datasets searched for cloud instance types, in order. */
export const DEFAULT_CLOUD_INSTANCE_DATASETS: readonly string[] = ['cloud-instances'];

/** Power of one vCPU of a microarchitecture (Cloud Carbon Footprint's coefficients). */
export interface VcpuPower {
  /** At idle [W]. */
  readonly minWatts: number;
  /** At full load [W]. */
  readonly maxWatts: number;
  /** Citation of the figures. */
  readonly citation: string;
}

/** Embodied carbon of an instance's whole host platform without its accelerators, with its source. */
export interface HostEmbodied {
  /** The host platform's embodied carbon [kgCO2e] (CPUs, memory, board, drives, chassis; not the accelerators). */
  readonly kgCO2e: number;
  /** The manifest source id (`ccf-embodied`: CCF's published figure; `ccf-coefficients`: computed with CCF's coefficients). */
  readonly sourceId: string;
  /** Citation of that source. */
  readonly citation: string;
}

/** A cloud instance type from the catalogue, with its host share and its provenance. */
export interface CloudInstance {
  /** The catalogue row. */
  readonly row: CloudInstanceRow;
  /** The instance's share of its host: vcpus ÷ hostVcpus (1 for a whole-host instance). */
  readonly hostShare: number;
  /** The instance's share of its host's accelerators: gpus ÷ hostGpus, when the host's accelerators are known and it has any. */
  readonly gpuShare?: number;
  /** The host platform's embodied carbon without accelerators, when the dataset has it. */
  readonly hostEmbodied?: HostEmbodied;
  /** Power of one vCPU of its microarchitecture, idle and at full load [W], when the dataset has it. */
  readonly vcpuPower?: VcpuPower;
  /** Where the row was read. */
  readonly dataset: DatasetRef;
  /** Citation of the row's source. */
  readonly citation: string;
}

/**
 * A cloud instance type by provider and name (exact, as billed:
 * `p4d.24xlarge`, `a2-highgpu-1g`, `Standard_ND96asr_v4`), with its share of
 * the host it is cut from (vcpus ÷ hostVcpus) and its microarchitecture's
 * power per vCPU.
 *
 * @param provider - `aws`, `gcp` or `azure`
 * @param instanceType - the instance type
 * @param options - user datasets to search first, or one dataset by name
 * @throws {@link InputError} for an unknown instance type, with close matches
 * @example
 * lookupCloudInstance('gcp', 'a2-highgpu-1g').hostShare; // => 0.125
 * lookupCloudInstance('aws', 'p4d.24xlarge').row.gpus; // => 8
 * lookupCloudInstance('gcp', 'a2-highgpu-1g').gpuShare; // => 1 / 16
 * lookupCloudInstance('aws', 'm5.xlarge').hostEmbodied?.kgCO2e; // => 1610.79
 */
export function lookupCloudInstance(provider: string, instanceType: string, options: LookupOptions = {}): CloudInstance {
  const datasets = searchOrder(options, DEFAULT_CLOUD_INSTANCE_DATASETS);
  for (const d of datasets) {
    const row = rowsOf(d, 'cloud-instance').find((r) => r.provider === provider && r.instanceType === instanceType);
    if (row === undefined) continue;
    const power: VcpuPowerRow | undefined = datasets.flatMap((x) => rowsOf(x, 'vcpu-power')).find((p) => p.microarchitecture === row.cpuMicroarchitecture);
    const powerCitation = power === undefined ? undefined : datasets.flatMap((x) => x.manifest.sources).find((s) => s.id === power.source)?.citation;
    let hostEmbodied: HostEmbodied | undefined;
    if (row.hostEmbodiedKgCO2e !== undefined && row.hostEmbodiedSource !== undefined) {
      const cited = d.manifest.sources.find((s) => s.id === row.hostEmbodiedSource);
      // rows carry their origin (validateRows); the row type does not declare it
      const origin = (row as unknown as { readonly origin: { readonly file: string; readonly row: number } }).origin;
      if (cited === undefined) throw new FileError({ file: origin.file, row: origin.row, column: 'hostEmbodiedSource' }, `source "${row.hostEmbodiedSource}" is not among the manifest's sources`, `use one of ${d.manifest.sources.map((x) => x.id).join(', ')} or add it to manifest.json`);
      hostEmbodied = { kgCO2e: row.hostEmbodiedKgCO2e, sourceId: cited.id, citation: cited.citation };
    }
    return {
      row,
      hostShare: row.vcpus / row.hostVcpus,
      ...(row.gpus > 0 && row.hostGpus !== undefined && row.hostGpus > 0 ? { gpuShare: row.gpus / row.hostGpus } : {}),
      ...(hostEmbodied !== undefined ? { hostEmbodied } : {}),
      ...(power !== undefined ? { vcpuPower: { minWatts: power.minWatts, maxWatts: power.maxWatts, citation: powerCitation ?? power.source } } : {}),
      dataset: { name: d.name, version: d.version },
      citation: d.manifest.sources.find((s) => s.id === row.source)?.citation ?? row.source,
    };
  }
  const all = datasets.flatMap((d) => rowsOf(d, 'cloud-instance'));
  const same = all.filter((r) => r.provider === provider).map((r) => r.instanceType);
  const elsewhere = all.filter((r) => r.provider !== provider && r.instanceType === instanceType).map((r) => r.provider);
  const e = unknownKeyError('instanceType', instanceType, same.length > 0 ? same : all.map((r) => `${r.provider} ${r.instanceType}`), { where: datasets.map((d) => d.name).join(', ') });
  if (elsewhere.length > 0) throw new InputError({ path: e.path, received: instanceType, expected: e.expected, problem: `is not a ${provider} instance`, fix: `it is a ${elsewhere.join(' or ')} instance: check the provider column` });
  throw e;
}
