/**
 * Keys of the outputs every compiled study has. Component-level outputs are
 * keyed `embodied:<serverId>:<index>` and `operational:<serverId>:<draw>`.
 */
export const OUTPUT = {
  /** Embodied carbon of all hardware over its life [kgCO2e]. */
  embodiedTotal: 'embodied.total',
  /** Embodied carbon amortised per year [kgCO2e/year]. */
  annualizedEmbodied: 'annualized.embodied',
  /** Facility energy per year, IT × PUE overhead included [kWh/year]. */
  annualEnergy: 'operational.annualEnergy',
  /** IT energy per year [kWh/year]. */
  annualItEnergy: 'operational.annualItEnergy',
  /** Operational carbon per year [kgCO2e/year]. */
  operationalAnnual: 'operational.annual',
  /** Annualised footprint [kgCO2e/year]. */
  annualizedTotal: 'annualized.total',
  /** Footprint over the whole service life [kgCO2e]. */
  lifetimeTotal: 'lifetime.total',
  /** Share of the annualised footprint from the use phase [fraction]. */
  usePhaseShare: 'usePhaseShare',
  /** The footprint per functional unit. */
  functionalUnit: 'functionalUnit',
} as const;

/** The four elements of an AI system (Clemm et al. 2024, section III). */
export const ELEMENTS = ['model', 'data', 'server', 'cloud'] as const;

/** An element of an AI system. */
export type Element = (typeof ELEMENTS)[number];

/** Key of an element's annualised footprint output. */
export function elementKey(element: Element): string {
  return `element.${element}.annualized`;
}
