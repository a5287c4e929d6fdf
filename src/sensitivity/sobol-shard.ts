import { InputError } from '../errors/index.js';
import { checkObjectKeys } from '../validate/index.js';
import { evaluateDesign } from './evaluate-design.js';
import { drawSaltelliBase, type SaltelliSequence } from './saltelli-base.js';
import { saltelliRows } from './saltelli-design.js';
import { mapSaltelliBase, saltelliRowFiller } from './saltelli-rows.js';
import type { SobolOptions } from './sobol.js';
import { planSobol } from './sobol-plan.js';
import type { SensitivityProblem } from './types.js';

/** Rows [start, end) of a design. */
export interface DesignRowRange {
  /** First row (0-based). */
  readonly start: number;
  /** One past the last row. */
  readonly end: number;
}

/** Options of {@link sobolShard}: those of {@link sobol} without `rng` (a shard regenerates the design from its seed), and the rows. */
export interface SobolShardOptions extends Omit<SobolOptions, 'rng'> {
  /** The rows of the Saltelli design to evaluate, within [0, n(d + 2)) (n(2d + 2) with second order). */
  readonly range: DesignRowRange;
}

/** Rows of a Saltelli design evaluated by {@link sobolShard}, and the analysis they belong to. */
export interface SobolShard {
  /** Discriminant: always `'sobol-shard'`. */
  readonly method: 'sobol-shard';
  /** Input names in design column order. */
  readonly inputs: readonly string[];
  /** Output names, in the order of `values`. */
  readonly outputs: readonly string[];
  /** Base sample count n. */
  readonly n: number;
  /** Seed of the design and bootstrap stream. */
  readonly seed: number;
  /** Whether the design has the BA blocks of second-order indices. */
  readonly secondOrder: boolean;
  /** How the base samples are drawn. */
  readonly sequence: SaltelliSequence;
  /** The bootstrap the merge will run. */
  readonly bootstrap: {
    /** Bootstrap resamples. */
    readonly resamples: number;
    /** Confidence level of the intervals (0.95 = 95 %). */
    readonly confidence: number;
  };
  /** Rows of the whole design. */
  readonly rows: number;
  /** The rows this shard evaluated. */
  readonly range: DesignRowRange;
  /** Per output, its float64 value on each row of the range. */
  readonly values: readonly Float64Array[];
  /** Notes of the design side (a defaulted seed or bootstrap), carried into the merged result. */
  readonly notes: readonly string[];
}

/**
 * Evaluate rows [start, end) of the Saltelli design of a Sobol' analysis,
 * and nothing else: one shard of `sobol(problem, options)` split by rows.
 * The design is regenerated from the seed exactly as {@link sobol} draws it
 * (the 2n base points are cheap); only the model evaluations are split.
 * Merge the shards of every row with {@link mergeSobolShards}.
 *
 * @param problem - inputs (at least two uncertain), outputs and evaluator
 * @param options - the options of `sobol` (n, seed, secondOrder, sequence, bootstrap…) and `range`
 * @returns the outputs on the rows of the range, with what the merge needs
 * @throws {@link InputError} for a bad option, a range outside the design, or non-finite outputs (naming the design row)
 * @example
 * const problem = problemFromFunction([{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => u }], (x) => x.a + 2 * x.b);
 * const s = await sobolShard(problem, { n: 64, seed: 1, range: { start: 0, end: 100 } });
 * s.rows; // => 256
 * s.values[0].length; // => 100
 */
export async function sobolShard(problem: SensitivityProblem, options: SobolShardOptions): Promise<SobolShard> {
  checkObjectKeys(options, 'sobolShard.options', ['n', 'seed', 'secondOrder', 'sequence', 'bootstrap', 'batchRows', 'onProgress', 'signal', 'range'], { noun: 'option' });
  const plan = planSobol(problem, options, 'sobolShard');
  const { d, n, secondOrder, sequence } = plan;
  const rows = saltelliRows(d, n, secondOrder);
  const range = checkRowRange(options.range, rows, 'sobolShard.options.range');
  const { A, B } = mapSaltelliBase(drawSaltelliBase(d, n, sequence, plan.random.uniform), problem, n, 'sobolShard');
  const fill = saltelliRowFiller(A, B, d, n);
  const values = await evaluateDesign(problem, range.end - range.start, (start, count, out) => fill(range.start + start, count, out), options, 'sobolShard', range.start);
  return {
    method: 'sobol-shard', inputs: problem.inputs.map((x) => x.name), outputs: [...problem.outputs], n, seed: plan.random.seed as number, secondOrder, sequence, bootstrap: plan.boot, rows, range, values, notes: plan.notes,
  };
}

/**
 * Check a row range against a design of `rows` rows: whole numbers with 0 ≤ start < end ≤ rows.
 * @internal
 */
export function checkRowRange(range: unknown, rows: number, path: string): DesignRowRange {
  const r = range as Partial<DesignRowRange> | undefined;
  const ok = typeof r === 'object' && r !== null && Number.isInteger(r.start) && Number.isInteger(r.end) && (r.start as number) >= 0 && (r.start as number) < (r.end as number) && (r.end as number) <= rows;
  if (!ok) {
    throw new InputError({ path, received: range, expected: `{ start, end }, whole numbers with 0 ≤ start < end ≤ ${rows} (the rows of the design)`, problem: 'is not a range of design rows', fix: `give rows of [0, ${rows}), e.g. { start: 0, end: ${Math.ceil(rows / 2)} }` });
  }
  return { start: r.start as number, end: r.end as number };
}
