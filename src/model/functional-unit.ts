/**
 * What a result is scaled to: one year of operation (embodied carbon
 * amortised over the lifetime, plus a year of use), or the whole lifetime of
 * the hardware (all embodied carbon plus every year of use).
 */
export type FunctionalUnit = 'year' | 'lifetime';

/** Every functional unit, with what it means. */
export const FUNCTIONAL_UNITS: Readonly<Record<FunctionalUnit, string>> = {
  year: 'one year of operation (kgCO2e/year): embodied ÷ lifetime + operational per year',
  lifetime: 'the whole service life (kgCO2e): embodied + operational per year × lifetime',
};
