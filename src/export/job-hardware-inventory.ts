import { InputError } from '../errors/index.js';
import type { Job, Study } from '../system/index.js';
import { componentFlow, type HardwareItem } from './hardware-inventory.js';

/** One job's claim on a `use: "jobs"` server group per year of operation. */
interface JobClaim {
  readonly job: Job;
  /** Share of the group's hardware one run is charged (the allocation rule's share × the host share). */
  readonly perRun: number;
  /** Runs per year of operation: runs × runsPerYear (recurring), or runs ÷ the service life (one-off). */
  readonly runsPerYear: number;
}

function claims(study: Study, serverId: string, values: ReadonlyMap<string, number>): JobClaim[] {
  const life = study.serviceLife?.value;
  if (life === undefined) return [];
  const jobs = [...(study.model?.jobs ?? []), ...(study.data?.preprocessing ?? [])];
  return jobs.filter((j) => j.server === serverId && j.allocation !== undefined).map((job) => {
    const share = values.get(`job:${job.id}:share`);
    if (share === undefined) throw new InputError({ path: `job ${job.id}`, received: job.allocation, expected: `an allocation whose share ailca computes (output job:${job.id}:share)`, problem: 'has no share to export' });
    const host = job.allocation?.share?.value ?? 1;
    const runsPerYear = job.runsPerYear !== undefined ? job.runs.value * job.runsPerYear.value : job.runs.value / life;
    return { job, perRun: share * host, runsPerYear };
  });
}

/**
 * The hardware of the study's `use: "jobs"` server groups as product flows
 * per year of operation, in the amounts the jobs are allocated: each
 * component's quantity × parts × servers × Σ over the jobs on the group of
 * (the share of the hardware one run is charged × the job's host share ×
 * its runs per year). The share comes from the job's allocation rule
 * (`time`: run hours ÷ (lifetime × 8,760 h × utilisation); `energy`,
 * `flops`: see docs/allocation.md), read from the compiled study
 * (`job:<id>:share`), so the amounts carry the same embodied carbon per
 * year as ailca allocates: Σ component embodied × the summed share. The
 * rule and figures of each job are in `allocation`.
 *
 * @param study - a parsed study
 * @param values - the compiled study's outputs at the base case, by key
 * @returns one item per component of each jobs-only server group that a job uses
 * @example
 * const s = defineStudy({ name: 'shared', functionalUnit: 'training-run', cloud: { gridIntensity: 0, pue: 1 },
 *   servers: [{ id: 'node', name: 'node', use: 'jobs', lifetime: '4 years',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '50 cm2', factor: '2 kgCO2e/cm2' }] }],
 *   model: { serviceLife: '1 year', jobs: [{ id: 'j', server: 'node', energy: '1 kWh', hours: '876 h', allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5 } }] } });
 * // share of one run: 876 h ÷ (4 × 8,760 h × 0.5) = 0.05 of the node; one run per year: 50 cm² × 0.05
 * jobHardwareInventory(s, studyInventory(s, 'error', 'openLCA').values)[0].amountPerYear; // => 2.5
 */
export function jobHardwareInventory(study: Study, values: ReadonlyMap<string, number>): HardwareItem[] {
  return study.servers.flatMap((server, s) => {
    if (server.use !== 'jobs') return [];
    const cs = claims(study, server.id, values);
    if (cs.length === 0) return [];
    const perYear = cs.reduce((a, c) => a + c.perRun * c.runsPerYear, 0);
    const allocation = `allocated through jobs: ${cs.map((c) => `${c.job.id} (rule ${c.job.allocation?.rule ?? 'time'}: ${c.perRun} of the group's hardware per run × ${c.runsPerYear} runs per year)`).join('; ')}; ${perYear} of the group per year`;
    return server.components.map((c, i) => {
      const q = componentFlow(c);
      const scale = c.count * server.count * perYear;
      const amount = scale * (q.param?.value ?? 1);
      return { flow: q.flow, unit: q.unit, quantity: q.quantity, server: server.name, serverId: server.id, index: i, component: c.name, path: `servers[${s}].components[${i}]`, scale, factors: q.param ? [{ param: q.param, exponent: 1 as const }] : [], amountPerYear: amount, allocation };
    });
  });
}
