import type { CloudInstance } from './cloud-instance-lookup.js';

/** Embodied carbon of one GPU card when the hardware catalogue has no figure [kgCO2e]: Cloud Carbon Footprint's `GPU_MANUFACTURING_EMISSIONS` (cloud-carbon-coefficients, ccfcoef/constants.py). */
export const CCF_GPU_CARD_KGCO2E = 150;

/** Lifetime of a rack server over which Cloud Carbon Footprint spreads its embodied carbon [years] (`RACK_SERVER_LIFESPAN`, ccfcoef/constants.py). */
export const CCF_SERVER_LIFETIME_YEARS = 4;

/** How a cloud instance is charged the embodied carbon of its host, in words: recorded in each job and in the import's notes. */
export const CLOUD_HOST_SHARE_RULE =
  'host platform without its accelerators × vCPUs ÷ host vCPUs (Cloud Carbon Footprint: embodied × resources reserved ÷ total resources, with vCPUs as the resource); the instance\'s own accelerators counted whole (its share gpus ÷ host GPUs of the host\'s accelerators), each at the hardware catalogue\'s embodied figure or Cloud Carbon Footprint\'s 150 kgCO2e per GPU card';

/** The embodied-carbon parts of one cloud job, ready to spread into it. */
export interface CloudEmbodiedParts {
  /** Extra accelerator fields: `embodied` when the catalogue gives none. */
  readonly accelerator: Readonly<Record<string, unknown>>;
  /** The host's `embodied` (whole host platform), when the dataset has it and the job has a host block to carry it. */
  readonly hostEmbodied?: Readonly<Record<string, unknown>>;
  /** The job's `allocation` block (time rule, lifetime, utilisation, host share), when any embodied carbon is charged. */
  readonly allocation?: Readonly<Record<string, unknown>>;
  /** Why a part was left out, for the import's notes. */
  readonly left: readonly string[];
}

/** The lifetime and utilisation the cloud importer writes into each allocation. */
export interface CloudAllocationOptions {
  /** Hardware lifetime [years] (default 4, Cloud Carbon Footprint's rack server lifespan). */
  readonly lifetimeYears?: number;
  /** Expected share of the lifetime the host is busy (default 1: Cloud Carbon Footprint spreads embodied carbon over the lifespan, not over busy hours). */
  readonly utilization?: number;
}

/**
 * The embodied-carbon fields of a cloud job, after {@link CLOUD_HOST_SHARE_RULE}:
 * the host platform (the dataset's `hostEmbodiedKgCO2e`, without
 * accelerators) charged through `allocation.share` = `{vcpus, of}`, the
 * instance's own accelerators whole (catalogue embodied figure, else CCF's
 * 150 kgCO2e per GPU card, written as a default to review), by the time rule
 * over a 4-year lifetime at utilisation 1 unless told (both CCF's, written
 * with their sources). The host figure needs a host block with a power: an
 * instance whose vCPU power is unknown keeps its accelerators but leaves the
 * host out, and says so in `left`.
 *
 * @param instance - the catalogue entry ({@link lookupCloudInstance})
 * @param hasHostPower - whether the job has a host block (its vCPU power)
 * @param options - lifetime and utilisation of the allocation
 * @example
 * const p = cloudEmbodiedParts(lookupCloudInstance('aws', 'm5.xlarge'), true);
 * p.hostEmbodied?.value; // => '1610.79 kg'
 * p.allocation?.share; // => { vcpus: 4, of: 96, source: 'm5.xlarge on host m5.metal (cloud-instances 1.0.0); ' + CLOUD_HOST_SHARE_RULE }
 */
export function cloudEmbodiedParts(instance: CloudInstance, hasHostPower: boolean, options: CloudAllocationOptions = {}): CloudEmbodiedParts {
  const i = instance.row;
  const left: string[] = [];
  const accelerator: Record<string, unknown> = {};
  if (i.gpus > 0 && i.gpuCatalogue === undefined) {
    accelerator.embodied = { value: `${CCF_GPU_CARD_KGCO2E} kg`, source: `default: Cloud Carbon Footprint's embodied emissions per GPU card, GPU_MANUFACTURING_EMISSIONS ${CCF_GPU_CARD_KGCO2E} kgCO2e (cloud-carbon-coefficients, ccfcoef/constants.py); the hardware catalogue has no ${i.gpuName ?? 'figure for this accelerator'}: replace with a figure for it` };
  }
  const he = instance.hostEmbodied;
  let hostEmbodied: Record<string, unknown> | undefined;
  if (he === undefined) left.push(`${i.instanceType}: the dataset has no embodied figure for its host ${i.hostInstance}`);
  else if (!hasHostPower) left.push(`${i.instanceType}: host ${i.hostInstance} (${he.kgCO2e} kgCO2e × ${i.vcpus}/${i.hostVcpus}) left out because its vCPU power is unknown and a study host needs a power; add "host": {"count": 1, "power": "… W", "embodied": "${he.kgCO2e} kg"} by hand`);
  else hostEmbodied = { value: `${he.kgCO2e} kg`, source: `${instance.dataset.name} ${instance.dataset.version}, host ${i.hostInstance} without its accelerators: ${he.citation}` };
  const charged = hostEmbodied !== undefined || i.gpus > 0;
  if (!charged) return { accelerator, left };
  const lifetime = options.lifetimeYears === undefined ? { value: `${CCF_SERVER_LIFETIME_YEARS} years`, source: `default: Cloud Carbon Footprint's rack server lifespan, RACK_SERVER_LIFESPAN ${CCF_SERVER_LIFETIME_YEARS} years (ccfcoef/constants.py)` } : `${options.lifetimeYears} years`;
  const utilization = options.utilization === undefined ? { value: 1, source: 'default: Cloud Carbon Footprint charges embodied × hours reserved ÷ lifespan, spreading nothing over idle capacity (utilisation 1); a fleet busy half its life would double the share' } : options.utilization;
  const allocation: Record<string, unknown> = { rule: 'time', lifetime, utilization };
  if (hostEmbodied !== undefined) allocation.share = { vcpus: i.vcpus, of: i.hostVcpus, source: `${i.instanceType} on host ${i.hostInstance} (${instance.dataset.name} ${instance.dataset.version}); ${CLOUD_HOST_SHARE_RULE}` };
  return { accelerator, ...(hostEmbodied !== undefined ? { hostEmbodied } : {}), allocation, left };
}
