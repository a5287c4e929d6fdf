import { InputError } from '../errors/index.js';
import { cloudStudyFragment } from '../measurements/cloud-study.js';
import { parseCloudUsage } from '../measurements/cloud-usage-parse.js';
import { parseGpuMapRule } from '../measurements/sacct-gpu-map.js';
import { parseSacct } from '../measurements/sacct-parse.js';
import { sacctStudyFragment } from '../measurements/sacct-study.js';
import type { JobPhase } from '../system/index.js';
import type { ParsedArgs } from './args.js';
import { choice } from './args.js';
import { renderTable } from './render-table.js';

/** What an importer returns to `ailca import`: the study (fragment) to write and a summary table to print. */
export interface ImportOutcome {
  /** The study or study fragment, written as JSON. */
  readonly study: unknown;
  /** The summary, as text. */
  readonly summary: string;
}

/** One kind of file `ailca import` reads. */
export interface ImportKind {
  /** Usage line (first line) and flag help. */
  readonly usage: string;
  /** Valued flags of this kind, beside the common ones. */
  readonly flags: readonly string[];
  /** Of those, the ones that may be repeated. */
  readonly repeatable: readonly string[];
  /** Read the file's text and build the study and summary. */
  readonly run: (text: string, file: string, args: ParsedArgs) => ImportOutcome;
}

const num = (x: number): string => String(Math.round(x * 100) / 100);

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  if (v === true) throw new InputError({ path: `--${name}`, received: v, expected: 'a value', problem: 'has no value' });
  return v;
}

function phaseFlag(args: ParsedArgs): JobPhase | undefined {
  return stringFlag(args, 'phase') as JobPhase | undefined;
}

/** `ailca import sacct FILE`: a `sacct --parsable2` export. */
export const SACCT_KIND: ImportKind = {
  usage: `ailca import sacct SACCT.txt [--by user|account] [--gpu CATALOGUE_ID | --gpu-map NODE_GLOB=CATALOGUE_ID ...] [--cpu CATALOGUE_ID] [--phase PHASE]
    Slurm accounting (sacct --parsable2 --format=JobID,User,Account,Elapsed,AllocTRES,NodeList,State):
    GPU-hours and CPU-hours per user or account (default account); allocation lines
    counted, steps skipped, RUNNING/PENDING excluded and listed; one job per group and
    accelerator (--gpu for all GPUs, or --gpu-map per node-name glob), and with --cpu one
    host job per group at TDP ÷ cores per Slurm CPU.`,
  flags: ['by', 'gpu', 'gpu-map', 'cpu', 'phase'],
  repeatable: ['gpu-map'],
  run: (text, file, args) => {
    const by = choice(args.flags, 'by', ['account', 'user'] as const, 'account');
    const gpu = stringFlag(args, 'gpu');
    const gpuMap = (args.lists['gpu-map'] ?? []).map((r) => parseGpuMapRule(r, '--gpu-map'));
    if (gpu !== undefined && gpuMap.length > 0) throw new InputError({ path: '--gpu', received: gpu, expected: 'either --gpu or --gpu-map', problem: 'is given with --gpu-map', fix: 'keep one of them' });
    const cpu = stringFlag(args, 'cpu');
    const phase = phaseFlag(args);
    const exp = parseSacct(text, file);
    const out = sacctStudyFragment(exp, { by, ...(gpu !== undefined ? { gpu } : {}), gpuMap, ...(cpu !== undefined ? { cpu } : {}), ...(phase !== undefined ? { phase } : {}) });
    const total = out.groups.reduce((a, g) => ({ jobs: a.jobs + g.jobs, nc: a.nc + g.notCompleted, gpu: a.gpu + g.gpuHours, cpu: a.cpu + g.cpuHours }), { jobs: 0, nc: 0, gpu: 0, cpu: 0 });
    const lines = [
      `sacct export ${file}: ${exp.jobs.length} job(s) counted, ${exp.stepsSkipped} step line(s) skipped (covered by their allocation), ${exp.excluded.length} excluded`,
      '',
      renderTable([[by, 'jobs', 'not completed', 'GPU-hours', 'CPU-hours'], ...out.groups.map((g) => [g.key, String(g.jobs), String(g.notCompleted), num(g.gpuHours), num(g.cpuHours)]), ['total', String(total.jobs), String(total.nc), num(total.gpu), num(total.cpu)]], [1, 2, 3, 4]),
    ];
    if (out.gpuUse.length > 0) lines.push('', renderTable([[by, 'accelerator', 'jobs', 'GPU-hours'], ...out.gpuUse.map((u) => [u.key, u.catalogue, String(u.jobs), num(u.gpuHours)])], [2, 3]));
    if (out.excluded.length > 0) lines.push('', 'Excluded:', ...out.excluded.map((e) => `  row ${e.row}, job ${e.jobId}: ${e.reason}`));
    lines.push('', ...out.notes);
    return { study: out.fragment, summary: `${lines.join('\n')}\n` };
  },
};

