import type { Distribution } from '../distributions/index.js';
import type { CompiledGraph } from '../graph/index.js';
import type { Param, Study } from '../system/index.js';
import { elementKey, OUTPUT, type CategoryCoverage } from '../study/index.js';
import { libraryVersion } from '../version.js';
import type { Assessment, ComponentResult, InputEcho, JobResult, PhaseSplit } from './assessment.js';
import { categoryResults } from './category-results.js';
import { ratioOf } from './undefined-ratio.js';

/**
 * Renders a param's distribution as text for the input echo (given the
 * distribution and its unit, `''` for a dimensionless one); injected to keep
 * layers one-way. `assess` passes `describeDistribution`.
 */
export type DescribeDistribution = (distribution: Distribution, unit: string) => string;

function datasetsOf(params: readonly Param[]): { name: string; version: string }[] {
  const seen = new Map<string, { name: string; version: string }>();
  for (const p of params) {
    const d = p.source?.dataset;
    if (d !== undefined) seen.set(`${d.name}@${d.version}`, { name: d.name, version: d.version });
  }
  return [...seen.values()];
}

function workResults(study: Study, values: ReadonlyMap<string, number>): Pick<Assessment, 'jobs' | 'requestsPerYear' | 'greenScore' | 'serviceLifeYears'> {
  const jobs: JobResult[] = [...(study.model?.jobs ?? []).map((j) => ({ j, element: 'model' })), ...(study.data?.preprocessing ?? []).map((j) => ({ j, element: 'data' }))].map(({ j, element }) => {
    const g = (k: string): number => values.get(`job:${j.id}:${k}`) ?? Number.NaN;
    const hours = values.get(`job:${j.id}:hours`);
    const flops = values.get(`job:${j.id}:flops`);
    const m = j.load?.match;
    return {
      id: j.id,
      name: j.name,
      phase: j.phase,
      element,
      ...(hours !== undefined ? { hours } : {}),
      ...(flops !== undefined ? { flops } : {}),
      itEnergyKWh: g('itEnergy'),
      ...(m !== undefined ? { hourlyMatching: { series: j.load!.file, weightedIntensity: m.weightedIntensity, meanIntensity: m.meanIntensity, covarianceKgCO2e: m.covarianceKgCO2e } } : {}),
      energyKWh: g('energy'),
      operationalKgCO2e: g('operational'),
      embodiedKgCO2e: g('embodied'),
      perRunKgCO2e: g('perRun'),
      totalKgCO2e: g('total'),
    };
  });
  const requests = values.get('inference.requestsPerYear');
  const greenScore = values.get(OUTPUT.greenScore);
  const footprint = values.get(OUTPUT.functionalUnit);
  return {
    ...(jobs.length > 0 ? { jobs } : {}),
    ...(requests !== undefined ? { requestsPerYear: requests } : {}),
    ...(greenScore !== undefined ? { greenScore: footprint === 0 ? ratioOf(0, 0, 'footprint is zero') : greenScore } : {}),
    ...(study.serviceLife !== undefined ? { serviceLifeYears: study.serviceLife.value } : {}),
  };
}

/**
 * Assemble the result object from the values of a compiled study's outputs
 * (deterministic values, or a sample's values).
 *
 * @param study - the parsed study
 * @param model - its compiled model
 * @param values - a value for every output key of the model
 * @param describe - renders a distribution as text for the input echo
 * @throws Error when `values` lacks one of the totals every compiled study has
 * @example
 * const study = defineStudy({
 *   name: 'one server',
 *   servers: [{ name: 'box', lifetime: '4 years',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *     power: { active: '100 W', idle: '100 W' } }],
 *   workload: { utilization: 0.5 },
 *   cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 * });
 * const model = compileStudy(study);
 * const results = evaluate(model.outputs.map((o) => o.expr), new Map(model.inputs.map((i) => [i.name, i.value])));
 * const values = new Map(model.outputs.map((o, i) => [o.key, results[i]]));
 * const r = buildAssessment(study, model, values, (d, unit) => describeDistribution(d, unit));
 * // embodied 1 cm² × 2 kgCO2e/cm² ÷ 4 years = 0.5 kgCO2e/year; 100 W × 8,760 h × 0.5 kgCO2e/kWh = 438 kgCO2e/year
 * r.byElement.server.embodiedKgCO2e; // => 0.5
 * r.byElement.server.operationalKgCO2e; // => 438
 * r.inputs.find((e) => e.path === 'workload.hoursPerYear')?.status; // => 'default'
 */
