/**
 * `ailca/sensitivity` — sensitivity analysis on any model, independent of
 * studies: problems from a function or an expression, the samplers
 * (Saltelli, Morris, one-at-a-time) and the analysers (Sobol with bootstrap
 * intervals, Morris, tornado, rank correlation), plus the study-level
 * {@link analyseStudy}, {@link studyProblem} and {@link compareScenarios}.
 *
 * @module ailca/sensitivity
 */
export { studyProblem, analyseStudy, compareScenarios, planSobolStudyHash, sobolStudyShard, checkSobolStudyShards, mergeSobolStudyShards, splitDesignRows } from '../analysis/index.js';
export type {
  StudyProblem, StudyProblemOptions, InputBounds, AnalyseStudyOptions, StudySensitivity, SensitivityMethod, ScenarioResult, CompareScenariosOptions, SobolStudyDesign,
  SobolStudyShardOptions, StudySobolShard, SobolShardCoverage,
} from '../analysis/index.js';
export {
  problemFromFunction, problemFromExpression, saltelliDesign, saltelliRows, MIN_SOBOL_N, MAX_DESIGN_VALUES, morrisDesign, morrisDelta, DEFAULT_MORRIS_LEVELS,
  oatDesign, sobol, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, morris, tornado, rankCorrelation, midranks, sampleProblem, DEFAULT_SENSITIVITY_SEED,
  DEFAULT_BATCH_ROWS, sobolShard, mergeSobolShards, missingSobolRows,
} from '../sensitivity/index.js';
export type {
  SensitivityInput, SensitivityProblem, HostSensitivityProblem, BatchEvaluator, SensitivityProgress, DesignEvaluationOptions, SensitivitySeedOptions,
  ModelFunction, FunctionProblemOptions, ExpressionProblemOptions, SaltelliSequence, SaltelliOptions, MorrisDesignOptions, SobolOptions, SobolResult,
  SobolOutput, SobolInputIndices, BootstrapOptions, MorrisOptions, MorrisResult, MorrisOutput, MorrisInputStats, MorrisRankedInput, TornadoOptions,
  TornadoResult, TornadoOutput, TornadoResultBar, TornadoInput, TornadoValueSource, MonteCarloSamples, RankCorrelationResult, RankCorrelationOutput,
  SampleProblemOptions, ProblemSamples, SobolShard, SobolShardOptions, DesignRowRange, MergeSobolShardsOptions,
} from '../sensitivity/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
