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
  /** Discriminant: always `'fixed'`. */
  readonly kind: 'fixed';
  /** The constant, in the canonical unit of the field. */
  readonly value: number;
  /** The `dist` the user wrote when a degenerate distribution was normalised to a constant. */
  readonly from?: DistributionSpecName;
}

/** Uniform on [min, max], min < max. */
export interface UniformDistribution {
  /** Discriminant: always `'uniform'`. */
  readonly kind: 'uniform';
  /** Lower bound, in the canonical unit of the field. */
  readonly min: number;
  /** Upper bound (> min), in the canonical unit of the field. */
  readonly max: number;
}

/**
 * Normal with parent mean and sd > 0, truncated to [min, max]; min = −Infinity
 * and max = Infinity when untruncated. `JSON.stringify` writes ±Infinity as
 * `null`: use {@link distributionToSpec} for a JSON form that reads back.
 */
export interface NormalDistribution {
  /** Discriminant: always `'normal'`. */
  readonly kind: 'normal';
  /** Mean of the parent (untruncated) normal, in the canonical unit of the field. */
  readonly mean: number;
  /** Standard deviation of the parent normal (> 0), in the canonical unit of the field. */
  readonly sd: number;
  /** Lower truncation bound; −Infinity when not truncated below. */
  readonly min: number;
  /** Upper truncation bound; Infinity when not truncated above. */
  readonly max: number;
}

/** Lognormal: ln X ~ Normal(mu, sigma²), sigma > 0; mu is ln of a value in the canonical unit. */
export interface LognormalDistribution {
  /** Discriminant: always `'lognormal'`. */
  readonly kind: 'lognormal';
  /** Mean of ln X (ln of the median in the canonical unit of the field). */
  readonly mu: number;
  /** Standard deviation of ln X (> 0; ln of the geometric standard deviation). */
  readonly sigma: number;
}

/** Triangular on [min, max] with its mode, min ≤ mode ≤ max, min < max. */
export interface TriangularDistribution {
  /** Discriminant: always `'triangular'`. */
  readonly kind: 'triangular';
  /** Lower bound, in the canonical unit of the field. */
  readonly min: number;
  /** Most likely value, in [min, max]. */
  readonly mode: number;
  /** Upper bound (> min), in the canonical unit of the field. */
  readonly max: number;
}

/**
 * Beta(alpha, beta) scaled to [min, max], min < max. A PERT is stored as this
 * with `from: 'pert'` and its `mode` and `lambda` kept for reports.
 */
export interface BetaDistribution {
  /** Discriminant: always `'beta'`. */
  readonly kind: 'beta';
  /** First shape parameter α > 0 (dimensionless). */
  readonly alpha: number;
  /** Second shape parameter β > 0 (dimensionless). */
  readonly beta: number;
  /** Lower end of the scaled support, in the canonical unit of the field. */
  readonly min: number;
  /** Upper end of the scaled support (> min), in the canonical unit of the field. */
  readonly max: number;
  /** `'pert'` when the user wrote a PERT distribution, which is stored as this beta. */
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
  /** Discriminant: always `'discrete'`. */
  readonly kind: 'discrete';
  /** Distinct possible values in ascending order, in the canonical unit of the field. */
  readonly values: readonly number[];
  /** Probability of each value (> 0, summing to 1). */
  readonly probabilities: readonly number[];
  /** P(X ≤ values[i]); the last is exactly 1. */
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
  | {
      /** A constant. */
      readonly dist: 'fixed';
      /** The constant: a number in the field's canonical unit or a quantity string. */
      readonly value: ParameterValue;
    }
  | {
      /** Uniform on [min, max]. */
      readonly dist: 'uniform';
      /** Lower bound (number in the canonical unit or quantity string). */
      readonly min: ParameterValue;
      /** Upper bound, ≥ min (min = max gives a constant). */
      readonly max: ParameterValue;
    }
  | {
      /** Normal, optionally truncated to [min, max]. */
      readonly dist: 'normal';
      /** Mean of the parent normal. */
      readonly mean: ParameterValue;
      /** Standard deviation of the parent normal, ≥ 0 (0 gives a constant). */
      readonly sd: ParameterValue;
      /** Lower truncation bound; default none. */
      readonly min?: ParameterValue;
      /** Upper truncation bound; default none. */
      readonly max?: ParameterValue;
    }
  | {
      /** Lognormal by its median and geometric standard deviation. */
      readonly dist: 'lognormal';
      /** Median (the geometric mean), > 0. */
      readonly median: ParameterValue;
      /** Geometric standard deviation, ≥ 1 (dimensionless; 1 gives a constant). */
      readonly gsd: number;
    }
  | {
      /** Lognormal by the parameters of ln X. */
      readonly dist: 'lognormal';
      /** Mean of ln X, where X is in the field's canonical unit. */
      readonly mu: number;
      /** Standard deviation of ln X, ≥ 0. */
      readonly sigma: number;
    }
  | {
      /** Lognormal by its arithmetic mean and standard deviation. */
      readonly dist: 'lognormal';
      /** Arithmetic mean, > 0. */
      readonly mean: ParameterValue;
      /** Arithmetic standard deviation, ≥ 0. */
      readonly sd: ParameterValue;
    }
  | {
      /** Triangular on [min, max] with a mode. */
      readonly dist: 'triangular';
      /** Lower bound. */
      readonly min: ParameterValue;
      /** Most likely value, in [min, max]. */
      readonly mode: ParameterValue;
      /** Upper bound. */
      readonly max: ParameterValue;
    }
  | {
      /** PERT (a scaled beta weighted towards the mode). */
      readonly dist: 'pert';
      /** Lower bound. */
      readonly min: ParameterValue;
      /** Most likely value, in [min, max]. */
      readonly mode: ParameterValue;
      /** Upper bound. */
      readonly max: ParameterValue;
      /** Weight of the mode, > 0; default 4 (the classic PERT). */
      readonly lambda?: number;
    }
  | {
      /** Beta(alpha, beta) scaled to [min, max]. */
      readonly dist: 'beta';
      /** First shape parameter, > 0. */
      readonly alpha: number;
      /** Second shape parameter, > 0. */
      readonly beta: number;
      /** Lower end of the support; default 0. */
      readonly min?: ParameterValue;
      /** Upper end of the support; default 1. */
      readonly max?: ParameterValue;
    }
  | {
      /** A finite set of values. */
      readonly dist: 'discrete';
      /** The possible values. */
      readonly values: readonly ParameterValue[];
      /** Non-negative weight of each value, normalised to sum to 1; default equal weights. */
      readonly weights?: readonly number[];
    };

/**
 * Converts a parameter as written (`3`, `"3 years"`) to a finite number in
 * the canonical unit of the field; throws a typed error naming `path` when it
 * cannot. Used for parameters that carry the field's unit (value, min, max,
 * mean, sd, median, mode, discrete values); dimensionless ones (gsd, mu,
 * sigma, alpha, beta, lambda, weights) must be plain numbers.
 */
export type ToNumber = (value: unknown, path: string) => number;
