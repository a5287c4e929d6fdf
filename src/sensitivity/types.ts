import type { UniformSource } from '../distributions/index.js';

/**
 * One uncertain input of a {@link SensitivityProblem}, defined by its inverse
 * cumulative distribution function. Samplers draw points `u` in the unit
 * hypercube and map each coordinate through its input's `ppf`; the analysers
 * never see the distribution itself, so any distribution with a quantile
 * function works (the distributions module's `distributionPpf(d, u)` fits as
 * `ppf: (u) => distributionPpf(d, u)`).
 */
export interface SensitivityInput {
  /** Unique name; keys of the results and of the records given to functions. */
  readonly name: string;
  /**
   * Inverse CDF: the value whose cumulative probability is `u`. Sobol and
   * plain sampling pass u in (0, 1), never exactly 0; tornado passes its
   * percentiles and 0.5; Morris passes its grid, which includes 0 and 1
   * unless `percentiles` narrows it.
   */
  readonly ppf: (u: number) => number;
  /** Base (reference) value for tornado; default: the median `ppf(0.5)`. */
  readonly base?: number;
  /** Explicit low value for tornado; default: `ppf(lowPercentile)`. */
  readonly low?: number;
  /** Explicit high value for tornado; default: `ppf(highPercentile)`. */
  readonly high?: number;
  /** Unit of the input's values, shown in results (`kgCO2e/kWh`). */
  readonly unit?: string;
}

/**
 * Evaluate a design: `design` holds `n` rows of `d` input values (row-major,
 * columns in the order of `problem.inputs`); return one array of `n` values
 * per output, in the order of `problem.outputs`. May be async (a gpu.js
 * kernel, a worker pool). Arrays may be Float32Array; the analysers copy them
 * into float64 before reducing. The `design` buffer is reused for the next
 * batch once the call returns (or its promise settles): copy it to keep it.
 */
export type BatchEvaluator = (
  design: Float64Array,
  n: number,
) => readonly ArrayLike<number>[] | Promise<readonly ArrayLike<number>[]>;

/**
 * What a sensitivity analysis needs and nothing more: named uncertain inputs,
 * named outputs and a batch evaluator. Build one by hand (for a gpu.js
 * kernel), with {@link problemFromFunction} or with
 * {@link problemFromExpression}. The inputs are taken as independent.
 */
export interface SensitivityProblem {
  /** The uncertain inputs, in column order of every design. */
  readonly inputs: readonly SensitivityInput[];
  /** Names of the outputs `evaluate` returns, in order. */
  readonly outputs: readonly string[];
  /** The batch evaluator. */
  readonly evaluate: BatchEvaluator;
}

/**
 * A problem whose evaluator runs synchronously on the host and returns
 * float64 arrays, as {@link problemFromFunction} and
 * {@link problemFromExpression} build.
 */
export interface HostSensitivityProblem extends SensitivityProblem {
  readonly evaluate: (design: Float64Array, n: number) => Float64Array[];
}

/** Progress of a long analysis, reported after each evaluated batch. */
export interface SensitivityProgress {
  /** Model evaluations (design rows) done so far. */
  readonly done: number;
  /** Model evaluations the analysis needs in all. */
  readonly total: number;
}

/** Options every analyser that evaluates a design accepts. */
export interface DesignEvaluationOptions {
  /**
   * Design rows per call of `evaluate`; default 65,536 (2^16: large enough to
   * keep a GPU busy, small enough to keep the batch under a few MB).
   */
  readonly batchRows?: number;
  /** Called after each batch with the rows done and the total. */
  readonly onProgress?: (progress: SensitivityProgress) => void;
  /** Abort between batches; the analysis rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Options of the seeded analysers: a seed, or a random source injected by the caller. */
export interface SensitivitySeedOptions {
  /** Seed of the random stream, an integer in [0, 2^32 − 1]; default 1 (reported). */
  readonly seed?: number;
  /** A random source to use instead of `createRng(seed)`; the result then records no seed. */
  readonly rng?: UniformSource;
}
