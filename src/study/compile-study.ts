import type { CompiledGraph, GraphOutput } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { IMPACT_CATEGORIES } from '../lca/categories.js';
import { categoryOutputs, type CategoryCoverage } from '../lca/category-outputs.js';
import { inputName, withCategoryLens, type CategoryLens } from '../lca/param-ref.js';
import { compileServer, serverHardware } from '../lca/server.js';
import { studyTotals } from '../lca/totals.js';
import { compileWork } from '../lca/work.js';
import { describeFunctionalUnit } from './parse-functional-unit.js';

export { inputName } from '../lca/param-ref.js';

/**
 * A compiled study: the graph, and for each impact category it computes
 * (climate first) which outputs it has and which figures it cannot compute
 * for want of factors.
 */
export interface CompiledStudy extends CompiledGraph {
  /** Per impact category of the study, its outputs and what is not covered. */
  readonly categories: readonly CategoryCoverage[];
}

/**
 * Compile a study into one explicit {@link CompiledGraph}: every param becomes a
 * named input, every reported figure an expression over them. The
 * deterministic assessment, the Monte Carlo kernels and the sensitivity
 * analysers all evaluate this model, so each stage's formula is written once,
 * in src/lca (docs/formulas.md maps each to its file); this function only
 * calls the stages in order — standing servers, the model and data work, the
 * totals — and names the inputs:
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
export function compileStudy(study: Study): CompiledStudy {
  const climate = compileOutputs(study);
  const coverage: CategoryCoverage[] = [{ category: 'climate', unit: IMPACT_CATEGORIES.climate.unit, outputs: climate.filter((o) => o.unit.includes('kgCO2e')).map((o) => o.key), notCovered: [], missingFactors: [] }];
  const outputs: GraphOutput[] = [...climate];
  for (const category of study.categories) {
    if (category === 'climate') continue;
    const lens: CategoryLens = { category, impacts: study.impacts, missing: new Map(), used: new Set() };
    const inCategory = categoryOutputs(category, withCategoryLens(lens, () => compileOutputs(study)), lens);
    outputs.push(...inCategory.outputs);
    coverage.push(inCategory.coverage);
  }
  const inputs = study.params.map((p) => ({ name: inputName(p), value: p.value, unit: p.unit, distribution: p.distribution }));
  const byPath = new Map(study.params.map((p) => [p.path, inputName(p)]));
  const correlations = study.correlations.map((c) => ({ a: byPath.get(c.a) ?? c.a, b: byPath.get(c.b) ?? c.b, rank: c.rank }));
  return { inputs, outputs, correlations, categories: coverage };
}

/** The outputs of one compilation of the study's formulas (in the category lens in force). */
function compileOutputs(study: Study): GraphOutput[] {
  const standing = study.servers.filter((s) => (s.use ?? 'standing') === 'standing');
  const servers = standing.map((s) => compileServer(s, study));
  const hardware = new Map(study.servers.filter((s) => s.use === 'jobs').map((s) => [s.id, serverHardware(s)] as const));
  const work = compileWork(study, hardware);
  return [...servers.flatMap((s) => s.outputs), ...work.outputs, ...studyTotals(standing, servers, work, study, describeFunctionalUnit(study.functionalUnit))];
}
