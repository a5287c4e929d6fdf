import { evaluate } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { compileStudy, OUTPUT } from '../study/index.js';

/** A value split into its embodied and operational parts (same unit). */
export interface PhaseParts {
  /** Embodied (manufacturing) part. */
  readonly embodied: number;
  /** Operational (use) part. */
  readonly operational: number;
}

/**
 * The functional unit split into embodied and operational carbon, in the
 * functional unit's own unit, read from the study's compiled graph
 * (`functionalUnit.embodied`, `functionalUnit.operational`, every input at
 * its base value) — nothing is added or scaled here, so the parts are the
 * same float64 numbers a Monte Carlo sample or `evaluate` gives. Per year,
 * the annualised split; over the lifetime, embodied carbon and the rest; per
 * request, token or image, the annualised split scaled like the total.
 * Undefined for `training-run` (one-off jobs have no such split) and, per
 * request, token or image, when the annualised total is not above zero.
 *
 * @param study - a parsed study
 * @returns `{ embodied, operational }`, or undefined
 * @example
 * const study = defineStudy({ name: 's', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } });
 * functionalUnitSplit(study); // => { embodied: 0.5, operational: 438 }
 */
export function functionalUnitSplit(study: Study): PhaseParts | undefined {
  const model = compileStudy(study);
  const keys = [OUTPUT.functionalUnitEmbodied, OUTPUT.functionalUnitOperational, OUTPUT.annualizedTotal];
  const exprs = keys.map((k) => model.outputs.find((o) => o.key === k)?.expr);
  if (exprs[0] === undefined || exprs[1] === undefined || exprs[2] === undefined) return undefined; // training-run
  const [embodied, operational, annualized] = evaluate([exprs[0], exprs[1], exprs[2]], new Map(model.inputs.map((i) => [i.name, i.value]))) as [number, number, number];
  const fu = study.functionalUnit;
  if (fu !== 'year' && fu !== 'lifetime' && !(annualized > 0)) return undefined; // a share of a zero footprint per unit
  return { embodied, operational };
}
