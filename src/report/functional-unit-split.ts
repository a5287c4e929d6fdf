import type { Assessment } from '../assess/index.js';
import type { FunctionalUnit } from '../model/index.js';

/** A value split into its embodied and operational parts (same unit). */
export interface PhaseParts {
  /** Embodied (manufacturing) part. */
  readonly embodied: number;
  /** Operational (use) part. */
  readonly operational: number;
}

/**
 * The functional unit split into embodied and operational carbon, in the
 * functional unit's own unit: per year, the annualised split; over the
 * lifetime, embodied carbon and the rest; per request, token or image, the
 * annualised split scaled like the total. Undefined for `training-run`
 * (one-off jobs have no such split in the assessment) and when the
 * annualised total is zero.
 *
 * @param assessment - a deterministic assessment
 * @param functionalUnit - its study's functional unit
 * @returns `{ embodied, operational }`, or undefined
 * @example
 * const study = defineStudy({ name: 's', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } });
 * functionalUnitSplit(assess(study), study.functionalUnit); // => { embodied: 0.5, operational: 438 }
 */
export function functionalUnitSplit(assessment: Assessment, functionalUnit: FunctionalUnit): PhaseParts | undefined {
  const a = assessment.annualized;
  if (functionalUnit === 'year') return { embodied: a.embodiedKgCO2e, operational: a.operationalKgCO2e };
  if (functionalUnit === 'lifetime') {
    const embodied = assessment.embodied.totalKgCO2e;
    return { embodied, operational: assessment.lifetime.totalKgCO2e - embodied };
  }
  if (functionalUnit.per === 'training-run' || !(a.totalKgCO2e > 0)) return undefined;
  const scale = assessment.functionalUnit.value / a.totalKgCO2e;
  return { embodied: a.embodiedKgCO2e * scale, operational: a.operationalKgCO2e * scale };
}
