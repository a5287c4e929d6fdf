/**
 * Analyses of a study on the Monte Carlo engine: sensitivity (tornado,
 * Morris, Sobol, rank correlation) and scenario comparison.
 * @module
 */
export { studyProblem, type StudyProblem, type StudyProblemOptions, type InputBounds } from './study-problem.js';
export { analyseStudy, type AnalyseStudyOptions, type StudySensitivity, type SensitivityMethod } from './analyse-study.js';
export { compareScenarios, type ScenarioResult, type CompareScenariosOptions } from './compare-scenarios.js';
