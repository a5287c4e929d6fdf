/**
 * Unit conversions between ailca's canonical units and the Impact
 * Framework's conventions (carbon in gCO2e, `duration` in seconds: the units
 * of `@grnsft/if`'s `Sci`, `SciEmbodied` and `SciO` builtins' metadata).
 */

/** Grams per kilogram [g/kg]: ailca computes kgCO2e, the Impact Framework reports gCO2e. */
export const GRAMS_PER_KG = 1000;

/**
 * Seconds in ailca's year [s/year]: 8,760 h × 3,600 s/h = 31,536,000 s, the
 * year of `src/units/math.ts` (`year` = 8760 h), so that a lifetime of
 * "4 years" amortises over 4 × 31,536,000 s of observations.
 */
export const SECONDS_PER_YEAR = 8760 * 3600;

/**
 * kgCO2e → gCO2e.
 * @param kg - a mass of CO2e [kgCO2e]
 * @returns the same mass [gCO2e]
 * @example
 * kgToGrams(0.25); // => 250
 */
export function kgToGrams(kg: number): number {
  return kg * GRAMS_PER_KG;
}
