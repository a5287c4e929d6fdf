/**
 * Generation of the sampling program of a compiled model: in-kernel inverse
 * CDFs, the Gaussian copula for rank correlations, and the model's
 * expressions; plus the float64 host reference of the same samples.
 * @module
 */
export { buildProgram, MIN_UNIFORM, MAX_UNIFORM, type BuiltProgram, type ProgramInput, type BuildProgramOptions } from './build-program.js';
export { referenceInputs, referenceSamples } from './reference-sample.js';
export { samplerCode, ppfTable, PPF_TABLE_INTERVALS, type SamplerCode } from './sampler-code.js';
export { inverseNormalCode, normalCdfCode } from './inverse-normal-code.js';
export { quantileCode, usesOnlyNormalScore } from './quantile-code.js';
export { discreteSamplerCode, discreteTable, DISCRETE_SCAN_MAX, type DiscreteTable } from './discrete-sampler-code.js';
