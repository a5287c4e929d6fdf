import type { CategoryResult } from './category-results.js';
import type { FunctionalUnit, ParamStatus, SourceRef } from '../system/index.js';
import type { UndefinedRatio } from './undefined-ratio.js';

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
  /** The job's id, unique among the study's jobs (`job1` when the study gives none). */
  readonly id: string;
  /** Name shown in results (the id when the study gives none). */
  readonly name: string;
  /** `training`, `hyperparameter-search`, `retraining`, `preprocessing`… */
  readonly phase: string;
  /** Element the job is charged to: `model` (`model.jobs`) or `data` (`data.preprocessing`). */
  readonly element: string;
  /** Duration of one run [h], when known. */
  readonly hours?: number;
  /** Floating-point operations of one run, when the job is given as compute [FLOP]. */
  readonly flops?: number;
  /** IT energy of one run [kWh]. */
  readonly itEnergyKWh: number;
  /**
   * When the job's load series is matched hour by hour to a grid-intensity
   * series: the energy-weighted and the time-mean intensity over its hours
   * [kgCO2e/kWh], and what matching adds to the mean-based figure,
   * Σ E_h × CI_h − Σ E_h × mean(CI) [kgCO2e, IT energy of one run, before PUE and levers].
   */
  readonly hourlyMatching?: {
    /** The load series file. */
    readonly series: string;
    /** Energy-weighted grid intensity Σ E_h × CI_h ÷ Σ E_h [kgCO2e/kWh]. */
    readonly weightedIntensity: number;
    /** Time-mean grid intensity over the load's hours [kgCO2e/kWh]. */
    readonly meanIntensity: number;
    /** Σ E_h × CI_h − Σ E_h × mean(CI) [kgCO2e]. */
    readonly covarianceKgCO2e: number;
  };
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
  /** The study path of the field (`servers[0].lifetime`, `cloud.gridIntensity`). */
  readonly path: string;
  /** The value used, in the canonical unit (`unit`): the base value of an uncertain input. */
  readonly value: number;
  /** Canonical unit of `value` (`years`, `kgCO2e/kWh`; `1` when dimensionless). */
  readonly unit: string;
  /** Where the value came from: `input`, `default`, `dataset` or `derived`. */
  readonly status: ParamStatus;
  /** Text form of the distribution when the input is uncertain. */
  readonly distribution?: string;
  /** The citation, when there is one (the user's `source`, or the dataset row's). */
  readonly source?: SourceRef;
}

