import type { ComponentResult, InputEcho, JobResult, PhaseSplit, UndefinedRatio } from '../assess/index.js';
import type { Element } from '../study/index.js';
import type { ReportFigureData } from './figure-data.js';
import type { ReportSettings } from './report-options.js';
import type { SensitivityRunProvenance } from './run-sensitivity.js';

/** Monte Carlo statistics of one output (float64 reductions of the samples). */
export interface ReportStatistics {
  /** Finite samples the statistics are of. */
  readonly count: number;
  /** Arithmetic mean, in the output's unit. */
  readonly mean: number;
  /** Sample standard deviation: the standard uncertainty the report rounds to. */
  readonly sd: number;
  /** Standard error of the mean, sd / √count. */
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
  /** What the output is, in words (`annualised footprint`). */
  readonly label: string;
  /** Canonical unit (`kgCO2e/year`; `1` for a fraction). */
  readonly unit: string;
  /** Every input at its base value. */
  readonly deterministic: number;
  /** Statistics of the Monte Carlo run. */
  readonly monteCarlo?: ReportStatistics;
}

/** One of the four elements of an AI system in the goal and scope. */
export interface ReportElementScope {
  /** `model`, `data`, `server` or `cloud`. */
  readonly element: Element;
  /** False when the study does not describe the element: its footprint is then zero by construction. */
  readonly modelled: boolean;
  /** What the study includes for it, in words. */
  readonly text: string;
}

/** Something outside the system boundary, and where the report learned it. */
export interface ReportExclusion {
  /** What is excluded, in a sentence. */
  readonly text: string;
  /** `boundary` (ailca never models it), `bill of materials` (absent from a server's parts) or `study description`. */
  readonly basis: 'boundary' | 'bill of materials' | 'study description';
}

/** The functional unit of a study, in words. */
export interface ReportFunctionalUnit {
  /** Short name (`footprint per year of operation`). */
  readonly label: string;
  /** Unit of the footprint per functional unit (`kgCO2e/year`). */
  readonly unit: string;
  /** What it counts and how it is computed. */
  readonly definition: string;
}

/** ISO 14044 §4.2: goal and scope of the study. */
export interface GoalAndScope {
  /** The study's name. */
  readonly studyName: string;
  /** The study's description as written. */
  readonly description?: string;
  /** Goal, intended application and audience. */
  readonly goal: string;
  /** What results are scaled to. */
  readonly functionalUnit: ReportFunctionalUnit;
  /** The factor set the study chose (`clemm-2024`), when it names one. */
  readonly factorMethod?: string;
  /** The hardware and site, one line each. */
  readonly system: readonly string[];
  /** The four elements, each modelled or not. */
  readonly elements: readonly ReportElementScope[];
  /** Life-cycle stages inside the boundary. */
  readonly included: readonly string[];
  /** What lies outside the boundary, and why. */
  readonly exclusions: readonly ReportExclusion[];
}

/** ISO 14044 §4.3: the life-cycle inventory, every input with unit, value or distribution, status and source. */
export interface Inventory {
  /** Every input of the study as used (base value in its canonical unit, distribution, status, source). */
  readonly inputs: readonly InputEcho[];
  /** Paths of the inputs drawn from a distribution (not fixed). */
  readonly uncertain: readonly string[];
}

/** Annualised footprint of one element, by phase [kgCO2e/year], with the Monte Carlo spread of its total. */
export interface ReportElementResult extends PhaseSplit {
  /** `model`, `data`, `server` or `cloud`. */
  readonly element: Element;
  /** False when the study does not describe the element. */
  readonly modelled: boolean;
  /** Statistics of the element's annualised total. */
  readonly monteCarlo?: ReportStatistics;
}

/** ISO 14044 §4.4: impact assessment (climate change, GWP100 in kgCO2e). */
export interface ImpactAssessment {
  /** The footprint per functional unit. */
  readonly functionalUnit: ReportEstimate;
  /** Embodied, operational, energy, annualised, lifetime totals and the use-phase share (absent when it is undefined, see `usePhaseShareUndefined`). */
  readonly totals: readonly ReportEstimate[];
  /** Why the use-phase share has no value (`footprint is zero`: 0 ÷ 0), when it has none. */
  readonly usePhaseShareUndefined?: string;
  /** The annualised footprint of each of the four elements, by phase. */
  readonly byElement: readonly ReportElementResult[];
  /** Embodied carbon per component over the hardware's life [kgCO2e]. */
  readonly embodiedComponents: readonly ComponentResult[];
  /** Operational carbon per component per year [kgCO2e/year], with energy [kWh/year]. */
  readonly operationalComponents: readonly ComponentResult[];
  /** Jobs of the model and data elements, when the study has any. */
  readonly jobs?: readonly JobResult[];
}