/** `ailca import cloud-usage FILE`: instance-hours by provider, region and instance type. */
export const CLOUD_USAGE_KIND: ImportKind = {
  usage: `ailca import cloud-usage USAGE.csv [--cpu-utilization U] [--phase PHASE] [--lifetime YEARS] [--utilization U]
    Cloud instance usage (CSV: provider,region,instanceType,hours[,note]): one job per
    provider, region and instance type from the bundled cloud-instances catalogue
    (accelerators, vCPU power after Cloud Carbon Footprint at U = 0.5 unless given), at
    location provider:region with the provider's PUE; embodied carbon of the host
    platform × vCPUs ÷ host vCPUs (allocation.share) and of the instance's own GPUs,
    over --lifetime (default 4 years) at --utilization (default 1), Cloud Carbon
    Footprint's defaults.`,
  flags: ['cpu-utilization', 'phase', 'lifetime', 'utilization'],
  repeatable: [],
  run: (text, file, args) => {
    const uText = stringFlag(args, 'cpu-utilization');
    const u = uText === undefined ? undefined : Number(uText);
    if (u !== undefined && (uText?.trim() === '' || !Number.isFinite(u))) throw new InputError({ path: '--cpu-utilization', received: uText, expected: 'a fraction in [0, 1], e.g. 0.5', problem: 'is not a number' });
    const phase = phaseFlag(args);
    const numberFlag = (name: string, expected: string): number | undefined => {
      const t = stringFlag(args, name);
      const v = t === undefined ? undefined : Number(t);
      if (v !== undefined && (t?.trim() === '' || !Number.isFinite(v))) throw new InputError({ path: `--${name}`, received: t, expected, problem: 'is not a number' });
      return v;
    };
    const lifetimeYears = numberFlag('lifetime', 'years, e.g. 4');
    const utilization = numberFlag('utilization', 'a fraction in (0, 1], e.g. 1');
    const out = cloudStudyFragment(parseCloudUsage(text, file), { file, ...(u !== undefined ? { cpuUtilization: u } : {}), ...(phase !== undefined ? { phase } : {}), ...(lifetimeYears !== undefined ? { lifetimeYears } : {}), ...(utilization !== undefined ? { utilization } : {}) });
    const table = renderTable(
      [
        ['location', 'instance', 'hours', 'vCPUs', 'host vCPUs', 'host share', 'GPUs', 'GPU-hours', 'vCPU power W', 'host kgCO2e'],
        ...out.lines.map((l) => [l.location, l.instanceType, num(l.hours), String(l.instance.row.vcpus), String(l.instance.row.hostVcpus), String(Math.round(l.hostShare * 10000) / 10000), String(l.instance.row.gpus), num(l.gpuHours), l.cpuPowerW === undefined ? 'n/a' : num(l.cpuPowerW), l.hostEmbodiedKgCO2e === undefined ? 'n/a' : `${num(l.hostEmbodiedKgCO2e)}${l.hostEmbodiedCharged ? '' : ' (not charged)'}`]),
      ],
      [2, 3, 4, 5, 6, 7, 8, 9],
    );
    return { study: out.fragment, summary: `cloud usage ${file}: ${out.lines.length} instance line(s)\n\n${table}\n\n${out.notes.join('\n')}\n` };
  },
};
