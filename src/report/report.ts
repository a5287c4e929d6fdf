import type { ComponentResult, InputEcho, JobResult, PhaseSplit } from '../assess/index.js';
import type { Element } from '../study/index.js';
import type { ReportFigureData } from './figure-data.js';
import type { ReportSettings } from './report-options.js';
import type { SensitivityRunProvenance } from './run-sensitivity.js';

/** Monte Carlo statistics of one output (float64 reductions of the samples). */
export interface ReportStatistics {
  /** Finite samples the statistics are of. */
  readonly count: number;
  readonly mean: number;
  /** Sample standard deviation: the standard uncertainty the report rounds to. */
  readonly sd: number;
  readonly standardError: number;
  /** Percentiles by key (`p2.5`, `p50`, `p97.5` …), in the output's unit. */
  readonly percentiles: Readonly<Record<string, number>>;
  /** True when no uncertain input reaches the output (every sample is the deterministic value). */
  readonly constant: boolean;
}

/** One output of the study: its deterministic value and, when run, its Monte Carlo statistics. */
export interface ReportEstimate {
  /** Output key of the compiled study (`annualized.total`). */
  readonly key: string;
  readonly label: string;
  /** Canonical unit (`kgCO2e/year`; `1` for a fraction). */
  readonly unit: string;
  /** Every input at its base value. */
  readonly deterministic: number;
  readonly monteCarlo?: ReportStatistics;
}

/** One of the four elements of an AI system in the goal and scope. */
export interface ReportElementScope {
  readonly element: Element;
  /** False when the study does not describe the element: its footprint is then zero by construction. */
  readonly modelled: boolean;
  /** What the study includes for it, in words. */
  readonly text: string;
}

/** Something outside the system boundary, and where the report learned it. */
export interface ReportExclusion {
  readonly text: string;
  /** `boundary` (ailca never models it), `bill of materials` (absent from a server's parts) or `study description`. */
  readonly basis: 'boundary' | 'bill of materials' | 'study description';
}

/** ISO 14044 §4.2: goal and scope of the study. */
export interface GoalAndScope {
  readonly studyName: string;
  readonly description?: string;
  readonly goal: string;
  readonly functionalUnit: { readonly label: string; readonly unit: string; readonly definition: string };
  /** The factor set the study chose (`clemm-2024`), when it names one. */
  readonly factorMethod?: string;
  /** The hardware and site, one line each. */
  readonly system: readonly string[];
  readonly elements: readonly ReportElementScope[];
  /** Life-cycle stages inside the boundary. */
  readonly included: readonly string[];
  readonly exclusions: readonly ReportExclusion[];
}

/** ISO 14044 §4.3: the life-cycle inventory, every input with unit, value or distribution, status and source. */
export interface Inventory {
  readonly inputs: readonly InputEcho[];
  /** Paths of the inputs drawn from a distribution (not fixed). */
  readonly uncertain: readonly string[];
}

/** Annualised footprint of one element, by phase, with the Monte Carlo spread of its total. */
export interface ReportElementResult extends PhaseSplit {
  readonly element: Element;
  readonly modelled: boolean;
  readonly monteCarlo?: ReportStatistics;
}

/** ISO 14044 §4.4: impact assessment (climate change, GWP100 in kgCO2e). */
export interface ImpactAssessment {
  /** The footprint per functional unit. */
  readonly functionalUnit: ReportEstimate;
  /** Embodied, operational, energy, annualised, lifetime totals and the use-phase share. */
  readonly totals: readonly ReportEstimate[];
  readonly byElement: readonly ReportElementResult[];
  /** Embodied carbon per component over the hardware's life [kgCO2e]. */
  readonly embodiedComponents: readonly ComponentResult[];
  /** Operational carbon per component per year [kgCO2e/year], with energy [kWh/year]. */
  readonly operationalComponents: readonly ComponentResult[];
  readonly jobs?: readonly JobResult[];
}

/** One input's place in the sensitivity ranking. */
export interface ReportSensitivityRow {
  readonly input: string;
  readonly unit?: string;
  /** Sobol first-order and total indices with their bootstrap intervals, when Sobol ran. */
  readonly S1?: number;
  readonly S1ci?: readonly [number, number];
  readonly ST?: number;
  readonly STci?: readonly [number, number];
  /** Tornado: the input's low and high values and the output there, when the tornado ran. */
  readonly low?: number;
  readonly high?: number;
  readonly outputAtLow?: number;
  readonly outputAtHigh?: number;
  readonly swing?: number;
}

