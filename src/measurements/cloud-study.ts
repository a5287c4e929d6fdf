import { lookupGridIntensity, lookupPue } from '../datasets/index.js';
import { FileError, InputError } from '../errors/index.js';
import { JOB_PHASES, type JobPhase } from '../system/index.js';
import { lookupCloudInstance, type CloudInstance } from './cloud-instance-lookup.js';
import { cloudEmbodiedParts, CLOUD_HOST_SHARE_RULE, type CloudAllocationOptions } from './cloud-host-embodied.js';
import type { JobsFragment } from './cluster-jobs-fragment.js';
import type { CloudUsageRow } from './cloud-usage-parse.js';

/** How cloud usage becomes study jobs. */
export interface CloudStudyOptions extends CloudAllocationOptions {
  /** The usage file's name, for sources and errors. */
  readonly file: string;
  /** Average vCPU utilisation for the host CPU power (default 0.5, Cloud Carbon Footprint's default when none is measured). */
  readonly cpuUtilization?: number;
  /** Phase of the emitted jobs (default `development`). */
  readonly phase?: JobPhase;
}

/** One instance type in one region: its hours, its host share and the job written for it. */
export interface CloudUsageLine {
  /** `provider:region`, the grid-intensity location. */
  readonly location: string;
  /** Instance type. */
  readonly instanceType: string;
  /** Rows of the file summed into this line. */
  readonly rows: readonly number[];
  /** Instance-hours [h]. */
  readonly hours: number;
  /** The catalogue entry. */
  readonly instance: CloudInstance;
  /** The instance's share of its host: vcpus ÷ hostVcpus. */
  readonly hostShare: number;
  /** Average power of the instance's vCPUs [W] (CCF: vcpus × (min + u × (max − min))), when its microarchitecture has figures. */
  readonly cpuPowerW?: number;
  /** GPU-hours: hours × GPUs. */
  readonly gpuHours: number;
  /** The instance's share of its host's accelerators (gpus ÷ host GPUs), when it has any and the host's are known. */
  readonly gpuShare?: number;
  /** Embodied carbon of the whole host platform without accelerators [kgCO2e], when the dataset has it. */
  readonly hostEmbodiedKgCO2e?: number;
  /** Whether the job charges the host's embodied carbon (× hostShare); false when the dataset has no figure or the vCPU power is unknown. */
  readonly hostEmbodiedCharged: boolean;
  /** How the host's embodied carbon is shared ({@link CLOUD_HOST_SHARE_RULE}). */
  readonly shareRule: string;
}

/** Cloud usage as study jobs, with the lines and the notes. */
export interface CloudImport {
  /** The study fragment: `{ "notes": […], "model": { "jobs": […] } }`, to merge into a study with a cloud block. */
  readonly fragment: JobsFragment;
  /** One line per provider, region and instance type. */
  readonly lines: readonly CloudUsageLine[];
  /** What the fragment assumes and leaves out. */
  readonly notes: readonly string[];
}

const ASSUMED_TDP = 'assumed by ailca import cloud-usage: accelerators at their rated power (TDP), an upper bound; replace with a measured average power or fraction';

function atRow(e: unknown, file: string, row: number, column: string): unknown {
  return e instanceof InputError ? new FileError({ file, row, column }, `${e.problem}: got ${String(e.received)}; expected ${e.expected}`, e.fix) : e;
}

/**
 * Turn cloud usage rows into study jobs, one per provider, region and
 * instance type (rows with the same three are summed): `hours` = the
 * instance-hours; the instance's accelerators (`count` = its GPUs, the
 * catalogue entry or the datasheet TDP, `powerFraction` 1 — an assumption
 * written into the job); its vCPUs as one host of average power
 * vcpus × (min + u × (max − min)) W (Cloud Carbon Footprint's compute
 * formula, u = 0.5 unless given); `location` `provider:region` (its grid
 * intensity from the bundled grid-intensity dataset) and the provider's PUE
 * (bundled pue dataset). Embodied carbon ({@link cloudEmbodiedParts}): the
 * host platform without accelerators in `host.embodied`, charged
 * `allocation.share` = `{vcpus, of: hostVcpus}`, and the instance's own
 * accelerators whole, by the time rule over 4 years at utilisation 1
 * (Cloud Carbon Footprint's) unless `lifetimeYears` or `utilization` say
 * otherwise; the rule is in each line (`shareRule`), each allocation's share
 * source and the notes.
 *
 * @param rows - the usage rows ({@link parseCloudUsage})
 * @param options - the file name, the vCPU utilisation, the phase, the allocation's lifetime and utilisation
 * @throws {@link FileError} naming the row and column of an unknown instance type (with close matches) or a region the grid-intensity dataset does not know
 * @throws {@link InputError} for a vCPU utilisation outside [0, 1], an allocation utilisation outside (0, 1], a lifetime ≤ 0 or an unknown phase
 * @example
 * const out = cloudStudyFragment([{ provider: 'gcp', region: 'europe-west4', instanceType: 'a2-highgpu-1g', hours: 100, row: 2 }], { file: 'usage.csv' });
 * out.lines[0].hostShare; // => 0.125
 * out.lines[0].cpuPowerW; // => 12 * (0.64 + 0.5 * (3.97 - 0.64))
 * out.lines[0].hostEmbodiedKgCO2e; // => 3065.5
 */
