import type { Model } from '../graph/index.js';
import type { Param, Study } from '../model/index.js';
import { elementKey, OUTPUT } from '../study/index.js';
import { libraryVersion } from '../version.js';
import type { Assessment, ComponentResult, InputEcho, PhaseSplit } from './assessment.js';

/** Renders a param's distribution for the input echo; injected to keep layers one-way. */
export type DescribeDistribution = (distribution: unknown, unit: string) => string;

function datasetsOf(params: readonly Param[]): { name: string; version: string }[] {
  const seen = new Map<string, { name: string; version: string }>();
  for (const p of params) {
    const d = p.source?.dataset;
    if (d !== undefined) seen.set(`${d.name}@${d.version}`, { name: d.name, version: d.version });
  }
  return [...seen.values()];
}

/**
 * Assemble the result object from the values of a compiled study's outputs
 * (deterministic values, or a sample's values).
 *
 * @param study - the parsed study
 * @param model - its compiled model
 * @param values - a value for every output key of the model
 * @param describe - renders a distribution as text for the input echo
 */
export function buildAssessment(study: Study, model: Model, values: ReadonlyMap<string, number>, describe: DescribeDistribution): Assessment {
  const v = (key: string): number => {
    const x = values.get(key);
    if (x === undefined) throw new Error(`output ${key} was not computed`);
    return x;
  };
  const embodiedComponents: ComponentResult[] = [];
  const operationalComponents: ComponentResult[] = [];
  for (const o of model.outputs) {
    if (o.key.startsWith('embodied:')) {
      embodiedComponents.push({ name: o.label, server: o.tags.server as string, element: o.tags.element as string, technology: o.tags.technology, kgCO2e: v(o.key) });
    } else if (o.key.startsWith('operational:')) {
      const energyKey = o.key.replace(/^operational:/, 'energy:');
      operationalComponents.push({ name: o.label, server: o.tags.server as string, element: o.tags.element as string, kgCO2e: v(o.key), energyKWh: v(energyKey) });
    } else if (o.key.startsWith('overhead:')) {
      operationalComponents.push({ name: o.label, server: o.tags.server as string, element: 'cloud', kgCO2e: v(o.key) });
    }
  }
  const split = (embodiedKgCO2e: number, operationalKgCO2e: number): PhaseSplit => ({ embodiedKgCO2e, operationalKgCO2e, totalKgCO2e: embodiedKgCO2e + operationalKgCO2e });
  const serverEmbodied = v(OUTPUT.annualizedEmbodied);
  const cloudOp = v(elementKey('cloud'));
  const serverOp = v(elementKey('server')) - serverEmbodied;
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
    functionalUnit: { unit: study.functionalUnit, value: v(OUTPUT.functionalUnit), valueUnit: fu?.unit ?? '' },
    embodied: { totalKgCO2e: v(OUTPUT.embodiedTotal), components: embodiedComponents },
    operational: {
      annualEnergyKWh: v(OUTPUT.annualEnergy),
      annualItEnergyKWh: v(OUTPUT.annualItEnergy),
      annualKgCO2e: v(OUTPUT.operationalAnnual),
      components: operationalComponents,
    },
    annualized: split(serverEmbodied, v(OUTPUT.operationalAnnual)),
    lifetime: { totalKgCO2e: v(OUTPUT.lifetimeTotal) },
    usePhaseShare: v(OUTPUT.usePhaseShare),
    byElement: { model: split(0, v(elementKey('model'))), data: split(0, v(elementKey('data'))), server: split(serverEmbodied, serverOp), cloud: split(0, cloudOp) },
    inputs,
    warnings: study.warnings,
    provenance: { library: 'ailca', version: libraryVersion(), datasets: datasetsOf(study.params), date: new Date().toISOString() },
  };
}
