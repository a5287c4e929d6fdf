/**
 * Keys of the outputs every compiled study has. Component-level outputs are
 * keyed `embodied:<serverId>:<index>` and `operational:<serverId>:<draw>`;
 * those of the model and data elements `embodied:job:<id>:<k>`,
 * `operational:job:<id>:<k>`, `operational:inference`, `operational:storage:<i>`,
 * `operational:transfer:<i>` (with matching `energy:` and `overhead:` keys),
 * and per run `job:<id>:perRun`, `job:<id>:itEnergy`, `job:<id>:total`….
 * @example
 * OUTPUT.annualizedTotal; // => 'annualized.total'
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
  /** Accuracy [%] ÷ footprint per functional unit, when the study gives the model's accuracy. */
  greenScore: 'greenScore',
  /** Embodied carbon allocated to the model element's jobs, per year [kgCO2e/year]. */
  modelEmbodiedAnnual: 'element.model.embodied',
  /** Embodied carbon allocated to the data element (storage, preprocessing), per year [kgCO2e/year]. */
  dataEmbodiedAnnual: 'element.data.embodied',
  /** One-off model jobs: development, search and training of the model once [kgCO2e]. */
  modelOneOff: 'model.oneOff',
  /** Embodied carbon of the standing servers per year of their lifetimes [kgCO2e/year]. */
  serverEmbodiedAnnual: 'element.server.embodied',
  /** Operational carbon of the standing servers' IT energy per year [kgCO2e/year]. */
  serverOperationalAnnual: 'element.server.operational',
  /** Operational carbon of the model element's IT energy per year [kgCO2e/year]. */
  modelOperationalAnnual: 'element.model.operational',
  /** Operational carbon of the data element's IT energy per year [kgCO2e/year]. */
  dataOperationalAnnual: 'element.data.operational',
  /** Footprint over the service life less the embodied carbon of all hardware [kgCO2e]: its operational part. */
  lifetimeOperational: 'lifetime.operational',
  /** Embodied part of the footprint per functional unit (not for `training-run`). */
  functionalUnitEmbodied: 'functionalUnit.embodied',
  /** Operational part of the footprint per functional unit (not for `training-run`). */
  functionalUnitOperational: 'functionalUnit.operational',
  /** Life-cycle stage manufacturing per year: hardware made (refurbishment included), allocated to jobs and storage too [kgCO2e/year]. */
  stageManufacturing: 'stage.manufacturing',
  /** Life-cycle stage transport of hardware to the data centre per year [kgCO2e/year]. */
  stageTransport: 'stage.transport',
  /** Life-cycle stage use per year: the operational footprint [kgCO2e/year]. */
  stageUse: 'stage.use',
  /** Life-cycle stage end of life per year: treatment of discarded hardware [kgCO2e/year]. */
  stageEndOfLife: 'stage.endOfLife',
  /** Benefits beyond the system boundary (EN 15804 module D), ≤ 0, over the life assessed [kgCO2e]; in no total. */
  moduleDTotal: 'moduleD.total',
} as const;

/**
 * The four elements of an AI system (Clemm et al. 2024, section III).
 * @example
 * ELEMENTS; // => ['model', 'data', 'server', 'cloud']
 */
export const ELEMENTS = ['model', 'data', 'server', 'cloud'] as const;

/** An element of an AI system. */
export type Element = (typeof ELEMENTS)[number];

/**
 * Key of an element's annualised footprint output [kgCO2e/year] in a
 * compiled study's outputs.
 *
 * @param element - model, data, server or cloud
 * @example
 * elementKey('server'); // => 'element.server.annualized'
 */
export function elementKey(element: Element): string {
  return `element.${element}.annualized`;
}
