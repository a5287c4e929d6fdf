/**
 * Probability distributions for uncertain inputs: validation and
 * normalisation of what users write, moments, CDF, quantile (inverse CDF),
 * sampling by inverse CDF, descriptions, and rank correlation through a
 * Gaussian copula. Normalised distributions are frozen plain data that the
 * Monte Carlo kernels turn into in-kernel sampling code.
 * @module
 */
export type {
  Distribution,
  DistributionKind,
  FixedDistribution,
  UniformDistribution,
  NormalDistribution,
  LognormalDistribution,
  TriangularDistribution,
  BetaDistribution,
  DiscreteDistribution,
  DistributionSpec,
  DistributionSpecName,
  ParameterValue,
  ToNumber,
} from './types.js';
export { parseDistribution } from './parse-distribution.js';
export { DEFAULT_PERT_LAMBDA } from './pert.js';
export { distributionMean, distributionVariance } from './moments.js';
export { distributionCdf } from './distribution-cdf.js';
export { distributionPpf, distributionQuantile } from './distribution-ppf.js';
export { quantileForm, quantileFunction } from './distribution-quantile-form.js';
export { Q, type QuantileForm } from './quantile-form.js';
export { compileQuantile } from './compile-quantile.js';
export { distributionSupport, isFixed, isUncertain } from './distribution-support.js';
export { sampleDistribution, MAX_SAMPLES_PER_CALL, type UniformSource } from './sample-distribution.js';
export { describeDistribution } from './describe-distribution.js';
export { distributionToSpec } from './distribution-to-spec.js';
export { normalCdf, normalPdf } from './normal-cdf.js';
export { normalPpf, AS241_COEFFICIENTS } from './normal-ppf.js';
export { rankCorrelationToPearson } from './rank-correlation.js';
export { choleskyCorrelation, type CholeskyFactor } from './cholesky-correlation.js';
export { correlateUniforms } from './correlate-uniforms.js';
