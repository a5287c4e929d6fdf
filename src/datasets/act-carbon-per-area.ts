import { checkNumber } from '../validate/index.js';

/** Inputs of {@link actCarbonPerArea}, all in canonical units. */
export interface ActCarbonPerAreaInput {
  /** Fab electricity per cm² of die, kWh/cm². */
  readonly epa: number;
  /** Fab gas emissions per cm² after abatement, kgCO2e/cm². */
  readonly gpa: number;
  /** Raw materials per cm², kgCO2e/cm². */
  readonly mpa: number;
  /** Carbon intensity of the fab's electricity, kgCO2e/kWh. */
  readonly fabIntensity: number;
  /** Fraction of good dies, in (0, 1]. */
  readonly yieldFraction: number;
}

/**
 * ACT's carbon per area of a logic die (Gupta et al., ISCA 2022, eq. for
 * E_SoC): CPA = (CI_fab × EPA + GPA + MPA) / Y, in kgCO2e/cm². Every input
 * is in canonical kg units (the act-2022 dataset stores GPA and MPA in g/cm²
 * as published and the loader converts them), so no g/kg mix-up can happen
 * here. Packaging (0.15 kgCO2e per IC in ACT) is added per IC by the caller.
 *
 * @param input - EPA, GPA, MPA, fab intensity and yield
 * @returns carbon per cm² of good die, kgCO2e/cm²
 * @throws {@link InputError} for a negative or non-finite input, or a yield outside (0, 1]
 * @example
 * // 28 nm, coal fab (0.82 kgCO2e/kWh), GPA at 95 % abatement, yield 0.875:
 * // (0.82 × 0.9 + 0.175 + 0.5) / 0.875 = 1.413 / 0.875
 * actCarbonPerArea({ epa: 0.9, gpa: 0.175, mpa: 0.5, fabIntensity: 0.82, yieldFraction: 0.875 }); // => 1.614857142857143
 */
export function actCarbonPerArea(input: ActCarbonPerAreaInput): number {
  const epa = checkNumber(input.epa, 'epa', { min: 0, unit: 'kWh/cm²' });
  const gpa = checkNumber(input.gpa, 'gpa', { min: 0, unit: 'kgCO2e/cm²' });
  const mpa = checkNumber(input.mpa, 'mpa', { min: 0, unit: 'kgCO2e/cm²' });
  const ci = checkNumber(input.fabIntensity, 'fabIntensity', { min: 0, max: 2, unit: 'kgCO2e/kWh', fix: 'write the intensity in kgCO2e/kWh (820 g/kWh = 0.82)' });
  const y = checkNumber(input.yieldFraction, 'yieldFraction', { min: 0, max: 1, minExclusive: true, fix: 'a yield is a fraction such as 0.875' });
  return (ci * epa + gpa + mpa) / y;
}
