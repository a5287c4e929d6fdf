import { add, constant, div, mul, sub, type Expr, type GraphOutput } from '../graph/index.js';
import type { AcceleratorPower, AcceleratorUse, Job, LinearPower } from '../system/index.js';
import { allocatedEmbodied } from './allocation.js';
import { jobFlops } from './job-flops.js';
import { ref } from './param-ref.js';
import { SECONDS_PER_HOUR, WH_PER_KWH } from './units.js';

/** A job compiled to per-run expressions. */
export interface CompiledJob {
  /** Duration of one run [h], when known. */
  readonly hours?: Expr;
  /** IT energy of one run by part (`accelerators`, `host nodes`, `measured`) [kWh], levers applied. */
  readonly energyParts: readonly { readonly name: string; readonly kWh: Expr }[];
  /** IT energy of one run [kWh], measured idle and infrastructure energy included. */
  readonly itEnergy: Expr;
  /** The part of the IT energy the PUE multiplies [kWh]: all of it, less a measured idle energy that includes the facility overhead already. */
  readonly pueEnergy: Expr;
  /** Carbon intensity the job's electricity is charged at [kgCO2e/kWh], carbon lever applied. */
  readonly intensity: Expr;
  /** Embodied carbon allocated to one run, by part (`server <id>`, `accelerators`, `host nodes`) [kgCO2e]. */
  readonly embodiedParts: readonly { readonly name: string; readonly kgCO2e: Expr }[];
  /** Share of the hardware's lifetime embodied carbon charged to one run. */
  readonly share?: Expr;
  readonly outputs: GraphOutput[];
}

const kilo = (e: Expr): Expr => div(e, constant(WH_PER_KWH)); // W·h → kWh

/**
 * Power between idle and maximum by utilisation [W]: idle + u × (max − idle)
 * (Cloud Carbon Footprint's linear model; the straight line through the ends
 * of a SPECpower curve).
 *
 * @param m - the linear power model
 * @example
 * // one A100 between 46 W idle and 407 W at full load, 50 % busy: 46 + 0.5 × 361 = 226.5 W, for 10 h
 * const model = compileStudy(defineStudy({ name: 'linear', functionalUnit: 'training-run', cloud: { gridIntensity: 0, pue: 1 },
 *   model: { jobs: [{ id: 't', accelerator: { name: 'A100', count: 1, power: { idle: '46 W', max: '407 W', utilization: 0.5 } }, hours: '10 h' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:t:itEnergy'); // => 2.265
 */
export function linearPower(m: LinearPower): Expr {
  return add(ref(m.idle), mul(ref(m.utilization), sub(ref(m.max), ref(m.idle))));
}

/**
 * Average power of one accelerator [W]: given, a fraction of TDP, a profile
 * of power steps weighted by their share of time, or TDP × achieved
 * efficiency (LLMCarbon).
 *
 * @param p - the accelerator's power as the study gives it
 * @param efficiency - achieved efficiency, for the LLMCarbon route
 * @example
 * // 8 GPUs × 300 W × 10 h = 24 kWh
 * const model = compileStudy(defineStudy({ name: 'train', functionalUnit: 'training-run', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 *   model: { jobs: [{ id: 't', accelerator: { name: 'gpu', count: 8, power: '300 W' }, hours: '10 h' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:t:itEnergy'); // => 24
 */
export function acceleratorPower(p: AcceleratorPower, efficiency?: Expr): Expr {
  if (p.kind === 'power') return ref(p.power);
  if (p.kind === 'fraction') return mul(ref(p.fraction), ref(p.tdp));
  if (p.kind === 'profile') return add(...p.steps.map((s) => mul(constant(s.share), ref(s.power))));
  if (p.kind === 'linear') return linearPower(p.model);
  return mul(ref(p.tdp), efficiency as Expr); // LLMCarbon: power = TDP × achieved efficiency
}

