/**
 * Analyses of a study on the Monte Carlo engine: sensitivity (tornado,
 * Morris, Sobol, rank correlation) and scenario comparison.
 * @module
 */
export { studyProblem, studyDesignInputs, studyProblemOutputs, type StudyProblem, type StudyProblemOptions, type InputBounds } from './study-problem.js';
export { analyseStudy, type AnalyseStudyOptions, type StudySensitivity, type SensitivityMethod } from './analyse-study.js';
export { compareScenarios, type ScenarioResult, type CompareScenariosOptions } from './compare-scenarios.js';
export { planSobolStudyHash, type SobolStudyDesign } from './sobol-design-hash.js';
export { sobolStudyShard, type SobolStudyShardOptions, type StudySobolShard } from './sobol-study-shard.js';
export { checkSobolStudyShards, mergeSobolStudyShards, type SobolShardCoverage } from './merge-sobol-study-shards.js';
export { splitDesignRows } from './split-design-rows.js';
export { encodeFloat64, decodeFloat64 } from './float64-base64.js';
