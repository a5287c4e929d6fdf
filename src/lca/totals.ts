import { add, constant, div, mul, sub, type Expr, type GraphOutput } from '../graph/index.js';
import type { Param, Server, Study } from '../system/index.js';
import { functionalUnitOutputs, type FunctionalUnitDescription } from './functional-unit.js';
import { sum, type WorkTotals } from './ledger.js';
import { elementPerYear } from './lifetime.js';
import { elementKey, OUTPUT } from './output-keys.js';
import { ref } from './param-ref.js';
import type { ServerParts } from './server.js';

/**
 * The study's totals as outputs: embodied over life and per year, energy,
 * operational carbon, the annualised and lifetime footprints, the four
 * elements split into embodied and operational parts, and the functional
 * unit with its parts. Every figure the assessment reports is one of these
 * outputs, so the host adds nothing (issue 11):
 *
 * - annualised = Σ standing embodied ÷ lifetime + operational per year + model and data per year;
 * - lifetime = Σ standing servers (embodied + operational per year × lifetime) + model and data per year × service life;
 * - lifetime operational = lifetime − embodied over life (the rest);
 * - model and data per year = IT carbon per year + allocated embodied ÷ service life;
 * - cloud = data-centre overhead of servers and work;
 * - by life-cycle stage per year: manufacturing (standing servers' and the allocated embodied), transport,
 *   use (= operational), end of life, summing to the annualised total;
 * - module D = Σ recycling credits (≤ 0), reported apart and added to no total.
 *
 * @param standing - the standing server groups, in study order
 * @param servers - each group compiled (same order)
 * @param work - the ledger of the model and data elements
 * @param study - the parsed study
 * @param fu - the functional unit described
 * @example
 * // embodied 2 kgCO2e over 4 years; 100 W × 8,760 h × 0.5 kgCO2e/kWh = 438 kgCO2e/year for 4 years
 * const model = compileStudy(defineStudy({ name: 'one server', functionalUnit: 'lifetime', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.lifetimeTotal); // => 2 + 438 * 4
 * at(OUTPUT.lifetimeOperational); // => 438 * 4
 * at(OUTPUT.serverEmbodiedAnnual); // => 0.5
 * at(OUTPUT.functionalUnitEmbodied); // => 2
 */