function runHours(job: Job): Expr | undefined {
  const d = job.duration;
  if (d === undefined) return undefined;
  if (d.kind === 'hours') return ref(d.hours);
  const n = constant((job.accelerator as AcceleratorUse).count);
  if (d.kind === 'acceleratorHours') return div(ref(d.acceleratorHours), n);
  // LLMCarbon (Faiz et al. 2024): time = FLOPs ÷ (devices × peak FLOP/s × efficiency)
  return div(jobFlops(d), mul(n, ref(d.peakFlops), ref(d.efficiency), constant(SECONDS_PER_HOUR)));
}

function powerOf(job: Job): AcceleratorPower | undefined {
  const a = job.accelerator;
  if (a === undefined) return undefined;
  return a.power ?? (a.tdp !== undefined ? { kind: 'efficiency', tdp: a.tdp } : undefined);
}

/**
 * Compile one job to per-run expressions: duration, IT energy by part,
 * intensity, and the embodied carbon allocated to it (see docs/allocation.md).
 *
 * @param job - a parsed job
 * @param serverEmbodied - the whole embodied carbon of the job's server group, when it refers to one
 * @param serverActiveW - that group's rated (active) power, for the energy rule
 * @example
 * // 8 GPUs × 300 W × 10 h = 24 kWh × 0.5 kg/kWh
 * const model = compileStudy(defineStudy({ name: 'train', functionalUnit: 'training-run', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 *   model: { jobs: [{ id: 't', accelerator: { name: 'gpu', count: 8, power: '300 W' }, hours: '10 h' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:t:hours'); // => 10
 * at('job:t:operational'); // => 12
 */
export function compileJob(job: Job, serverEmbodied?: Expr, serverActiveW?: Expr): CompiledJob {
  const hours = runHours(job);
  const scale = ref(job.energyScale);
  const a = job.accelerator;
  const d = job.duration;
  const efficiency = d?.kind === 'flops' ? ref(d.efficiency) : undefined;
  const energyParts: { name: string; kWh: Expr }[] = [];
  const dynamic = job.idle === undefined ? '' : ' (dynamic)';
  if (job.energy !== undefined) energyParts.push({ name: `measured${dynamic} energy`, kWh: mul(ref(job.energy), scale) });
  else {
    const p = powerOf(job);
    if (a !== undefined && p !== undefined) energyParts.push({ name: `${a.name}${dynamic}`, kWh: mul(kilo(mul(constant(a.count), acceleratorPower(p, efficiency), hours as Expr)), scale) });
    const host = job.host?.power !== undefined ? ref(job.host.power) : job.host?.linearPower !== undefined ? linearPower(job.host.linearPower) : undefined;
    if (host !== undefined) energyParts.push({ name: 'host nodes', kWh: mul(kilo(mul(constant((job.host as { count: number }).count), host, hours as Expr)), scale) });
  }
  const dynamicEnergy = add(...energyParts.map((e) => e.kWh));
  // BLOOM-style accounting (Luccioni et al. 2023): measured idle and infrastructure energy beside the dynamic energy; the energy levers scale it too
  const idle = job.idle === undefined ? undefined : mul(ref(job.idle.energy), scale);
  if (idle !== undefined) energyParts.push({ name: 'idle and infrastructure (measured)', kWh: idle });
  const itEnergy = idle === undefined ? dynamicEnergy : add(dynamicEnergy, idle);
  const intensity = mul(ref(job.site.gridIntensity), ref(job.carbonScale));
  const embodiedParts: { name: string; kgCO2e: Expr }[] = [];
  let share: Expr | undefined;
  if (job.allocation !== undefined) {
    const allocated = allocatedEmbodied(job, hours, dynamicEnergy, serverEmbodied, serverActiveW); // the energy rule compares the dynamic energy with the rated power
    share = allocated.share;
    embodiedParts.push(...allocated.parts);
  }
  return { ...(hours ? { hours } : {}), energyParts, itEnergy, pueEnergy: job.idle?.includesOverhead === true ? dynamicEnergy : itEnergy, intensity, embodiedParts, ...(share ? { share } : {}), outputs: [] };
}
