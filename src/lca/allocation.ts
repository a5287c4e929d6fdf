import { add, constant, div, mul, type Expr } from '../graph/index.js';
import type { AcceleratorUse, Job } from '../system/index.js';
import { jobFlops } from './job-flops.js';
import { ref } from './param-ref.js';
import { HOURS_PER_YEAR, SECONDS_PER_HOUR, WH_PER_KWH } from './units.js';
import { hardwareStages } from './life-cycle-parts.js';

/** Hardware hours in the lifetime the embodied carbon is spread over: L [years] × 8,760 h × utilisation. */
function lifetimeHours(job: Job): Expr {
  const a = job.allocation!;
  return mul(ref(a.lifetime), constant(HOURS_PER_YEAR), ref(a.utilization));
}

/**
 * Share of the hardware's lifetime charged to one run [1], by the job's rule
 * (docs/allocation.md, ADR 0001):
 *
 * - time: run hours ÷ (lifetime × 8,760 h × utilisation);
 * - energy: run IT energy ÷ (rated power × lifetime hours ÷ 1000);
 * - FLOPs: run FLOPs ÷ (accelerators × peak FLOP/s × lifetime hours × 3,600 s/h).
 */
function allocationShare(job: Job, hours: Expr | undefined, itEnergy: Expr, ratedW: Expr | undefined): Expr {
  const a = job.allocation!;
  if (a.rule === 'time') return div(hours as Expr, lifetimeHours(job));
  if (a.rule === 'energy') return div(itEnergy, div(mul(ratedW as Expr, lifetimeHours(job)), constant(WH_PER_KWH)));
  const d = job.duration as Extract<Job['duration'], { kind: 'flops' }>;
  const capacity = mul(constant((job.accelerator as AcceleratorUse).count), ref(d.peakFlops), lifetimeHours(job), constant(SECONDS_PER_HOUR));
  return div(jobFlops(d), capacity);
}

/**
 * The job's share of its host (an instance of 12 of 96 vCPUs: its
 * `allocation.share`) of an impact of the host hardware; the whole impact
 * when the job gives no share. Accelerators are counted whole.
 *
 * @param job - a parsed job
 * @param e - an impact of the host hardware [kgCO2e]
 */
export function ofHost(job: Job, e: Expr): Expr {
  return job.allocation?.share === undefined ? e : mul(e, ref(job.allocation.share));
}

/** The embodied carbon a job's run is charged for shared hardware. */
export interface AllocatedEmbodied {
  /** Share of the hardware's lifetime embodied carbon charged to one run [1]. */
  readonly share: Expr;
  /** Embodied carbon allocated to one run, by part (`server <id>`, the accelerators' name, `host nodes`) [kgCO2e]. */
  readonly parts: readonly { readonly name: string; readonly kgCO2e: Expr }[];
}

/**
 * Allocate the embodied carbon of shared hardware to one run of a job: each
 * part's whole embodied carbon (the job's server group, accelerators × count,
 * host nodes × count) × the run's share of the hardware's lifetime.
 *
 * @param job - a parsed job with an `allocation`
 * @param hours - duration of one run [h], when known
 * @param itEnergy - IT energy of one run [kWh] (for the energy rule)
 * @param serverEmbodied - the whole embodied carbon of the job's server group [kgCO2e], when it refers to one
 * @param serverActiveW - that group's rated (active) power [W], for the energy rule
 * @example
 * // 8 GPUs × 100 kg = 800 kg over 4 years × 8,760 h × 50 % = 17,520 h; a 10 h run is charged 800 × 10 ÷ 17,520 kg
 * const model = compileStudy(defineStudy({ name: 'time rule', functionalUnit: 'training-run', cloud: { gridIntensity: 0, pue: 1 },
 *   model: { jobs: [{ id: 'j', accelerator: { count: 8, name: 'gpu', power: '300 W', tdp: '400 W', embodied: '100 kg' },
 *     allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5 }, hours: '10 h' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:j:share'); // => 10 / 17520
 * at('job:j:embodied'); // => 800 * 10 / 17520
 */
export function allocatedEmbodied(job: Job, hours: Expr | undefined, itEnergy: Expr, serverEmbodied?: Expr, serverActiveW?: Expr): AllocatedEmbodied {
  const a = job.accelerator;
  const rated: Expr[] = [];
  if (a?.tdp !== undefined) rated.push(mul(constant(a.count), ref(a.tdp)));
  if (job.host?.power !== undefined) rated.push(mul(constant(job.host.count), ref(job.host.power)));
  else if (job.host?.linearPower !== undefined) rated.push(mul(constant(job.host.count), ref(job.host.linearPower.max)));
  if (serverActiveW !== undefined) rated.push(serverActiveW);
  const share = allocationShare(job, hours, itEnergy, rated.length > 0 ? add(...rated) : undefined);
  const hw: { name: string; kgCO2e: Expr }[] = [];
  if (serverEmbodied !== undefined) hw.push({ name: `server ${job.server}`, kgCO2e: ofHost(job, serverEmbodied) });
  // the accelerators' transport and end of life, where given, are allocated with their manufacturing
  const aStages = a === undefined ? undefined : hardwareStages(a.count, a.transport, a.endOfLife);
  const aMade = a?.embodied === undefined ? [] : [mul(constant(a.count), ref(a.embodied))];
  if (a !== undefined && (aMade.length > 0 || aStages !== undefined)) hw.push({ name: a.name, kgCO2e: add(...aMade, ...(aStages ? [aStages.transport, aStages.endOfLife] : [])) });
  if (job.host?.embodied !== undefined) hw.push({ name: 'host nodes', kgCO2e: ofHost(job, mul(constant(job.host.count), ref(job.host.embodied))) });
  return { share, parts: hw.map((h) => ({ name: h.name, kgCO2e: mul(h.kgCO2e, share) })) };
}