/** One input's place in the sensitivity ranking. */
export interface ReportSensitivityRow {
  /** The input's study path (`cloud.gridIntensity`). */
  readonly input: string;
  /** The input's canonical unit, when it has one. */
  readonly unit?: string;
  /** Sobol first-order index, when Sobol ran. */
  readonly S1?: number;
  /** Bootstrap interval of S1. */
  readonly S1ci?: readonly [number, number];
  /** Sobol total index, when Sobol ran. */
  readonly ST?: number;
  /** Bootstrap interval of ST. */
  readonly STci?: readonly [number, number];
  /** Tornado: the input's low value. */
  readonly low?: number;
  /** Tornado: the input's high value. */
  readonly high?: number;
  /** Tornado: the functional unit with the input low, the others at base. */
  readonly outputAtLow?: number;
  /** Tornado: the functional unit with the input high, the others at base. */
  readonly outputAtHigh?: number;
  /** Tornado: |outputAtHigh − outputAtLow|. */
  readonly swing?: number;
}

/** How the tornado of a report ran. */
export interface ReportTornadoRun {
  /** Percentile of every input's low value (0.05). */
  readonly lowPercentile: number;
  /** Percentile of every input's high value (0.95). */
  readonly highPercentile: number;
  /** The functional unit with every input at base. */
  readonly baseOutput: number;
  /** Model runs: 1 + 2 × inputs. */
  readonly evaluations: number;
}

/** How the Sobol analysis of a report ran. */
export interface ReportSobolRun {
  /** Base samples N. */
  readonly n: number;
  /** Model runs: N × (inputs + 2). */
  readonly evaluations: number;
  /** Seed of the design and bootstrap. */
  readonly seed: number | undefined;
  /** Bootstrap resamples. */
  readonly resamples: number;
  /** Confidence of the bootstrap intervals (0.95). */
  readonly confidence: number;
  /** Mean of the functional unit over the design. */
  readonly mean: number;
  /** Variance of the functional unit over the design. */
  readonly variance: number;
}

/** Sensitivity of the functional unit to the uncertain inputs. */
export interface ReportSensitivity {
  /** The output analysed (`functionalUnit`). */
  readonly output: string;
  /** Its unit. */
  readonly unit: string;
  /** Rows ranked by Sobol ST (by tornado swing when Sobol did not run). */
  readonly ranking: readonly ReportSensitivityRow[];
  /** The tornado, when it ran. */
  readonly tornado?: ReportTornadoRun;
  /** Sobol, when it ran. */
  readonly sobol?: ReportSobolRun;
  /** Why an analysis did not run, and what the analysers noted. */
  readonly notes: readonly string[];
}

/** The deterministic value of a scenario's functional unit, split by phase. */
export interface ReportScenarioValue {
  /** The functional unit with every input at base. */
  readonly value: number;
  /** Its embodied part (same unit), when the functional unit splits by phase. */
  readonly embodied?: number;
  /** Its operational part (same unit). */
  readonly operational?: number;
}

/** Monte Carlo statistics of a scenario, with the run's size and seed. */
export interface ReportScenarioStatistics extends ReportStatistics {
  /** Samples of the run. */
  readonly samples: number;
  /** Seed of the run (the same for every scenario). */
  readonly seed: number;
}

/** The base case or one scenario of the study file. */
export interface ReportScenario {
  /** `base case` or the scenario's name. */
  readonly name: string;
  /** The scenario's description, as written. */
  readonly description?: string;
  /** The values the scenario sets, as written (empty for the base case). */
  readonly set: Readonly<Record<string, unknown>>;
  /** The functional unit with every input at base, and its split by phase. */
  readonly deterministic: ReportScenarioValue;
  /** Annualised footprint by phase [kgCO2e/year], deterministic. */
  readonly annualized: PhaseSplit;
  /** Statistics of the functional unit. */
  readonly monteCarlo?: ReportScenarioStatistics;
  /** Deterministic value ÷ the base case's − 1; an `UndefinedRatio` (`the base case is 0`) when the base case is 0. */
  readonly changeFromBase: number | UndefinedRatio;
}

/** A sentence of the interpretation with the numbers it states. */
export interface ReportFinding {
  /** The subsection it belongs to. */
  readonly topic: 'dominant contributors' | 'use phase' | 'uncertainty' | 'sensitivity' | 'scenarios';
  /** The finding, numbers rounded as the rounding note says. */
  readonly text: string;
}

/** ISO 14044 §4.5: interpretation. */
export interface Interpretation {
  /** Findings in words. */
  readonly findings: readonly ReportFinding[];
  /** The sensitivity analyses. */
  readonly sensitivity: ReportSensitivity;
  /** The base case first, then each scenario. */
  readonly scenarios: readonly ReportScenario[];
}

