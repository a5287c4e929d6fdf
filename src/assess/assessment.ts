import type { FunctionalUnit, ParamStatus, SourceRef } from '../model/index.js';

/** One component's share of the footprint. */
export interface ComponentResult {
  /** Component name as given in the study. */
  readonly name: string;
  /** Id of the server it belongs to. */
  readonly server: string;
  /** Element of the AI system: model, data, server or cloud. */
  readonly element: string;
  /** Technology or kind (`logic`, `dram`, `pcb`, `part`, …), when relevant. */
  readonly technology?: string;
  /** Emissions [kgCO2e] (embodied: whole life) or [kgCO2e/year] (operational). */
  readonly kgCO2e: number;
  /** Energy per year [kWh/year], for operational components. */
  readonly energyKWh?: number;
  /** Id of the job it belongs to (model and data elements). */
  readonly job?: string;
}

/** One job of the model or data element, per run and over the service life. */
export interface JobResult {
  readonly id: string;
  readonly name: string;
  /** `training`, `hyperparameter-search`, `retraining`, `preprocessing`… */
  readonly phase: string;
  readonly element: string;
  /** Duration of one run [h], when known. */
  readonly hours?: number;
  /** IT energy of one run [kWh]. */
  readonly itEnergyKWh: number;
  /** Energy of one run with the data-centre overhead [kWh]. */
  readonly energyKWh: number;
  /** Operational carbon of one run [kgCO2e]. */
  readonly operationalKgCO2e: number;
  /** Embodied carbon allocated to one run [kgCO2e]. */
  readonly embodiedKgCO2e: number;
  /** Footprint of one run [kgCO2e]. */
  readonly perRunKgCO2e: number;
  /** Footprint of all its runs over the service life [kgCO2e]. */
  readonly totalKgCO2e: number;
}

/** An input of the study as used, echoed in the result. */
export interface InputEcho {
  readonly path: string;
  readonly value: number;
  readonly unit: string;
  readonly status: ParamStatus;
  /** Text form of the distribution when the input is uncertain. */
  readonly distribution?: string;
  readonly source?: SourceRef;
}

/** A footprint split into the two life-cycle phases. */
export interface PhaseSplit {
  /** Embodied carbon amortised per year [kgCO2e/year]. */
  readonly embodiedKgCO2e: number;
  /** Operational carbon per year [kgCO2e/year]. */
  readonly operationalKgCO2e: number;
  /** Sum [kgCO2e/year]. */
  readonly totalKgCO2e: number;
}

/**
 * The deterministic result of a study: the footprint by element, by phase
 * and by component, the annual energy, the use-phase share, every input with
 * its status and source, and the library version. Totals equal the sum of
 * their parts.
 */
export interface Assessment {
  readonly study: string;
  readonly functionalUnit: {
    readonly unit: FunctionalUnit;
    readonly value: number;
    readonly valueUnit: string;
    /** The functional unit in words (`footprint per 1000 tokens`). */
    readonly label?: string;
  };
  readonly embodied: {
    /** Embodied carbon of all hardware over its life [kgCO2e]. */
    readonly totalKgCO2e: number;
    readonly components: readonly ComponentResult[];
  };
  readonly operational: {
    /** Energy per year including data-centre overhead [kWh/year]. */
    readonly annualEnergyKWh: number;
    /** IT energy per year [kWh/year]. */
    readonly annualItEnergyKWh: number;
    /** Operational carbon per year [kgCO2e/year]. */
    readonly annualKgCO2e: number;
    readonly components: readonly ComponentResult[];
  };
  /** The footprint per year of operation. */
  readonly annualized: PhaseSplit;
  /** The footprint over the whole service life [kgCO2e]. */
  readonly lifetime: { readonly totalKgCO2e: number };
  /** Operational ÷ annualised total (0.874 for the Xeon example). */
  readonly usePhaseShare: number;
  /** Annualised footprint by element [kgCO2e/year]. */
  readonly byElement: Readonly<Record<'model' | 'data' | 'server' | 'cloud', PhaseSplit>>;
  /** Jobs of the model and data elements, when the study has any. */
  readonly jobs?: readonly JobResult[];
  /** Requests served per year, when the study describes inference. */
  readonly requestsPerYear?: number;
  /** Green Score: accuracy [%] ÷ footprint of the functional unit, when the study gives the accuracy. */
  readonly greenScore?: number;
  /** Years the model is in service, when the study has a model or data block. */
  readonly serviceLifeYears?: number;
  readonly inputs: readonly InputEcho[];
  readonly warnings: readonly string[];
  readonly provenance: {
    readonly library: string;
    readonly version: string;
    readonly datasets: readonly { readonly name: string; readonly version: string }[];
    readonly date: string;
  };
}