export function buildAssessment(study: Study, model: CompiledGraph & { readonly categories?: readonly CategoryCoverage[] }, values: ReadonlyMap<string, number>, describe: DescribeDistribution): Assessment {
  const v = (key: string): number => {
    const x = values.get(key);
    if (x === undefined) throw new Error(`output ${key} was not computed`);
    return x;
  };
  const embodiedComponents: ComponentResult[] = [];
  const operationalComponents: ComponentResult[] = [];
  for (const o of model.outputs) {
    const job = o.tags.job !== undefined ? { job: o.tags.job } : {};
    if (o.key.startsWith('embodied:')) {
      embodiedComponents.push({ name: o.label, server: o.tags.server ?? '', element: o.tags.element, technology: o.tags.technology, kgCO2e: v(o.key), ...job });
    } else if (o.key.startsWith('operational:')) {
      const energyKey = o.key.replace(/^operational:/, 'energy:');
      operationalComponents.push({ name: o.label, server: o.tags.server ?? '', element: o.tags.element, kgCO2e: v(o.key), energyKWh: v(energyKey), ...job });
    } else if (o.key.startsWith('overhead:')) {
      operationalComponents.push({ name: o.label, server: o.tags.server ?? '', element: 'cloud', kgCO2e: v(o.key), ...job });
    }
  }
  // Every figure is an output of the graph: the host adds and subtracts nothing, so a
  // total here is exactly the graph's (and a Monte Carlo sample's) value.
  const split = (embodied: string, operational: string, total: string): PhaseSplit => ({ embodiedKgCO2e: v(embodied), operationalKgCO2e: v(operational), totalKgCO2e: v(total) });
  const inputs: InputEcho[] = study.params.map((p) => ({
    path: p.path,
    value: p.value,
    unit: p.unit,
    status: p.status,
    ...(p.distribution !== undefined ? { distribution: describe(p.distribution, p.unit === '1' ? '' : p.unit) } : {}),
    ...(p.source !== undefined ? { source: p.source } : {}),
  }));
  const fu = model.outputs.find((o) => o.key === OUTPUT.functionalUnit);
  return {
    study: study.name,
    functionalUnit: { unit: study.functionalUnit, value: v(OUTPUT.functionalUnit), valueUnit: fu?.unit ?? '', ...(fu ? { label: fu.label } : {}) },
    embodied: { totalKgCO2e: v(OUTPUT.embodiedTotal), components: embodiedComponents },
    operational: {
      annualEnergyKWh: v(OUTPUT.annualEnergy),
      annualItEnergyKWh: v(OUTPUT.annualItEnergy),
      annualKgCO2e: v(OUTPUT.operationalAnnual),
      components: operationalComponents,
    },
    annualized: split(OUTPUT.annualizedEmbodied, OUTPUT.operationalAnnual, OUTPUT.annualizedTotal),
    lifetime: { totalKgCO2e: v(OUTPUT.lifetimeTotal) },
    usePhaseShare: v(OUTPUT.annualizedTotal) === 0 ? ratioOf(0, 0, 'footprint is zero') : v(OUTPUT.usePhaseShare),
    byElement: {
      model: split(OUTPUT.modelEmbodiedAnnual, OUTPUT.modelOperationalAnnual, elementKey('model')),
      data: split(OUTPUT.dataEmbodiedAnnual, OUTPUT.dataOperationalAnnual, elementKey('data')),
      server: split(OUTPUT.serverEmbodiedAnnual, OUTPUT.serverOperationalAnnual, elementKey('server')),
      // the cloud element is the data-centre overhead: operational only
      cloud: { embodiedKgCO2e: 0, operationalKgCO2e: v(elementKey('cloud')), totalKgCO2e: v(elementKey('cloud')) },
    },
    ...workResults(study, values),
    // Only a study that names categories besides climate gets the block, so a
    // climate-only result is the same JSON as before categories existed.
    ...(model.categories !== undefined && model.categories.length > 1 ? { impacts: categoryResults(model, model.categories, values) } : {}),
    // Only a study that declares transport, end of life or reuse gets the block, so other results are the same JSON as before.
    ...(study.servers.some((s) => s.transport !== undefined || s.endOfLife !== undefined || s.reuse !== undefined)
      ? { lifeCycle: { manufacturingKgCO2e: v(OUTPUT.stageManufacturing), transportKgCO2e: v(OUTPUT.stageTransport), useKgCO2e: v(OUTPUT.stageUse), endOfLifeKgCO2e: v(OUTPUT.stageEndOfLife), moduleDKgCO2e: v(OUTPUT.moduleDTotal) } }
      : {}),
    inputs,
    warnings: study.warnings,
    provenance: { library: 'ailca', version: libraryVersion(), datasets: datasetsOf(study.params), date: new Date().toISOString() },
  };
}