/** An uncertain input whose base value its distribution cannot take. */
export interface ReportBaseOutsideSupport {
  /** The input's study path. */
  readonly path: string;
  /** Its base value. */
  readonly base: number;
  /** The distribution's support [lo, hi] (±Infinity when unbounded). */
  readonly support: readonly [number, number];
}

/** Data quality and limitations (ISO 14044 §4.2.3.6). */
export interface DataQuality {
  /** Inputs by status: `input`, `default`, `dataset`, `derived`. */
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Inputs drawn from a distribution. */
  readonly uncertainInputs: number;
  /** Inputs with a fixed value. */
  readonly fixedInputs: number;
  /** Paths of inputs that cite no source. */
  readonly unsourced: readonly string[];
  /** Inputs the study did not give: library defaults. */
  readonly defaults: readonly InputEcho[];
  /** Uncertain inputs whose base value lies outside their distribution's support. */
  readonly baseOutsideSupport: readonly ReportBaseOutsideSupport[];
  /** How the functional unit's percentiles were read (`none` when it is constant). */
  readonly quantileMethod: 'exact' | 'histogram' | 'none';
  /** The most any percentile of the functional unit can be off [its unit]. */
  readonly quantileMaxError?: number;
  /** Percentiles that fell outside the histogram's range. */
  readonly percentilesOutOfRange: readonly string[];
  /** Arithmetic of the Monte Carlo samples. */
  readonly samplePrecision?: 'float32' | 'float64';
  /** Arithmetic of every reduction. */
  readonly reductionPrecision: 'float64';
  /** Rank correlations the study declares; honoured by the Monte Carlo, ignored by Sobol and the tornado. */
  readonly correlations: number;
  /** Limitations of the method and of this study. */
  readonly limitations: readonly string[];
  /** Warnings of the assessment (implausible values) and of the Monte Carlo run. */
  readonly warnings: readonly string[];
}

/** A dataset a report used. */
export interface ReportDataset {
  /** The dataset's name (`clemm-2024`). */
  readonly name: string;
  /** Its version. */
  readonly version: string;
}

/** How the Monte Carlo run of a report was made. */
export interface ReportMonteCarloRun {
  /** Seed of the run. */
  readonly seed: number;
  /** Samples asked for. */
  readonly samples: number;
  /** Samples computed (fewer only when aborted). */
  readonly completed: number;
  /** The backend that ran it (`js`, `webasm`, `webgpu`, `cpu`). */
  readonly backend: string;
  /** The backend in words, with why `auto` chose it. */
  readonly backendDescription: string;
  /** Arithmetic of the samples. */
  readonly precision: 'float32' | 'float64';
  /** Arithmetic of every reduction. */
  readonly reductionPrecision: 'float64';
  /** Wall time of the run [ms]. */
  readonly durationMs: number;
}

/** How the scenarios of a report were run. */
export interface ReportScenarioRuns {
  /** Samples of each scenario's run. */
  readonly samples: number;
  /** Seed of every scenario's run. */
  readonly seed: number;
  /** The backend. */
  readonly backend: string;
}

/** Enough to reproduce the report and to judge it. */
export interface ReportProvenance {
  /** `ailca`. */
  readonly library: string;
  /** The library's version. */
  readonly version: string;
  /** Datasets the study's inputs came from, with versions. */
  readonly datasets: readonly ReportDataset[];
  /** The report's date (ISO 8601). */
  readonly date: string;
  /** The study file's path as given. */
  readonly studyFile: string;
  /** SHA-256 of the study file's bytes, when the file could be read. */
  readonly studySha256?: string;
  /** Node.js version. */
  readonly node: string;
  /** The Monte Carlo run. */
  readonly monteCarlo?: ReportMonteCarloRun;
  /** Each sensitivity analysis that ran. */
  readonly sensitivity: readonly SensitivityRunProvenance[];
  /** The scenarios' runs (common random numbers: one seed for all). */
  readonly scenarios?: ReportScenarioRuns;
  /** Wall time to build the report [ms]. */
  readonly durationMs: number;
}

/**
 * An LCA report of a study, independent of how it is rendered: every number
 * the HTML, Markdown and JSON renderers show, at full float64 precision,
 * structured like an ISO 14040/14044 study.
 */
export interface Report {
  /** `Life-cycle assessment: ` and the study's name. */
  readonly title: string;
  /** Section 1: goal and scope. */
  readonly goalAndScope: GoalAndScope;
  /** Section 2: life-cycle inventory. */
  readonly inventory: Inventory;
  /** Section 3: impact assessment. */
  readonly impact: ImpactAssessment;
  /** Section 4: interpretation. */
  readonly interpretation: Interpretation;
  /** Section 5: data quality and limitations. */
  readonly dataQuality: DataQuality;
  /** Section 6: provenance. */
  readonly provenance: ReportProvenance;
  /** The data behind every figure. */
  readonly figures: ReportFigureData;
  /** The settings the report was made with. */
  readonly settings: ReportSettings;
}
