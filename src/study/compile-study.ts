import { add, constant, div, mul, sub, type Expr, type Model, type ModelOutput } from '../graph/index.js';
import type { Component, Param, Server, Study } from '../model/index.js';
import { sum } from '../lca/ledger.js';
import { overheadOf } from '../lca/job-energy.js';
import { elementPerYear, compileWork, type ServerHardware } from '../lca/work.js';
import { functionalUnitOutputs } from '../lca/functional-unit.js';
import { elementKey, OUTPUT, type Element } from '../lca/output-keys.js';
import { inputName, ref } from '../lca/param-ref.js';

export { inputName } from '../lca/param-ref.js';

function componentEmbodied(c: Component, serverCount: number): Expr {
  const n = constant(serverCount * c.count);
  if (c.type === 'ic') {
    const dies = mul(n, ref(c.dieArea), ref(c.factor));
    return c.packaging === undefined ? dies : add(dies, mul(n, ref(c.packaging)));
  }
  if (c.type === 'pcb') return mul(n, ref(c.area), ref(c.factor));
  if (c.type === 'part') {
    if (c.perUnit !== undefined) return mul(n, ref(c.perUnit));
    return mul(n, ref(c.mass as Param), ref(c.massFactor as Param));
  }
  return mul(n, ref(c.capacity), ref(c.factor));
}

interface ServerParts {
  readonly outputs: ModelOutput[];
  readonly embodied: Expr;
  readonly perYear: Expr;
  readonly itEnergy: Expr;
  readonly itCarbon: Expr;
  readonly overheadEnergy: Expr;
  readonly overheadCarbon: Expr;
}

/** The whole embodied carbon and rated active power of a server group that jobs run on. */
function serverHardware(s: Server): ServerHardware {
  const embodied = add(...s.components.map((c) => componentEmbodied(c, s.count)));
  if (s.power === undefined) return { embodied };
  return { embodied, activeW: mul(constant(s.count), add(...s.power.active.map((d) => mul(constant(d.count), ref(d.power))))) };
}

function compileServer(s: Server, study: Study): ServerParts {
  const outputs: ModelOutput[] = [];
  const tag = (element: Element, phase: string, component: string) => ({ element, phase, server: s.id, component });
  const parts = s.components.map((c, j) => {
    const expr = componentEmbodied(c, s.count);
    const technology = c.type === 'ic' || c.type === 'memory' || c.type === 'storage' ? c.technology : c.type;
    outputs.push({ key: `embodied:${s.id}:${j}`, label: c.name, unit: 'kgCO2e', expr, tags: { ...tag('server', 'embodied', c.name), technology } });
    return expr;
  });
  const embodied = add(...parts);
  const perYear = div(embodied, ref(s.lifetime));
  const workload = study.workload!; // present whenever the study has standing servers
  const u = ref(s.utilization ?? workload.utilization);
  const hoursKilo = div(ref(workload.hoursPerYear), constant(1000)); // W·h → kWh
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
  const overheadCarbon = mul(overheadEnergy, ci);
  outputs.push({ key: `overhead:${s.id}`, label: `data-centre overhead (${s.name})`, unit: 'kgCO2e/year', expr: overheadCarbon, tags: tag('cloud', 'operational', 'data-centre overhead') });
  outputs.push({ key: `embodiedPerYear:${s.id}`, label: `${s.name} embodied per year`, unit: 'kgCO2e/year', expr: perYear, tags: { element: 'server', phase: 'embodied', server: s.id } });
  return { outputs, embodied, perYear, itEnergy, itCarbon: mul(itEnergy, ci), overheadEnergy, overheadCarbon };
}

/**
 * Compile a study into one explicit {@link Model}: every param becomes a
 * named input, every reported figure an expression over them. The
 * deterministic assessment, the Monte Carlo kernels and the sensitivity
 * analysers all evaluate this model, so each stage's formula is written once,
 * here and in the `compile-*` files beside it:
 *
 * - embodied of a component = servers × count × die (or board) area × factor
 *   (+ packaging per IC), or × mass × factor, or × footprint per unit;
 * - IT energy per year = servers × hours × (u · Σ active power + (1 − u) · idle power) / 1000;
 * - overhead energy = IT energy × (PUE − 1) × overhead share;
 * - operational carbon = energy × grid intensity;
 * - a job's IT energy per run = measured, or (accelerators × average power + hosts × host power) × hours / 1000,
 *   hours = FLOPs ÷ (accelerators × peak × efficiency) in the FLOPs route; its allocated embodied carbon =
 *   hardware embodied × share (time: hours ÷ (lifetime × 8,760 h × utilisation); see docs/allocation.md);
 * - inference per year = requests × energy per request; storage, transfer as in docs/elements/data.md;
 * - model and data per year = recurring work per year + one-off work ÷ service life;
 * - annualised = Σ standing embodied ÷ lifetime + operational per year + model and data per year;
 * - lifetime total = Σ standing servers (embodied + operational per year × lifetime) + model and data over the service life.
 *
 * @param study - a parsed study
 * @returns the model
 * @example
 * const model = compileStudy(defineStudy({
 *   name: 'one server',
 *   servers: [{ name: 'box', lifetime: '4 years',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *     power: { active: '100 W', idle: '100 W' } }],
 *   workload: { utilization: 0.5 },
 *   cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 * }));
 * const values = new Map(model.inputs.map((i) => [i.name, i.value]));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], values)[0];
 * // 1 cm² × 2 kgCO2e/cm² = 2 kgCO2e; 100 W × 8,760 h = 876 kWh; 2 ÷ 4 years + 876 × 0.5 = 438.5 kgCO2e/year
 * at(OUTPUT.embodiedTotal); // => 2
 * at(OUTPUT.annualItEnergy); // => 876
 * at(OUTPUT.annualizedTotal); // => 438.5
 */