export function cloudStudyFragment(rows: readonly CloudUsageRow[], options: CloudStudyOptions): CloudImport {
  const u = options.cpuUtilization ?? 0.5;
  if (!(u >= 0 && u <= 1)) throw new InputError({ path: '--cpu-utilization', received: u, expected: 'a fraction in [0, 1]', problem: 'is not a utilisation', fix: u > 1 && u <= 100 ? `did you mean ${u / 100}?` : 'give the average vCPU utilisation, e.g. 0.5' });
  if (options.lifetimeYears !== undefined && !(options.lifetimeYears > 0 && Number.isFinite(options.lifetimeYears))) throw new InputError({ path: '--lifetime', received: options.lifetimeYears, expected: 'years, finite and > 0', problem: 'is not a hardware lifetime', fix: 'give the host lifetime in years, e.g. 4 (Cloud Carbon Footprint) or 6' });
  if (options.utilization !== undefined && !(options.utilization > 0 && options.utilization <= 1)) throw new InputError({ path: '--utilization', received: options.utilization, expected: 'a fraction in (0, 1]', problem: 'is not a utilisation', fix: options.utilization > 1 && options.utilization <= 100 ? `did you mean ${options.utilization / 100}?` : 'give the share of its lifetime the host is busy, e.g. 1 (Cloud Carbon Footprint) or 0.5' });
  const phase = options.phase ?? 'development';
  if (!Object.hasOwn(JOB_PHASES, phase)) throw new InputError({ path: '--phase', received: phase, expected: `one of ${Object.keys(JOB_PHASES).join(', ')}`, problem: 'is not a known phase' });
  const file = options.file;
  const merged = new Map<string, { row: CloudUsageRow; rows: number[]; hours: number }>();
  for (const r of rows) {
    const key = `${r.provider}:${r.region}|${r.instanceType}`;
    const m = merged.get(key) ?? { row: r, rows: [], hours: 0 };
    m.rows.push(r.row);
    m.hours += r.hours;
    merged.set(key, m);
  }
  const lines: CloudUsageLine[] = [];
  const left: string[] = [];
  const jobs: Record<string, unknown>[] = [];
  for (const { row: r, rows: rowNumbers, hours } of merged.values()) {
    let instance: CloudInstance;
    try {
      instance = lookupCloudInstance(r.provider, r.instanceType);
    } catch (e) {
      throw atRow(e, file, r.row, 'instanceType');
    }
    const location = `${r.provider}:${r.region}`;
    try {
      lookupGridIntensity({ location });
    } catch (e) {
      throw atRow(e, file, r.row, 'region');
    }
    const pue = lookupPue(r.provider);
    const i = instance.row;
    const cpuPowerW = instance.vcpuPower === undefined ? undefined : i.vcpus * (instance.vcpuPower.minWatts + u * (instance.vcpuPower.maxWatts - instance.vcpuPower.minWatts));
    if (i.gpus === 0 && cpuPowerW === undefined) {
      throw new FileError({ file, row: r.row, column: 'instanceType' }, `${i.instanceType} has no accelerators and its microarchitecture (${i.cpuMicroarchitecture}) has no vCPU power in the dataset`, 'describe this instance by hand in the study (host power)');
    }
    const parts = cloudEmbodiedParts(instance, cpuPowerW !== undefined, options);
    left.push(...parts.left);
    lines.push({
      location,
      instanceType: i.instanceType,
      rows: rowNumbers,
      hours,
      instance,
      hostShare: instance.hostShare,
      ...(cpuPowerW !== undefined ? { cpuPowerW } : {}),
      gpuHours: hours * i.gpus,
      ...(instance.gpuShare !== undefined ? { gpuShare: instance.gpuShare } : {}),
      ...(instance.hostEmbodied !== undefined ? { hostEmbodiedKgCO2e: instance.hostEmbodied.kgCO2e } : {}),
      hostEmbodiedCharged: parts.hostEmbodied !== undefined,
      shareRule: CLOUD_HOST_SHARE_RULE,
    });
    const ds = `${instance.dataset.name} ${instance.dataset.version}`;
    const gpuNote = i.gpus > 0 ? `; its ${i.gpus} accelerator(s) counted whole${instance.gpuShare !== undefined ? ` (${i.gpus} of the host's ${i.hostGpus}, GPU share ${instance.gpuShare})` : ''}` : '';
    const shareNote = `instance ${i.instanceType} = ${i.vcpus} of the ${i.hostVcpus} vCPUs of its host ${i.hostInstance} (host share ${instance.hostShare})${parts.hostEmbodied !== undefined ? `, charged that share of the host's ${instance.hostEmbodied?.kgCO2e} kgCO2e embodied carbon` : ', host embodied carbon not included'}${gpuNote}`;
    jobs.push({
      id: `${r.provider}-${r.region}-${i.instanceType}`.replace(/[^A-Za-z0-9_.-]+/g, '-'),
      name: `${i.instanceType} in ${location}`,
      phase,
      note: shareNote,
      hours: { value: `${hours} h`, source: `cloud usage ${file}, row(s) ${rowNumbers.join(', ')}: instance-hours` },
      ...(i.gpus > 0
        ? {
            accelerator: {
              ...(i.gpuCatalogue !== undefined ? { catalogue: i.gpuCatalogue } : { name: i.gpuName, tdp: { value: `${i.gpuTdpW} W`, source: `${ds}, ${i.provider} ${i.instanceType}: ${i.note ?? 'datasheet TDP'}` } }),
              count: i.gpus,
              powerFraction: { value: 1, source: ASSUMED_TDP },
              ...parts.accelerator,
            },
          }
        : {}),
      ...(cpuPowerW !== undefined
        ? { host: { count: 1, power: { value: `${cpuPowerW} W`, source: `${i.vcpus} vCPUs × (${instance.vcpuPower?.minWatts} + ${u} × (${instance.vcpuPower?.maxWatts} − ${instance.vcpuPower?.minWatts})) W per vCPU, ${i.cpuMicroarchitecture} (${ds}: ${instance.vcpuPower?.citation})${options.cpuUtilization === undefined ? '; utilisation 0.5 is the default' : ''}` }, ...(parts.hostEmbodied !== undefined ? { embodied: parts.hostEmbodied } : {}) } }
        : {}),
      ...(parts.allocation !== undefined ? { allocation: parts.allocation } : {}),
      location,
      pue: { value: pue.value, source: `${pue.source.citation} (dataset ${pue.dataset.name} ${pue.dataset.version}, key ${pue.key})` },
    });
  }
  const notes = [
    `Imported from the cloud usage file ${file}: ${rows.length} row(s) as ${lines.length} job(s), one per provider, region and instance type.`,
    `Accelerators at their rated power (powerFraction 1, an upper bound); vCPUs at Cloud Carbon Footprint's per-vCPU power at ${u * 100} % utilisation${options.cpuUtilization === undefined ? ' (its default)' : ''}; the power of memory, storage and network is not included.`,
    `Embodied carbon, by the time rule: ${CLOUD_HOST_SHARE_RULE}; allocation.share = {vcpus, of} in each job. Lifetime ${options.lifetimeYears === undefined ? '4 years (default, Cloud Carbon Footprint)' : `${options.lifetimeYears} years`}, utilisation ${options.utilization ?? '1 (default, Cloud Carbon Footprint: no idle capacity spread)'}: review both.`,
    ...left.map((l) => `Not charged: ${l}.`),
  ];
  const noCpu = lines.filter((l) => l.cpuPowerW === undefined).map((l) => `${l.instanceType} (${l.instance.row.cpuMicroarchitecture})`);
  if (noCpu.length > 0) notes.push(`No vCPU power figures for ${noCpu.join(', ')}: their CPUs are not counted; add host.power by hand.`);
  return { fragment: { notes, model: { jobs } }, lines, notes };
}
