import { add, constant, div, mul, sub, type Expr, type GraphOutput } from '../graph/index.js';
import type { Server, Study } from '../system/index.js';
import { componentEmbodied } from './component-embodied.js';
import { perYearOf } from './lifetime.js';
import type { Element } from './output-keys.js';
import { overheadOf } from './overhead.js';
import { onSiteFactor, ref } from './param-ref.js';
import { WH_PER_KWH } from './units.js';
import type { ServerHardware } from './work.js';
import { hardwareStages, lifeCycleParts, type LifeCycleStages } from './life-cycle-parts.js';

/** A standing server group compiled: its outputs and the sums the study totals are made of. */
export interface ServerParts {
  /** Component, energy, overhead and per-year outputs of the group. */
  readonly outputs: GraphOutput[];
  /** Embodied carbon of the group over its life [kgCO2e]. */
  readonly embodied: Expr;
  /** Embodied carbon per year of its lifetime [kgCO2e/year]. */
  readonly perYear: Expr;
  /** Per year of its lifetime, by life-cycle stage [kgCO2e/year]: manufacturing (refurbishment included), transport, end of life; they sum to `perYear`. */
  readonly stages: LifeCycleStages;
  /** Benefits beyond the system boundary (EN 15804 module D) [kgCO2e], ≤ 0; in no total. */
  readonly moduleD: Expr;
  /** IT energy per year [kWh/year]. */
  readonly itEnergy: Expr;
  /** Operational carbon of the IT energy per year [kgCO2e/year]. */
  readonly itCarbon: Expr;
  /** Facility overhead energy per year [kWh/year]. */
  readonly overheadEnergy: Expr;
  /** Operational carbon of the overhead per year [kgCO2e/year] (cloud element). */
  readonly overheadCarbon: Expr;
}

/**
 * The whole embodied carbon [kgCO2e] and rated active power [W] of a server
 * group that jobs run on (`use: 'jobs'`): the jobs are charged a share of it
 * (see allocation.ts). Where the group declares transport or end of life,
 * its embodied impact is manufacturing + transport + end of life, and the
 * two stages (and the module D credits) are kept apart too, so that each
 * job's share of them is reported by stage.
 *
 * @param s - a parsed server group
 * @example
 * // a jobs-only server of 100 kg, a 10 h job on it: 100 kg × 10 h ÷ (4 years × 8,760 h × 50 %)
 * const model = compileStudy(defineStudy({ name: 'shared', functionalUnit: 'training-run', cloud: { gridIntensity: 0, pue: 1 },
 *   servers: [{ id: 'node', name: 'node', use: 'jobs', lifetime: '4 years',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '50 cm2', factor: '2 kgCO2e/cm2' }] }],
 *   model: { jobs: [{ id: 'j', server: 'node', energy: '1 kWh', hours: '10 h', allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5 } }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:j:embodied'); // => (100 * 10) / 17520
 */
export function serverHardware(s: Server): ServerHardware {
  const made = add(...s.components.map((c) => componentEmbodied(c, s.count)));
  // transport and end of life of the whole group, over its life; the jobs are charged their share of each
  const stages = hardwareStages(s.count, s.transport, s.endOfLife);
  const embodied = stages === undefined ? made : add(made, stages.transport, stages.endOfLife);
  const life = stages === undefined ? {} : { stages };
  if (s.power === undefined) return { embodied, ...life };
  return { embodied, ...life, activeW: mul(constant(s.count), add(...s.power.active.map((d) => mul(constant(d.count), ref(d.power))))) };
}

/**
 * Compile a standing server group: each component's embodied carbon, that
 * total ÷ the group's lifetime per year, and its energy per year —
 * servers × hours per year × (u × Σ active power + (1 − u) × idle power) ÷
 * 1000 [kWh/year] (the linear power model of Clemm et al. 2024, IV.C) —, the
 * data-centre overhead of that energy, and both × the grid's intensity.
 *
 * @param s - a standing server group
 * @param study - the study (workload, cloud defaults)
 * @example
 * // 2 servers × 8,760 h × (0.5 × 300 W + 0.5 × 100 W) ÷ 1000 = 3,504 kWh/year
 * const model = compileStudy(defineStudy({ name: 'two servers', servers: [{ name: 'box', count: 2, lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '300 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.annualItEnergy); // => 3504
 */
export function compileServer(s: Server, study: Study): ServerParts {
  const outputs: GraphOutput[] = [];
  const tag = (element: Element, phase: string, component: string) => ({ element, phase, server: s.id, component });
  const life = lifeCycleParts(s);
  s.components.forEach((c, j) => {
    const technology = c.type === 'ic' || c.type === 'memory' || c.type === 'storage' ? c.technology : c.type;
    outputs.push({ key: `embodied:${s.id}:${j}`, label: c.name, unit: 'kgCO2e', expr: life.components[j], tags: { ...tag('server', 'embodied', c.name), technology } });
  });
  outputs.push(...life.outputs);
  const embodied = life.embodied;
  const perYear = perYearOf(embodied, s.lifetime);
  const workload = study.workload!; // present whenever the study has standing servers
  const u = ref(s.utilization ?? workload.utilization);
  const hoursKilo = div(ref(workload.hoursPerYear), constant(WH_PER_KWH)); // W·h → kWh
  const n = constant(s.count);
  const ci = ref(s.gridIntensity ?? study.cloud.gridIntensity);
  const draws: Expr[] = [];
  const energyOf = (key: string, label: string, energy: Expr): void => {
    draws.push(energy);
    outputs.push({ key: `energy:${s.id}:${key}`, label, unit: 'kWh/year', expr: energy, tags: { ...tag('server', 'operational', label), quantity: 'energy' } });
    outputs.push({ key: `operational:${s.id}:${key}`, label, unit: 'kgCO2e/year', expr: mul(energy, ci), tags: tag('server', 'operational', label) });
  };
  const power = s.power!; // required on standing servers
  power.active.forEach((d, k) => energyOf(`active${k}`, `${d.name} (active)`, mul(n, u, constant(d.count), ref(d.power), hoursKilo)));
  energyOf('idle', 'idle', mul(n, sub(constant(1), u), ref(power.idle), hoursKilo));
  const itEnergy = add(...draws);
  const overheadEnergy = overheadOf(itEnergy, s.pue ?? study.cloud.pue, study.cloud.overheadShare);
  const onSite = onSiteFactor(s.pue ?? study.cloud.pue);
  const overheadCarbon = onSite === undefined ? mul(overheadEnergy, ci) : add(mul(overheadEnergy, ci), mul(itEnergy, onSite));
  outputs.push({ key: `overhead:${s.id}`, label: `data-centre overhead (${s.name})`, unit: 'kgCO2e/year', expr: overheadCarbon, tags: tag('cloud', 'operational', 'data-centre overhead') });
  outputs.push({ key: `embodiedPerYear:${s.id}`, label: `${s.name} embodied per year`, unit: 'kgCO2e/year', expr: perYear, tags: { element: 'server', phase: 'embodied', server: s.id } });
  const stages = life.lifeCycle ? { manufacturing: perYearOf(life.manufacturing, s.lifetime), transport: perYearOf(life.transport, s.lifetime), endOfLife: perYearOf(life.endOfLife, s.lifetime) } : { manufacturing: perYear, transport: constant(0), endOfLife: constant(0) };
  return { outputs, embodied, perYear, stages, moduleD: life.moduleD, itEnergy, itCarbon: mul(itEnergy, ci), overheadEnergy, overheadCarbon };
}