export function compileStudy(study: Study): Model {
  const standing = study.servers.filter((s) => (s.use ?? 'standing') === 'standing');
  const servers = standing.map((s) => compileServer(s, study));
  const hardware = new Map(study.servers.filter((s) => s.use === 'jobs').map((s) => [s.id, serverHardware(s)] as const));
  const work = compileWork(study, hardware);
  const S = study.serviceLife;
  const model = elementPerYear(work, 'model', S);
  const data = elementPerYear(work, 'data', S);
  const outputs: ModelOutput[] = [...servers.flatMap((s) => s.outputs), ...work.outputs];
  const workEmbodiedTotal = add(sum(work.embodied.model), sum(work.embodied.data));
  const embodied = add(...servers.map((s) => s.embodied), workEmbodiedTotal);
  const perYear = add(...servers.map((s) => s.perYear), model.embodied, data.embodied);
  const itEnergy = add(...servers.map((s) => s.itEnergy), sum(work.itEnergy.model), sum(work.itEnergy.data));
  const energy = add(itEnergy, ...servers.map((s) => s.overheadEnergy), sum(work.overheadEnergy));
  const serverOp = add(...servers.map((s) => s.itCarbon));
  const cloudOp = add(...servers.map((s) => s.overheadCarbon), sum(work.overheadCarbon));
  const operational = add(serverOp, cloudOp, model.operational, data.operational);
  const annualized = add(perYear, operational);
  const workPerYear = add(model.operational, model.embodied, data.operational, data.embodied, sum(work.overheadCarbon));
  const lifetime = add(
    ...standing.map((s, i) => {
      const p = servers[i] as ServerParts;
      return add(p.embodied, mul(add(p.itCarbon, p.overheadCarbon), ref(s.lifetime)));
    }),
    S === undefined ? constant(0) : mul(workPerYear, ref(S)),
  );
  const totals: ModelOutput[] = [
    { key: OUTPUT.embodiedTotal, label: 'embodied (manufacturing), whole life', unit: 'kgCO2e', expr: embodied, tags: { phase: 'embodied' } },
    { key: OUTPUT.annualizedEmbodied, label: 'embodied per year', unit: 'kgCO2e/year', expr: perYear, tags: { phase: 'embodied' } },
    { key: OUTPUT.annualItEnergy, label: 'IT energy per year', unit: 'kWh/year', expr: itEnergy, tags: { quantity: 'energy' } },
    { key: OUTPUT.annualEnergy, label: 'energy per year (with data-centre overhead)', unit: 'kWh/year', expr: energy, tags: { quantity: 'energy' } },
    { key: OUTPUT.operationalAnnual, label: 'operational (use) per year', unit: 'kgCO2e/year', expr: operational, tags: { phase: 'operational' } },
    { key: OUTPUT.annualizedTotal, label: 'annualised footprint', unit: 'kgCO2e/year', expr: annualized, tags: {} },
    { key: OUTPUT.lifetimeTotal, label: 'footprint over the service life', unit: 'kgCO2e', expr: lifetime, tags: {} },
    { key: OUTPUT.usePhaseShare, label: 'use-phase share', unit: '1', expr: div(operational, annualized), tags: {} },
    { key: elementKey('server'), label: 'server', unit: 'kgCO2e/year', expr: add(...servers.map((s) => s.perYear), serverOp), tags: { element: 'server' } },
    { key: elementKey('cloud'), label: 'cloud', unit: 'kgCO2e/year', expr: cloudOp, tags: { element: 'cloud' } },
    { key: elementKey('model'), label: 'model', unit: 'kgCO2e/year', expr: add(model.operational, model.embodied), tags: { element: 'model' } },
    { key: elementKey('data'), label: 'data', unit: 'kgCO2e/year', expr: add(data.operational, data.embodied), tags: { element: 'data' } },
    { key: OUTPUT.modelEmbodiedAnnual, label: 'model: allocated embodied per year', unit: 'kgCO2e/year', expr: model.embodied, tags: { element: 'model', phase: 'embodied' } },
    { key: OUTPUT.dataEmbodiedAnnual, label: 'data: allocated embodied per year', unit: 'kgCO2e/year', expr: data.embodied, tags: { element: 'data', phase: 'embodied' } },
    ...functionalUnitOutputs(study, { annualized, lifetime, oneOff: sum(work.oneOff) }),
  ];
  const inputs = study.params.map((p) => ({ name: inputName(p), value: p.value, unit: p.unit, distribution: p.distribution }));
  const byPath = new Map(study.params.map((p) => [p.path, inputName(p)]));
  const correlations = study.correlations.map((c) => ({ a: byPath.get(c.a) ?? c.a, b: byPath.get(c.b) ?? c.b, rank: c.rank }));
  return { inputs, outputs: [...outputs, ...totals], correlations };
}
