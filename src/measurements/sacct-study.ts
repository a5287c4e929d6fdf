import { lookupCatalogue } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import { JOB_PHASES, type JobPhase } from '../system/index.js';
import { gpuModelOfHosts, type GpuMapRule } from './sacct-gpu-map.js';
import type { JobsFragment } from './cluster-jobs-fragment.js';
import type { SacctExcluded, SacctExport, SacctJob } from './sacct-parse.js';
import { summariseSacct, type SacctGroup, type SacctGroupBy } from './sacct-summary.js';

/** How a sacct export becomes study jobs. */
export interface SacctStudyOptions {
  /** Group jobs by `user` or `account`. */
  readonly by: SacctGroupBy;
  /** Hardware-catalogue id of every GPU (CLI `--gpu`); or give {@link SacctStudyOptions.gpuMap}. */
  readonly gpu?: string;
  /** Node-name patterns → catalogue ids (CLI `--gpu-map`, repeatable), used when `gpu` is not given. */
  readonly gpuMap?: readonly GpuMapRule[];
  /** Hardware-catalogue id of the nodes' CPU (CLI `--cpu`): turns CPU-hours into host energy at TDP ÷ cores per Slurm CPU. */
  readonly cpu?: string;
  /** Phase of the emitted jobs (default `development`). */
  readonly phase?: JobPhase;
}

/** GPU-hours of one group on one accelerator model. */
export interface SacctGpuUse {
  /** The user or account. */
  readonly key: string;
  /** Hardware-catalogue id of the accelerator. */
  readonly catalogue: string;
  /** Jobs that used it. */
  readonly jobs: number;
  /** Σ Elapsed × GPUs [h]. */
  readonly gpuHours: number;
}

/** A sacct export as study jobs, with the totals and what was left out. */
export interface SacctImport {
  /** The study fragment: `{ "notes": […], "model": { "jobs": […] } }`, to merge into a study with a cloud block. */
  readonly fragment: JobsFragment;
  /** GPU-hours and CPU-hours per group. */
  readonly groups: readonly SacctGroup[];
  /** GPU-hours per group and accelerator model. */
  readonly gpuUse: readonly SacctGpuUse[];
  /** Lines not counted, and why. */
  readonly excluded: readonly SacctExcluded[];
  /** Step lines skipped (covered by their allocation). */
  readonly stepsSkipped: number;
  /** What the fragment assumes and leaves out, in words (also in `fragment.notes`). */
  readonly notes: readonly string[];
}

function checkCatalogue(id: string, path: string, kinds: readonly string[]): ReturnType<typeof lookupCatalogue> {
  let entry;
  try {
    entry = lookupCatalogue(id);
  } catch (e) {
    throw e instanceof InputError ? e.at(path) : e;
  }
  const kind = entry.fields.kind !== undefined && 'text' in entry.fields.kind ? entry.fields.kind.text : undefined;
  if (kind === undefined || !kinds.includes(kind)) throw new InputError({ path, received: id, expected: `a hardware-catalogue entry of kind ${kinds.join(' or ')}`, problem: `is a ${kind ?? 'entry of no kind'}` });
  return entry;
}

function numberField(entry: ReturnType<typeof lookupCatalogue>, field: string, path: string): number {
  const f = entry.fields[field];
  if (f === undefined || !('value' in f)) throw new InputError({ path, received: entry.id, expected: `a catalogue entry with ${field}`, problem: `has no ${field}`, fix: 'choose another entry, or leave the flag out and add the jobs by hand' });
  return f.value;
}

const hoursText = (h: number): string => `${h} h`;
const slug = (s: string): string => s.replace(/[^A-Za-z0-9_.-]+/g, '-');

/**
 * Turn a parsed sacct export into study jobs, one per group (user or account)
 * and accelerator model: `acceleratorHours` = Σ Elapsed × GPUs on a catalogue
 * accelerator with `count` 1 (energy = accelerator-hours × average power, so
 * the count does not matter) and `powerFraction` 1 — the rated power, an
 * assumption written into the job with its reason, to replace with a measured
 * average. With a `cpu`, one more job per group carries the CPU-hours as
 * host use: one host of power TDP ÷ cores (one Slurm CPU) for Σ Elapsed ×
 * CPUs hours. Without it the CPU-hours are reported, not converted (no power
 * per CPU is assumed). Memory, network, storage and idle nodes are not in
 * sacct's totals and are not included; no embodied carbon is allocated
 * (add an `allocation` block to charge the accelerators' share).
 *
 * @param exp - the parsed export ({@link parseSacct})
 * @param options - grouping, the accelerator (`gpu` or `gpuMap`), the CPU, the phase
 * @throws {@link InputError} for an unknown catalogue id (with close matches), a GPU job whose accelerator is not given, or an unknown phase
 * @example
 * const text = 'JobID|User|Account|Elapsed|AllocTRES|NodeList|State\n7|ann|phys|1-02:30:00|cpu=32,gres/gpu=4,node=1|gpu01|COMPLETED\n';
 * const out = sacctStudyFragment(parseSacct(text, 'sacct.txt'), { by: 'user', gpu: 'nvidia-a100-sxm4-80gb' });
 * out.gpuUse[0].gpuHours; // => 106
 * out.fragment.model.jobs[0].acceleratorHours; // => { value: '106 h', source: 'sacct export sacct.txt: Σ Elapsed × GPUs over 1 job(s) of user ann' }
 */
