/**
 * ailca — life-cycle assessment of AI systems.
 *
 * The package root holds what a study needs: define or load a study, assess
 * it, propagate uncertainty (Monte Carlo), find the inputs that matter
 * (sensitivity), compare scenarios, chart and tabulate the results, write a
 * report, and look up datasets. Everything else is in subpaths:
 * `ailca/study`, `ailca/graph`, `ailca/engine`, `ailca/sensitivity`,
 * `ailca/datasets`, `ailca/charts`, `ailca/report`, `ailca/workloads`
 * (docs/api.md lists them).
 * @module ailca
 */
// Studies
export { defineStudy, type StudyOptions } from './study/index.js';
export { loadStudy, loadStudyFile, applyScenario, type StudyFile, type Scenario } from './scenarios/index.js';
export type { Study } from './system/index.js';
// Assessment
export { assess, type Assessment } from './assess/index.js';
// Monte Carlo
export { runMonteCarlo, mergeMonteCarlo, type MonteCarloOptions, type MonteCarloResult, type MonteCarloOutput } from './mc/index.js';
// Sensitivity and scenarios
export { analyseStudy, compareScenarios, type AnalyseStudyOptions, type StudySensitivity, type ScenarioResult } from './analysis/index.js';
export type { TornadoOutput, SobolOutput, MorrisOutput } from './sensitivity/index.js';
// Charts and tables
export { histogramChart, tornadoChart, sobolChart, morrisChart, contributionChart, stackedBarChart, scenarioChart, htmlTable, formatNumber } from './charts/index.js';
// Reports
export { buildReport, writeReport, type Report, type ReportOptions } from './report/index.js';
// Datasets
export { listDatasets, describeDataset, loadBundledDataset, lookupGridIntensity } from './datasets/index.js';
// Errors
export { AilcaError, InputError, UnitError, FileError } from './errors/index.js';
export { NonFiniteResultError } from './assess/index.js';
export { libraryVersion } from './version.js';
