import { lookupGridIntensity, lookupPue } from '../datasets/index.js';
import { FileError, InputError } from '../errors/index.js';
import { JOB_PHASES, type JobPhase } from '../system/index.js';
import { lookupCloudInstance, type CloudInstance } from './cloud-instance-lookup.js';
import type { JobsFragment } from './cluster-jobs-fragment.js';
import type { CloudUsageRow } from './cloud-usage-parse.js';

/** How cloud usage becomes study jobs. */
export interface CloudStudyOptions {
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
 * (bundled pue dataset). The instance's share of its host, vcpus ÷
 * hostVcpus, is returned and written into each job's `note`: a study cannot
 * yet carry a fractional host (allocation utilisation is at most 1 and
 * `host.count` is whole), so the host's embodied carbon is not in the
 * fragment.
 *
 * @param rows - the usage rows ({@link parseCloudUsage})
 * @param options - the file name, the vCPU utilisation, the phase
 * @throws {@link FileError} naming the row and column of an unknown instance type (with close matches) or a region the grid-intensity dataset does not know
 * @throws {@link InputError} for a utilisation outside [0, 1] or an unknown phase
 * @example
 * const out = cloudStudyFragment([{ provider: 'gcp', region: 'europe-west4', instanceType: 'a2-highgpu-1g', hours: 100, row: 2 }], { file: 'usage.csv' });
 * out.lines[0].hostShare; // => 0.125
 * out.lines[0].cpuPowerW; // => 12 * (0.64 + 0.5 * (3.97 - 0.64))
 */
export function cloudStudyFragment(rows: readonly CloudUsageRow[], options: CloudStudyOptions): CloudImport {
  const u = options.cpuUtilization ?? 0.5;
  if (!(u >= 0 && u <= 1)) throw new InputError({ path: '--cpu-utilization', received: u, expected: 'a fraction in [0, 1]', problem: 'is not a utilisation', fix: u > 1 && u <= 100 ? `did you mean ${u / 100}?` : 'give the average vCPU utilisation, e.g. 0.5' });
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
    const line: CloudUsageLine = { location, instanceType: i.instanceType, rows: rowNumbers, hours, instance, hostShare: instance.hostShare, ...(cpuPowerW !== undefined ? { cpuPowerW } : {}), gpuHours: hours * i.gpus };
    lines.push(line);
    const ds = `${instance.dataset.name} ${instance.dataset.version}`;
    const shareNote = `instance ${i.instanceType} = ${i.vcpus} of the ${i.hostVcpus} vCPUs of its host ${i.hostInstance} (host share ${instance.hostShare}); the study format has no fractional host share, so the host's embodied carbon is not included${i.gpus > 0 ? '; the accelerators are counted whole (count ' + i.gpus + ')' : ''}`;
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
            },
          }
        : {}),
      ...(cpuPowerW !== undefined
        ? { host: { count: 1, power: { value: `${cpuPowerW} W`, source: `${i.vcpus} vCPUs × (${instance.vcpuPower?.minWatts} + ${u} × (${instance.vcpuPower?.maxWatts} − ${instance.vcpuPower?.minWatts})) W per vCPU, ${i.cpuMicroarchitecture} (${ds}: ${instance.vcpuPower?.citation})${options.cpuUtilization === undefined ? '; utilisation 0.5 is the default' : ''}` } } }
        : {}),
      location,
      pue: { value: pue.value, source: `${pue.source.citation} (dataset ${pue.dataset.name} ${pue.dataset.version}, key ${pue.key})` },
    });
  }
  const notes = [
    `Imported from the cloud usage file ${file}: ${rows.length} row(s) as ${lines.length} job(s), one per provider, region and instance type.`,
    `Accelerators at their rated power (powerFraction 1, an upper bound); vCPUs at Cloud Carbon Footprint's per-vCPU power at ${u * 100} % utilisation${options.cpuUtilization === undefined ? ' (its default)' : ''}; memory, storage, network and embodied carbon are not included.`,
    'Each job\'s note gives the instance\'s share of its host (vCPUs ÷ host vCPUs). A study cannot yet express a fractional host (allocation.utilization ≤ 1, host.count whole), so the hosts\' embodied carbon is left out.',
  ];
  const noCpu = lines.filter((l) => l.cpuPowerW === undefined).map((l) => `${l.instanceType} (${l.instance.row.cpuMicroarchitecture})`);
  if (noCpu.length > 0) notes.push(`No vCPU power figures for ${noCpu.join(', ')}: their CPUs are not counted; add host.power by hand.`);
  return { fragment: { notes, model: { jobs } }, lines, notes };
}