export function sacctStudyFragment(exp: SacctExport, options: SacctStudyOptions): SacctImport {
  const phase = options.phase ?? 'development';
  if (!Object.hasOwn(JOB_PHASES, phase)) throw new InputError({ path: '--phase', received: phase, expected: `one of ${Object.keys(JOB_PHASES).join(', ')}`, problem: 'is not a known phase' });
  if (options.gpu !== undefined) checkCatalogue(options.gpu, '--gpu', ['gpu', 'accelerator']);
  for (const r of options.gpuMap ?? []) checkCatalogue(r.catalogue, `--gpu-map ${r.pattern}`, ['gpu', 'accelerator']);
  const keyOf = (j: SacctJob): string => (options.by === 'user' ? j.user : j.account);
  const use = new Map<string, { key: string; catalogue: string; jobs: number; gpuHours: number }>();
  for (const j of exp.jobs) {
    if (j.tres.gpus === 0) continue;
    const where = `${exp.file}, row ${j.row} (job ${j.jobId})`;
    let catalogue = options.gpu;
    if (catalogue === undefined) {
      if ((options.gpuMap ?? []).length === 0) throw new InputError({ path: '--gpu', received: undefined, expected: 'the accelerator of the GPU jobs: --gpu CATALOGUE_ID, or --gpu-map NODE_GLOB=CATALOGUE_ID per node group', problem: `is missing, and ${where} used ${j.tres.gpus} GPU(s)`, fix: 'e.g. --gpu nvidia-a100-sxm4-80gb (list ids with ailca datasets show hardware-catalogue)' });
      catalogue = gpuModelOfHosts(j.hosts, options.gpuMap ?? [], where);
    }
    const id = `${keyOf(j)}|${catalogue}`;
    const u = use.get(id) ?? { key: keyOf(j), catalogue, jobs: 0, gpuHours: 0 };
    u.jobs += 1;
    u.gpuHours += j.gpuHours;
    use.set(id, u);
  }
  const gpuUse = [...use.values()].sort((a, b) => (a.key === b.key ? (a.catalogue < b.catalogue ? -1 : 1) : a.key < b.key ? -1 : 1));
  const groups = summariseSacct(exp.jobs, options.by);
  const jobs: Record<string, unknown>[] = gpuUse.map((u) => ({
    id: slug(`gpu-${u.key}-${u.catalogue}`),
    name: `${options.by} ${u.key}: GPU jobs on ${u.catalogue}`,
    phase,
    accelerator: {
      catalogue: u.catalogue,
      count: 1,
      powerFraction: { value: 1, source: 'assumed by ailca import sacct: accelerators at their rated power (TDP), an upper bound; replace with the measured average power (power) or a measured fraction' },
    },
    acceleratorHours: { value: hoursText(u.gpuHours), source: `sacct export ${exp.file}: Σ Elapsed × GPUs over ${u.jobs} job(s) of ${options.by} ${u.key}` },
  }));
  const notes = [
    `Imported from the sacct export ${exp.file}: ${exp.jobs.length} job(s) counted (allocation lines in a finished state, failed, cancelled and timed-out jobs included: they held their resources), ${exp.stepsSkipped} step line(s) skipped (covered by their allocation), ${exp.excluded.length} line(s) excluded (no final Elapsed, or a step without its allocation).`,
    'Accelerator energy = GPU-hours × rated power (powerFraction 1, an upper bound); memory, network, storage, idle nodes and embodied carbon are not in the fragment (add host power and an allocation block to include them).',
  ];
  if (options.cpu !== undefined) {
    const entry = checkCatalogue(options.cpu, '--cpu', ['cpu']);
    const tdp = numberField(entry, 'tdpW', '--cpu');
    const cores = numberField(entry, 'cores', '--cpu');
    for (const g of groups) {
      if (g.cpuHours === 0) continue;
      jobs.push({
        id: slug(`cpu-${g.key}`),
        name: `${options.by} ${g.key}: CPU-hours of all jobs`,
        phase,
        host: { count: 1, power: { value: `${tdp / cores} W`, source: `one Slurm CPU of ${entry.id}: TDP ${tdp} W ÷ ${cores} cores (hardware catalogue), the CPU at its rated power, an upper bound; assumes one Slurm CPU per core` } },
        hours: { value: hoursText(g.cpuHours), source: `sacct export ${exp.file}: Σ Elapsed × CPUs over ${g.jobs} job(s) of ${options.by} ${g.key}` },
      });
    }
    notes.push(`CPU-hours are host use at ${tdp / cores} W per Slurm CPU (${entry.id}: ${tdp} W ÷ ${cores} cores).`);
  } else {
    const cpuHours = groups.reduce((a, g) => a + g.cpuHours, 0);
    if (cpuHours > 0) notes.push(`CPU-hours (${cpuHours} h in all) are reported, not converted to jobs: give --cpu CATALOGUE_ID to count them at TDP ÷ cores per CPU.`);
  }
  return { fragment: { notes, model: { jobs } }, groups, gpuUse, excluded: exp.excluded, stepsSkipped: exp.stepsSkipped, notes };
}