/** The footprint by life-cycle stage, and module D apart. */
export interface LifeCycleResult {
  /** Manufacturing per year (refurbishment and embodied allocated to jobs included) [kgCO2e/year]. */
  readonly manufacturingKgCO2e: number;
  /** Transport of hardware to the data centre per year [kgCO2e/year]. */
  readonly transportKgCO2e: number;
  /** Use per year: the operational footprint [kgCO2e/year]. */
  readonly useKgCO2e: number;
  /** End-of-life treatment per year [kgCO2e/year]. */
  readonly endOfLifeKgCO2e: number;
  /** Benefits beyond the system boundary (module D) over the life assessed [kgCO2e], ≤ 0: never subtracted from a total. */
  readonly moduleDKgCO2e: number;
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
  /** Name of the study. */
  readonly study: string;
  /** The footprint per functional unit. */
  readonly functionalUnit: {
    /** The study's functional unit (`year`, `lifetime`, or a count of requests, tokens, images or training runs). */
    readonly unit: FunctionalUnit;
    /** The footprint per functional unit, in `valueUnit`. */
    readonly value: number;
    /** Unit of `value` (`kgCO2e/year`, `kgCO2e`, `kgCO2e/1000 tokens`). */
    readonly valueUnit: string;
    /** The functional unit in words (`footprint per 1000 tokens`). */
    readonly label?: string;
  };
  /** Embodied (manufacturing) carbon, whole life. */
  readonly embodied: {
    /** Embodied carbon of all hardware over its life [kgCO2e]. */
    readonly totalKgCO2e: number;
    /**
     * Embodied carbon by component [kgCO2e]: each part of a standing server
     * over the hardware's whole life, and the shares allocated to jobs and
     * storage over the service life; they sum to `totalKgCO2e`.
     */
    readonly components: readonly ComponentResult[];
  };
  /** Operational (use-phase) energy and carbon per year. */
  readonly operational: {
    /** Energy per year including data-centre overhead [kWh/year]. */
    readonly annualEnergyKWh: number;
    /** IT energy per year [kWh/year]. */
    readonly annualItEnergyKWh: number;
    /** Operational carbon per year [kgCO2e/year]. */
    readonly annualKgCO2e: number;
    /**
     * Operational carbon by component [kgCO2e/year]: each active draw and the
     * idle draw of a server, each job, inference, storage and transfer entry
     * (with its energy [kWh/year]), and the data-centre overhead of each
     * (element `cloud`); they sum to `annualKgCO2e`.
     */
    readonly components: readonly ComponentResult[];
  };
  /** The footprint per year of operation. */
  readonly annualized: PhaseSplit;
  /** The footprint over the whole service life [kgCO2e]. */
  readonly lifetime: {
    /** Standing servers' embodied + operational per year × lifetime, plus the model and data over the service life [kgCO2e]. */
    readonly totalKgCO2e: number;
  };
  /**
   * Operational ÷ annualised total (0.874 for the Xeon example); an
   * {@link UndefinedRatio} (`{ value: null, undefinedReason: 'footprint is zero' }`)
   * when the footprint is 0 kgCO2e/year, where the share is 0 ÷ 0.
   */
  readonly usePhaseShare: number | UndefinedRatio;
  /** Annualised footprint by element [kgCO2e/year]. */
  readonly byElement: Readonly<Record<'model' | 'data' | 'server' | 'cloud', PhaseSplit>>;
  /** Jobs of the model and data elements, when the study has any. */
  readonly jobs?: readonly JobResult[];
  /** Requests served per year, when the study describes inference. */
  readonly requestsPerYear?: number;
  /** Green Score: accuracy [%] ÷ footprint of the functional unit, when the study gives the accuracy; undefined (an {@link UndefinedRatio}) for a zero footprint. */
  readonly greenScore?: number | UndefinedRatio;
  /** Years the model is in service, when the study has a model or data block. */
  readonly serviceLifeYears?: number;
  /**
   * Every impact category the study computes (climate first), with its
   * headline figures or why each is not covered; present when the study's
   * `categories` name more than climate change.
   */
  readonly impacts?: readonly CategoryResult[];
  /**
   * The annualised footprint by life-cycle stage (summing to the annualised
   * total) and the recycling benefits beyond the system boundary (EN 15804
   * module D, ≤ 0, in no total); present when a server group declares
   * transport, end of life or reuse.
   */
  readonly lifeCycle?: LifeCycleResult;
  /** Every numeric input of the study as used, in the order it appears in the study. */
  readonly inputs: readonly InputEcho[];
  /** The study's warnings about implausible but valid values (see `Study.warnings`). */
  readonly warnings: readonly string[];
  /** What produced the result: library, version, datasets read and when. */
  readonly provenance: {
    /** The library's name: `ailca`. */
    readonly library: string;
    /** The library's version (`libraryVersion()`). */
    readonly version: string;
    /** Every dataset a value was read from, once each. */
    readonly datasets: readonly {
      /** Name of the dataset (`clemm-2024`, `grid-intensity`). */
      readonly name: string;
      /** Its version (`1.0.0`). */
      readonly version: string;
    }[];
    /** When the result was built: an ISO 8601 time in UTC (`2026-11-23T10:00:00.000Z`). */
    readonly date: string;
  };
}
