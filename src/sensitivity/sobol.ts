import { checkObjectKeys } from '../validate/index.js';
import type { BootstrapOptions } from './bootstrap.js';
import { evaluateDesign } from './evaluate-design.js';
import { drawSaltelliBase, type SaltelliSequence } from './saltelli-base.js';
import { saltelliRows } from './saltelli-design.js';
import { mapSaltelliBase, saltelliRowFiller } from './saltelli-rows.js';
import { analyseSobolOutputs } from './sobol-analyse.js';
import { planSobol } from './sobol-plan.js';
import type { DesignEvaluationOptions, SensitivityProblem, SensitivitySeedOptions } from './types.js';

/** Options of {@link sobol}. */
export interface SobolOptions extends SensitivitySeedOptions, DesignEvaluationOptions {
  /** Base sample count n, an integer ≥ 64; the model runs n(d + 2) times, n(2d + 2) with second order. */
  readonly n: number;
  /** Also estimate second-order indices (Saltelli 2002); default false. */
  readonly secondOrder?: boolean;
  /** How the base samples are drawn: `random` (default) or `sobol` (quasi-random; n a power of two). See {@link saltelliDesign}. */
  readonly sequence?: SaltelliSequence;
  /** Bootstrap settings; default 1000 resamples, 95 % percentile intervals, on every core (the intervals do not depend on the thread count). */
  readonly bootstrap?: BootstrapOptions;
}

/** Sobol indices of one input for one output. */
export interface SobolInputIndices {
  /** First-order index: the share of the output variance this input causes alone. */
  readonly S1: number;
  /** Bootstrap percentile interval of S1. */
  readonly S1ci: readonly [number, number];
  /** Total-order index: its share including every interaction it takes part in. */
  readonly ST: number;
  /** Bootstrap percentile interval of ST. */
  readonly STci: readonly [number, number];
  /** Second-order index with each other input (by name), when asked for. */
  readonly S2?: Readonly<Record<string, number>>;
  /** Bootstrap percentile intervals of S2, by name of the other input. */
  readonly S2ci?: Readonly<Record<string, readonly [number, number]>>;
}

/** Sobol analysis of one output. */
export interface SobolOutput {
  /** Mean of the output over the A and B samples (2n values). */
  readonly mean: number;
  /** Variance of the output over the A and B samples (population form), the denominator of every index. */
  readonly variance: number;
  /** True when the output is the same number on every sample: every index is then 0. */
  readonly constant: boolean;
  /** Indices per input, by input name, in the order of the problem's inputs. */
  readonly indices: Readonly<Record<string, SobolInputIndices>>;
}

/** Result of {@link sobol}. */
export interface SobolResult {
  /** Discriminant: always `'sobol'`. */
  readonly method: 'sobol';
  /** Input names in design column order. */
  readonly inputs: readonly string[];
  /** Base sample count. */
  readonly n: number;
  /** Model evaluations run: n(d + 2), or n(2d + 2) with second order. */
  readonly evaluations: number;
  /** Seed of the design and bootstrap stream; undefined when an rng was injected. */
  readonly seed: number | undefined;
  /** Whether second-order indices were computed. */
  readonly secondOrder: boolean;
  /** How the base samples were drawn. */
  readonly sequence: SaltelliSequence;
  /** The percentile bootstrap behind every interval. */
  readonly bootstrap: {
    /** Bootstrap resamples behind each interval. */
    readonly resamples: number;
    /** Confidence level of the intervals, e.g. 0.95. */
    readonly confidence: number;
  };
  /** Per output, by output name. */
  readonly outputs: Readonly<Record<string, SobolOutput>>;
  /** Defaults taken and facts worth reading (constant outputs, defaulted seed). */
  readonly notes: readonly string[];
}

/**
 * Sobol variance-based sensitivity indices — first order (Saltelli et al.
 * 2010), total order (Jansen 1999) and, on request, second order (Saltelli
 * 2002) — from a seeded pseudo-random Saltelli design (see
 * {@link saltelliDesign}), with seeded percentile-bootstrap confidence
 * intervals. The design's 2n base points are mapped through each input's ppf
 * once and its rows evaluated by `problem.evaluate` in batches. The
 * bootstrap runs in WebAssembly on every core, each resample from its own
 * seeded stream, so the intervals are the same for any thread count. Inputs
 * are taken as independent.
 *
 * @param problem - inputs (at least two uncertain), outputs and evaluator
 * @param options - n, seed, secondOrder, bootstrap, batchRows, onProgress, signal
 * @returns indices with intervals, mean and variance per output
 * @throws {@link InputError} for fewer than two uncertain inputs, a bad n,
 *   seed or bootstrap setting, or an output that is not finite for some
 *   samples (the error names how many and the first bad row with its inputs)
 * @example
 * const problem = problemFromFunction(
 *   [{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => u }],
 *   (x) => x.a + 2 * x.b,
 * );
 * const r = await sobol(problem, { n: 4096, seed: 1, bootstrap: { resamples: 100 } });
 * // a linear model: S1 = ST = bᵢ²/Σb² = 1/5 and 4/5
 * Math.abs(r.outputs.y.indices.a.S1 - 0.2) < 0.05; // => true
 * Math.abs(r.outputs.y.indices.b.ST - 0.8) < 0.05; // => true
 * r.evaluations; // => 16384
 */
export async function sobol(problem: SensitivityProblem, options: SobolOptions): Promise<SobolResult> {
  checkObjectKeys(options, 'sobol.options', ['n', 'seed', 'rng', 'secondOrder', 'sequence', 'bootstrap', 'batchRows', 'onProgress', 'signal'], { noun: 'option' });
  const plan = planSobol(problem, options, 'sobol');
  const { d, n, secondOrder, sequence } = plan;
  // The 2n base points are mapped once; every design value is one of them, so design rows are copied from A and B batch by batch.
  const { A, B } = mapSaltelliBase(drawSaltelliBase(d, n, sequence, plan.random.uniform), problem, n, 'sobol');
  const ys = await evaluateDesign(problem, saltelliRows(d, n, secondOrder), saltelliRowFiller(A, B, d, n), options, 'sobol');
  // The bootstrap continues the stream the design was drawn from (mergeSobolShards redraws the design to get there).
  return analyseSobolOutputs(ys, problem.inputs.map((x) => x.name), problem.outputs, plan, options.signal);
}
