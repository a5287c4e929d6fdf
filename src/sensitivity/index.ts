/**
 * Sensitivity analysis, independent of the Monte Carlo engine: a problem
 * (named inputs with inverse CDFs, named outputs, a batch evaluator),
 * samplers that build designs on the host (Saltelli, Morris, one-at-a-time),
 * and analysers (Sobol first/total/second order with bootstrap intervals,
 * Morris μ, μ* and σ, tornado swings, Spearman ρ and SRRC).
 * @module
 */
export type {
  SensitivityInput,
  SensitivityProblem,
  HostSensitivityProblem,
  BatchEvaluator,
  SensitivityProgress,
  DesignEvaluationOptions,
  SensitivitySeedOptions,
} from './types.js';
export { problemFromFunction, type ModelFunction, type FunctionProblemOptions } from './problem-from-function.js';
export { problemFromExpression, type ExpressionProblemOptions } from './problem-from-expression.js';
export type { SaltelliSequence } from './saltelli-base.js';
export { saltelliDesign, saltelliRows, checkSaltelliSize, MIN_SOBOL_N, MAX_DESIGN_VALUES, type SaltelliOptions } from './saltelli-design.js';
export { morrisDesign, morrisDelta, DEFAULT_MORRIS_LEVELS, type MorrisDesignOptions } from './morris-design.js';
export { oatDesign } from './oat-design.js';
export { sobol, type SobolOptions, type SobolResult, type SobolOutput, type SobolInputIndices } from './sobol.js';
export { DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, type BootstrapOptions } from './bootstrap.js';
export { morris, type MorrisOptions, type MorrisResult, type MorrisOutput, type MorrisInputStats, type MorrisRankedInput } from './morris.js';
export {
  tornado,
  type TornadoOptions,
  type TornadoResult,
  type TornadoOutput,
  type TornadoResultBar,
  type TornadoInput,
  type TornadoValueSource,
} from './tornado.js';
export {
  rankCorrelation,
  type MonteCarloSamples,
  type RankCorrelationResult,
  type RankCorrelationOutput,
} from './rank-correlation.js';
export { midranks } from './ranks.js';
export { sampleProblem, type SampleProblemOptions, type ProblemSamples } from './sample-problem.js';
export { DEFAULT_SENSITIVITY_SEED } from './random-source.js';
export { DEFAULT_BATCH_ROWS } from './evaluate-design.js';
export { sobolShard, type SobolShard, type SobolShardOptions, type DesignRowRange } from './sobol-shard.js';
export { mergeSobolShards, missingSobolRows, type MergeSobolShardsOptions } from './merge-sobol-shards.js';
