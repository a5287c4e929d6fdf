/**
 * The Monte Carlo engine: a study's compiled model becomes a generated
 * sampling program run by gpu.js (webgpu, webasm, cpu) or plain JavaScript,
 * reduced chunk by chunk in float64, with shards that merge.
 * @module
 */
export { runMonteCarlo } from './run-monte-carlo.js';
export { DEFAULT_MC_OUTPUTS, defaultOutputs, type MonteCarloOptions, type MonteCarloProgress } from './monte-carlo-options.js';
export { mergeMonteCarlo, type MergeOptions } from './merge-monte-carlo.js';
export type { MonteCarloResult, MonteCarloOutput, MonteCarloProvenance, SampleCoverage } from './monte-carlo-result.js';
export { studyHash, canonicalHash, type StudyHashRun } from './study-hash.js';
export { planStudyHash, runStudyHash, backendPrecision, type PlannedRun } from './plan-study-hash.js';
export { splitSamples } from './split-samples.js';
export type { SampleRange } from './check-shard.js';
export { checkSampleCount, MAX_SAMPLES, DEFAULT_CHUNK, PILOT_SAMPLES } from './check-run-options.js';
export { constantSummary } from './constant-summary.js';
export { sameOutputs, type SameOutputs } from './same-outputs.js';
export * from './program/index.js';
export * from './backends/index.js';
export { pcgStream, PCG_MAX_SAMPLES } from './random/pcg.js';
export { pcgUniforms, pcgChunkSeed } from './random/index.js';
