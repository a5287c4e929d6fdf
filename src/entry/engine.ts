/**
 * `ailca/engine` — the Monte Carlo engine's parts below
 * {@link runMonteCarlo}: the sampling program built from a compiled model,
 * the execution backends (gpu.js `webgpu`/`webasm`/`cpu`, plain `js`), the
 * counter-based random streams, the streaming statistics the runs reduce
 * into, and the probability distributions with their moments, CDFs and
 * quantiles. Most users need only `runMonteCarlo` from the package root.
 *
 * @module ailca/engine
 */
// Monte Carlo runs and shards
export { runMonteCarlo, DEFAULT_MC_OUTPUTS, defaultOutputs, mergeMonteCarlo, studyHash, canonicalHash, checkSampleCount, MAX_SAMPLES, DEFAULT_CHUNK, PILOT_SAMPLES, constantSummary } from '../mc/index.js';
export type { MonteCarloOptions, MonteCarloProgress, MergeOptions, MonteCarloResult, MonteCarloOutput, MonteCarloProvenance, SampleCoverage, StudyHashRun } from '../mc/index.js';
// Sampling programs
export { buildProgram, MIN_UNIFORM, MAX_UNIFORM, referenceInputs, referenceSamples } from '../mc/index.js';
export type { BuiltProgram, ProgramInput, BuildProgramOptions } from '../mc/index.js';
// Backends
export { chooseBackend, explainAutoChoice, probeCacheDir, probeCacheKey, PROBE_CACHE_FILE, AUTO_MIN_PROBE_SAMPLES, AUTO_PROBE_BUDGET } from '../mc/index.js';
export type { AutoChoice, BackendProbe, ProbeShape, AutoProbeRequest, PartialBins, PartialReducer, ReduceTarget, ReducedOutput, DeviceReduction } from '../mc/index.js';
export type { ChunkScan } from '../stats/index.js';
export { createBackend, BACKEND_NAMES, AUTO_SOFTWARE_WEBGPU_MAX_OUTPUTS, createJsBackend, checkProgram, MAX_OUTPUTS, MAX_RESULT_BYTES, DEFAULT_BACKEND_CHUNK } from '../mc/index.js';
export type { SampleProgram, ProgramMode, CompileOptions, SampleColumns, Backend, BackendName, BackendRequest, BackendPrecision, SamplingKernel, RowKernel, BackendOptions, JsBackendOptions, CheckedProgram } from '../mc/index.js';
// Random streams
export { pcgStream, PCG_MAX_SAMPLES, pcgUniforms, pcgChunkSeed } from '../mc/index.js';
export { createRng, checkSeed, MAX_SEED, createSobol, sobolPoints, MAX_SOBOL_DIMENSIONS, type Rng, type SobolSequence } from '../random/index.js';
// Streaming statistics
export {
  RunningMoments, FixedHistogram, DEFAULT_HISTOGRAM_BINS, MAX_HISTOGRAM_BINS, choosePilotRange, sortedQuantile, DEFAULT_PERCENTILES, DEFAULT_DISPLAY_BINS,
  percentileKey, summarizeSamples, summarizeStream, StreamingSummary,
} from '../stats/index.js';
export type {
  MomentsSnapshot, NonFiniteReport, MomentsJSON, SampleChunk, HistogramOptions, HistogramJSON, HistogramQuantile, DisplayHistogram, PilotRange, Summary,
  SummaryOptions, StreamingSummaryJSON,
} from '../stats/index.js';
// Distributions
export {
  parseDistribution, DEFAULT_PERT_LAMBDA, distributionMean, distributionVariance, distributionCdf, distributionPpf, distributionQuantile, distributionSupport,
  isFixed, sampleDistribution, MAX_SAMPLES_PER_CALL, describeDistribution, distributionToSpec, normalCdf, normalPdf, normalPpf, rankCorrelationToPearson,
  choleskyCorrelation, correlateUniforms, quantileForm, quantileFunction, Q, compileQuantile, isUncertain,
} from '../distributions/index.js';
export type {
  Distribution, DistributionKind, FixedDistribution, UniformDistribution, NormalDistribution, LognormalDistribution, TriangularDistribution, BetaDistribution,
  DiscreteDistribution, DistributionSpec, DistributionSpecName, ParameterValue, ToNumber, UniformSource, CholeskyFactor, QuantileForm,
} from '../distributions/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