export function studyTotals(standing: readonly Server[], servers: readonly ServerParts[], work: WorkTotals, study: Study, fu: FunctionalUnitDescription): GraphOutput[] {
  const S = study.serviceLife;
  const model = elementPerYear(work, 'model', S);
  const data = elementPerYear(work, 'data', S);
  const workEmbodiedTotal = add(sum(work.embodied.model), sum(work.embodied.data));
  const embodied = add(...servers.map((s) => s.embodied), workEmbodiedTotal);
  const serverEmbodied = add(...servers.map((s) => s.perYear));
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
      const p = servers[i];
      return add(p.embodied, mul(add(p.itCarbon, p.overheadCarbon), ref(s.lifetime)));
    }),
    S === undefined ? constant(0) : mul(workPerYear, ref(S)),
  );
  const lifetimeOperational = sub(lifetime, embodied);
  return [
    { key: OUTPUT.embodiedTotal, label: 'embodied (manufacturing), whole life', unit: 'kgCO2e', expr: embodied, tags: { phase: 'embodied' } },
    { key: OUTPUT.annualizedEmbodied, label: 'embodied per year', unit: 'kgCO2e/year', expr: perYear, tags: { phase: 'embodied' } },
    { key: OUTPUT.annualItEnergy, label: 'IT energy per year', unit: 'kWh/year', expr: itEnergy, tags: { quantity: 'energy' } },
    { key: OUTPUT.annualEnergy, label: 'energy per year (with data-centre overhead)', unit: 'kWh/year', expr: energy, tags: { quantity: 'energy' } },
    { key: OUTPUT.operationalAnnual, label: 'operational (use) per year', unit: 'kgCO2e/year', expr: operational, tags: { phase: 'operational' } },
    { key: OUTPUT.annualizedTotal, label: 'annualised footprint', unit: 'kgCO2e/year', expr: annualized, tags: {} },
    { key: OUTPUT.lifetimeTotal, label: 'footprint over the service life', unit: 'kgCO2e', expr: lifetime, tags: {} },
    { key: OUTPUT.usePhaseShare, label: 'use-phase share', unit: '1', expr: div(operational, annualized), tags: {} },
    { key: elementKey('server'), label: 'server', unit: 'kgCO2e/year', expr: add(serverEmbodied, serverOp), tags: { element: 'server' } },
    { key: elementKey('cloud'), label: 'cloud', unit: 'kgCO2e/year', expr: cloudOp, tags: { element: 'cloud' } },
    { key: elementKey('model'), label: 'model', unit: 'kgCO2e/year', expr: add(model.operational, model.embodied), tags: { element: 'model' } },
    { key: elementKey('data'), label: 'data', unit: 'kgCO2e/year', expr: add(data.operational, data.embodied), tags: { element: 'data' } },
    { key: OUTPUT.modelEmbodiedAnnual, label: 'model: allocated embodied per year', unit: 'kgCO2e/year', expr: model.embodied, tags: { element: 'model', phase: 'embodied' } },
    { key: OUTPUT.dataEmbodiedAnnual, label: 'data: allocated embodied per year', unit: 'kgCO2e/year', expr: data.embodied, tags: { element: 'data', phase: 'embodied' } },
    ...functionalUnitOutputs(study, { annualized, annualizedEmbodied: perYear, annualizedOperational: operational, lifetime, lifetimeEmbodied: embodied, lifetimeOperational, oneOff: sum(work.oneOff) }, fu),
    { key: OUTPUT.serverEmbodiedAnnual, label: 'server: embodied per year', unit: 'kgCO2e/year', expr: serverEmbodied, tags: { element: 'server', phase: 'embodied' } },
    { key: OUTPUT.serverOperationalAnnual, label: 'server: operational per year', unit: 'kgCO2e/year', expr: serverOp, tags: { element: 'server', phase: 'operational' } },
    { key: OUTPUT.modelOperationalAnnual, label: 'model: operational per year', unit: 'kgCO2e/year', expr: model.operational, tags: { element: 'model', phase: 'operational' } },
    { key: OUTPUT.dataOperationalAnnual, label: 'data: operational per year', unit: 'kgCO2e/year', expr: data.operational, tags: { element: 'data', phase: 'operational' } },
    { key: OUTPUT.lifetimeOperational, label: 'operational over the service life', unit: 'kgCO2e', expr: lifetimeOperational, tags: { phase: 'operational' } },
    ...stageOutputs(servers, add(model.embodied, data.embodied), operational, work, S),
  ];
}

/**
 * The annualised footprint by life-cycle stage, and module D (apart). The
 * allocated embodied impact of jobs is manufacturing, less the transport and
 * end of life of the hardware where its server group declares them (per
 * year of the service life).
 */
function stageOutputs(servers: readonly ServerParts[], workEmbodied: Expr, operational: Expr, work: WorkTotals, S: Param | undefined): GraphOutput[] {
  const stage = (key: string, label: string, expr: Expr, name: string): GraphOutput => ({ key, label, unit: 'kgCO2e/year', expr, tags: { stage: name } });
  const perYear = (xs: readonly Expr[]): Expr[] => (xs.length === 0 || S === undefined ? [] : [div(sum(xs), ref(S))]);
  const workTransport = perYear(work.stages.transport);
  const workEndOfLife = perYear(work.stages.endOfLife);
  const workMade = workTransport.length + workEndOfLife.length === 0 ? workEmbodied : sub(workEmbodied, add(...workTransport, ...workEndOfLife));
  return [
    stage(OUTPUT.stageManufacturing, 'manufacturing per year', add(...servers.map((s) => s.stages.manufacturing), workMade), 'manufacturing'),
    stage(OUTPUT.stageTransport, 'transport per year', add(...servers.map((s) => s.stages.transport), ...workTransport), 'transport'),
    stage(OUTPUT.stageUse, 'use per year', operational, 'use'),
    stage(OUTPUT.stageEndOfLife, 'end of life per year', add(...servers.map((s) => s.stages.endOfLife), ...workEndOfLife), 'end-of-life'),
    { key: OUTPUT.moduleDTotal, label: 'recycling benefits beyond the system boundary (module D)', unit: 'kgCO2e', expr: add(...servers.map((s) => s.moduleD), ...work.stages.moduleD), tags: { phase: 'moduleD' } },
  ];
}
