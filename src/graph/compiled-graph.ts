import type { Distribution } from '../distributions/index.js';
import type { Expr } from './expr.js';

/** A named input of a compiled model. */
export interface GraphInput {
  /** Name used by `input(name)` nodes. */
  readonly name: string;
  /** Base (deterministic) value in `unit`. */
  readonly value: number;
  /** Canonical unit. */
  readonly unit: string;
  /** The input's distribution when it was given as one (test it with `isUncertain`), else absent. */
  readonly distribution?: Distribution;
}

/** A named output of a compiled model. */
export interface GraphOutput {
  /** Stable key (`annualized.total`, `embodied:xeon:0`). */
  readonly key: string;
  /** Human label for tables and charts. */
  readonly label: string;
  /** Canonical unit of the value. */
  readonly unit: string;
  /** The computation. */
  readonly expr: Expr;
  /** Classification for breakdowns: element, phase, server, component… */
  readonly tags: Readonly<Record<string, string>>;
}

/** A rank correlation between two inputs of a model. */
export interface GraphCorrelation {
  /** Name of the first input. */
  readonly a: string;
  /** Name of the second input. */
  readonly b: string;
  /** Spearman's ρ. */
  readonly rank: number;
}

/**
 * One explicit computation: named inputs and the outputs computed from them.
 * The deterministic evaluator, the Monte Carlo kernels and the sensitivity
 * analysers all run a model.
 */
export interface CompiledGraph {
  /** The named inputs, each with its value or distribution and provenance. */
  readonly inputs: readonly GraphInput[];
  /** The named outputs, each an expression over the inputs. */
  readonly outputs: readonly GraphOutput[];
  /** Rank correlations between uncertain inputs (a Gaussian copula in the Monte Carlo). */
  readonly correlations: readonly GraphCorrelation[];
}
