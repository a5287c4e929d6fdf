import { InputError } from '../errors/index.js';
import { checkBootstrap, checkBootstrapThreads, type BootstrapOptions } from './bootstrap.js';
import { defaultBootstrapThreads } from './bootstrap-pool.js';
import { checkProblem } from './check-problem.js';
import { constantInputs } from './constant-inputs.js';
import { resolveRandom, type ResolvedRandom } from './random-source.js';
import type { SaltelliSequence } from './saltelli-base.js';
import { checkSaltelliSize } from './saltelli-design.js';
import type { SensitivityProblem, SensitivitySeedOptions } from './types.js';

/** The design and bootstrap options a Sobol' analysis (whole or sharded) is checked against. */
export interface SobolPlanOptions extends SensitivitySeedOptions {
  /** Base sample count n. */
  readonly n: number;
  /** Also estimate second-order indices. */
  readonly secondOrder?: boolean;
  /** How the base samples are drawn. */
  readonly sequence?: SaltelliSequence;
  /** Bootstrap settings. */
  readonly bootstrap?: BootstrapOptions;
}

/** A checked Sobol' analysis: sizes, bootstrap and the seeded stream, before anything is drawn. */
export interface SobolPlan {
  /** Number of inputs. */
  readonly d: number;
  /** Base sample count. */
  readonly n: number;
  /** Whether S2 is estimated. */
  readonly secondOrder: boolean;
  /** How the base samples are drawn. */
  readonly sequence: SaltelliSequence;
  /** Resamples and confidence of the bootstrap. */
  readonly boot: { readonly resamples: number; readonly confidence: number };
  /** Threads of the bootstrap (the intervals do not depend on it). */
  readonly threads: number;
  /** The seeded stream: the design is drawn from it first, then the bootstrap continues it. */
  readonly random: ResolvedRandom;
  /** Notes of the design side: a defaulted seed or bootstrap. */
  readonly notes: readonly string[];
}

/**
 * Check a Sobol' problem and its options as {@link sobol} does (at least two
 * uncertain inputs, n, secondOrder, sequence, bootstrap, seed) and resolve
 * the seeded stream. Shared by `sobol`, `sobolShard` and `mergeSobolShards`,
 * so that a sharded analysis checks and draws exactly as the whole one.
 *
 * @param problem - the problem, or its input list where only the names are known (a merge)
 * @param options - n, seed or rng, secondOrder, sequence, bootstrap
 * @param path - the caller's name, used in errors (`sobol`)
 * @throws {@link InputError} for fewer than two uncertain inputs or a bad option
 * @internal
 */
export function planSobol(problem: SensitivityProblem, options: SobolPlanOptions, path: string): SobolPlan {
  checkProblem(problem, `${path}: problem`);
  const d = problem.inputs.length;
  if (d < 2) {
    throw new InputError({ path: `${path}: problem.inputs`, received: problem.inputs.map((x) => x.name), expected: 'at least two uncertain inputs', problem: 'has too few inputs', fix: 'with one uncertain input it causes all of the variance (S1 = ST = 1); use tornado to see its effect' });
  }
  const fixed = constantInputs(problem.inputs);
  if (d - fixed.length < 2) {
    throw new InputError({ path: `${path}: problem.inputs`, received: fixed, expected: 'at least two uncertain inputs (ppf not constant)', problem: 'has fewer than two uncertain inputs', fix: 'give the constant inputs a distribution with spread, or analyse a model with more uncertain inputs' });
  }
  const secondOrder = options.secondOrder ?? false;
  if (typeof secondOrder !== 'boolean') {
    throw new InputError({ path: `${path}.options.secondOrder`, received: secondOrder, expected: 'true or false' });
  }
  const sequence = options.sequence ?? 'random';
  const n = checkSaltelliSize(d, options.n, secondOrder, sequence, `${path}.options`);
  const boot = checkBootstrap(options.bootstrap, `${path}.options.bootstrap`);
  const threads = checkBootstrapThreads(options.bootstrap, `${path}.options.bootstrap`, defaultBootstrapThreads());
  const random = resolveRandom(options, `${path}.options`);
  const notes = [...random.notes];
  if (options.bootstrap === undefined) notes.push(`bootstrap not given: used ${boot.resamples} resamples, ${boot.confidence} percentile intervals`);
  return { d, n, secondOrder, sequence, boot, threads, random, notes };
}
