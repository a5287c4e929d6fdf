import { describeDistribution } from '../distributions/index.js';
import { evaluate } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { compileStudy } from '../study/index.js';
import type { Assessment } from './assessment.js';
import { buildAssessment } from './build-assessment.js';
import { checkFinite } from './check-finite.js';

/**
 * The deterministic assessment of a study: every input at its base value
 * (an uncertain input's `base`, or its mean), every output of the compiled
 * model evaluated in float64.
 *
 * @param study - a parsed study (see `parseStudy` / `loadStudy`)
 * @returns the footprint by element, phase and component, with inputs echoed
 * @throws {@link NonFiniteResultError} when a result is NaN or infinite (an extreme input, e.g. a lifetime of 5e-324 years); a
 * use-phase share of a zero footprint is an `UndefinedRatio`, not an error
 * @example
 * const study = defineStudy({
 *   name: 'one server',
 *   servers: [{ name: 'box', lifetime: '4 years',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *     power: { active: '100 W', idle: '100 W' } }],
 *   workload: { utilization: 0.5 },
 *   cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 * });
 * const r = assess(study);
 * r.embodied.totalKgCO2e; // => 2
 * r.operational.annualEnergyKWh; // => 876
 * r.annualized.totalKgCO2e; // => 438.5
 */
export function assess(study: Study): Assessment {
  const model = compileStudy(study);
  const values = new Map(model.inputs.map((i) => [i.name, i.value]));
  const results = evaluate(
    model.outputs.map((o) => o.expr),
    values,
  );
  const byKey = new Map(model.outputs.map((o, i) => [o.key, results[i]]));
  // NaN and Infinity would print as `null` in JSON and as ∞ in tables: refuse them, naming the inputs.
  checkFinite(study, model, byKey);
  return buildAssessment(study, model, byKey, describeDistribution);
}
