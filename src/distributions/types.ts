/**
 * A normalised probability distribution: frozen, JSON-serialisable plain
 * data with canonical parameters, discriminated by `kind`. Made by
 * {@link parseDistribution}; sampled by inverse CDF ({@link distributionPpf}).
 * Parameters with units are in the canonical unit of the field they
 * describe (h, kWh, kgCO2e/kWh …).
 */
export type Distribution =
  | FixedDistribution
  | UniformDistribution
  | NormalDistribution
  | LognormalDistribution
  | TriangularDistribution
  | BetaDistribution
  | DiscreteDistribution;

/** The `kind` of a normalised {@link Distribution}. */
export type DistributionKind = Distribution['kind'];

/** A constant. Degenerate distributions (sd = 0, min = max, gsd = 1, one value) become this. */
export interface FixedDistribution {
  readonly kind: 'fixed';
  readonly value: number;
  /** The `dist` the user wrote when a degenerate distribution was normalised to a constant. */
  readonly from?: DistributionSpecName;
}

/** Uniform on [min, max], min < max. */
export interface UniformDistribution {
  readonly kind: 'uniform';
  readonly min: number;
  readonly max: number;
}

/**
 * Normal with parent mean and sd > 0, truncated to [min, max]; min = −Infinity
 * and max = Infinity when untruncated. `JSON.stringify` writes ±Infinity as
 * `null`: use {@link distributionToSpec} for a JSON form that reads back.
 */
export interface NormalDistribution {
  readonly kind: 'normal';
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
}

/** Lognormal: ln X ~ Normal(mu, sigma²), sigma > 0; mu is ln of a value in the canonical unit. */
export interface LognormalDistribution {
  readonly kind: 'lognormal';
  readonly mu: number;
  readonly sigma: number;
}

/** Triangular on [min, max] with its mode, min ≤ mode ≤ max, min < max. */
export interface TriangularDistribution {
  readonly kind: 'triangular';
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/**
 * Beta(alpha, beta) scaled to [min, max], min < max. A PERT is stored as this
 * with `from: 'pert'` and its `mode` and `lambda` kept for reports.
 */
export interface BetaDistribution {
  readonly kind: 'beta';
  readonly alpha: number;
  readonly beta: number;
  readonly min: number;
  readonly max: number;
  readonly from?: 'pert';
  /** The PERT's most likely value (only with `from: 'pert'`). */
  readonly mode?: number;
  /** The PERT's shape parameter λ (only with `from: 'pert'`). */
  readonly lambda?: number;
}

/**
 * Discrete: distinct `values` in ascending order, each with a positive
 * probability; `cumulative[i]` = P(X ≤ values[i]), the last exactly 1.
 */
export interface DiscreteDistribution {
  readonly kind: 'discrete';
  readonly values: readonly number[];
  readonly probabilities: readonly number[];
  readonly cumulative: readonly number[];
}

/** The `dist` names a user may write. */
export type DistributionSpecName = DistributionSpec['dist'];

/** A parameter as the user writes it: a number in the canonical unit, or a quantity string such as `"3 years"`. */
export type ParameterValue = number | string;

/**
 * A distribution as a user writes it in a study (JSON or TypeScript). Plain
 * numbers and quantity strings are also accepted by {@link parseDistribution}
 * as constants.
 */
export type DistributionSpec =
  | { readonly dist: 'fixed'; readonly value: ParameterValue }
  | { readonly dist: 'uniform'; readonly min: ParameterValue; readonly max: ParameterValue }
  | {
      readonly dist: 'normal';
      readonly mean: ParameterValue;
      readonly sd: ParameterValue;
      readonly min?: ParameterValue;
      readonly max?: ParameterValue;
    }
  | { readonly dist: 'lognormal'; readonly median: ParameterValue; readonly gsd: number }
  | { readonly dist: 'lognormal'; readonly mu: number; readonly sigma: number }
  | { readonly dist: 'lognormal'; readonly mean: ParameterValue; readonly sd: ParameterValue }
  | { readonly dist: 'triangular'; readonly min: ParameterValue; readonly mode: ParameterValue; readonly max: ParameterValue }
  | {
      readonly dist: 'pert';
      readonly min: ParameterValue;
      readonly mode: ParameterValue;
      readonly max: ParameterValue;
      readonly lambda?: number;
    }
  | {
      readonly dist: 'beta';
      readonly alpha: number;
      readonly beta: number;
      readonly min?: ParameterValue;
      readonly max?: ParameterValue;
    }
  | { readonly dist: 'discrete'; readonly values: readonly ParameterValue[]; readonly weights?: readonly number[] };

/**
 * Converts a parameter as written (`3`, `"3 years"`) to a finite number in
 * the canonical unit of the field; throws a typed error naming `path` when it
 * cannot. Used for parameters that carry the field's unit (value, min, max,
 * mean, sd, median, mode, discrete values); dimensionless ones (gsd, mu,
 * sigma, alpha, beta, lambda, weights) must be plain numbers.
 */
export type ToNumber = (value: unknown, path: string) => number;