/** Sensitivity of the functional unit to the uncertain inputs. */
export interface ReportSensitivity {
  /** The output analysed (`functionalUnit`) and its unit. */
  readonly output: string;
  readonly unit: string;
  /** Rows ranked by Sobol ST (by tornado swing when Sobol did not run). */
  readonly ranking: readonly ReportSensitivityRow[];
  readonly tornado?: { readonly lowPercentile: number; readonly highPercentile: number; readonly baseOutput: number; readonly evaluations: number };
  readonly sobol?: {
    readonly n: number;
    readonly evaluations: number;
    readonly seed: number | undefined;
    readonly resamples: number;
    readonly confidence: number;
    readonly mean: number;
    readonly variance: number;
  };
  /** Why an analysis did not run, and what the analysers noted. */
  readonly notes: readonly string[];
}

/** The base case or one scenario of the study file. */
export interface ReportScenario {
  readonly name: string;
  readonly description?: string;
  /** The values the scenario sets, as written (empty for the base case). */
  readonly set: Readonly<Record<string, unknown>>;
  /** The functional unit with every input at base, and its split by phase (same unit). */
  readonly deterministic: { readonly value: number; readonly embodied?: number; readonly operational?: number };
  /** Annualised footprint by phase [kgCO2e/year], deterministic. */
  readonly annualized: PhaseSplit;
  readonly monteCarlo?: ReportStatistics & { readonly samples: number; readonly seed: number };
  /** Deterministic value ÷ the base case's − 1. */
  readonly changeFromBase: number;
}

/** A sentence of the interpretation with the numbers it states. */
export interface ReportFinding {
  readonly topic: 'dominant contributors' | 'use phase' | 'uncertainty' | 'sensitivity' | 'scenarios';
  readonly text: string;
}

/** ISO 14044 §4.5: interpretation. */
export interface Interpretation {
  readonly findings: readonly ReportFinding[];
  readonly sensitivity: ReportSensitivity;
  readonly scenarios: readonly ReportScenario[];
}

/** Data quality and limitations (ISO 14044 §4.2.3.6). */
export interface DataQuality {
  /** Inputs by status: `input`, `default`, `dataset`, `derived`. */
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly uncertainInputs: number;
  readonly fixedInputs: number;
  /** Paths of inputs that cite no source. */
  readonly unsourced: readonly string[];
  /** Inputs the study did not give: library defaults. */
  readonly defaults: readonly InputEcho[];
  /** Uncertain inputs whose base value lies outside their distribution's support. */
  readonly baseOutsideSupport: readonly { readonly path: string; readonly base: number; readonly support: readonly [number, number] }[];
  /** How percentiles were read, and the most any of them can be off [unit of the functional unit]. */
  readonly quantileMethod: 'exact' | 'histogram' | 'none';
  readonly quantileMaxError?: number;
  readonly percentilesOutOfRange: readonly string[];
  readonly samplePrecision?: 'float32' | 'float64';
  readonly reductionPrecision: 'float64';
  /** Rank correlations the study declares; honoured by the Monte Carlo, ignored by Sobol and the tornado. */
  readonly correlations: number;
  readonly limitations: readonly string[];
  /** Warnings of the assessment (implausible values) and of the Monte Carlo run. */
  readonly warnings: readonly string[];
}

/** Enough to reproduce the report and to judge it. */
export interface ReportProvenance {
  readonly library: string;
  readonly version: string;
  readonly datasets: readonly { readonly name: string; readonly version: string }[];
  readonly date: string;
  readonly studyFile: string;
  /** SHA-256 of the study file's bytes, when the file could be read. */
  readonly studySha256?: string;
  readonly node: string;
  readonly monteCarlo?: {
    readonly seed: number;
    readonly samples: number;
    readonly completed: number;
    readonly backend: string;
    readonly backendDescription: string;
    readonly precision: 'float32' | 'float64';
    readonly reductionPrecision: 'float64';
    readonly durationMs: number;
  };
  /** Each sensitivity analysis that ran. */
  readonly sensitivity: readonly SensitivityRunProvenance[];
  /** Samples and seed of each scenario's Monte Carlo run (common random numbers: one seed for all). */
  readonly scenarios?: { readonly samples: number; readonly seed: number; readonly backend: string };
  readonly durationMs: number;
}

/**
 * An LCA report of a study, independent of how it is rendered: every number
 * the HTML, Markdown and JSON renderers show, at full float64 precision,
 * structured like an ISO 14040/14044 study.
 */
export interface Report {
  readonly title: string;
  readonly goalAndScope: GoalAndScope;
  readonly inventory: Inventory;
  readonly impact: ImpactAssessment;
  readonly interpretation: Interpretation;
  readonly dataQuality: DataQuality;
  readonly provenance: ReportProvenance;
  /** The data behind every figure. */
  readonly figures: ReportFigureData;
  readonly settings: ReportSettings;
}
