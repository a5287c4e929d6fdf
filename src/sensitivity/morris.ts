import { InputError } from '../errors/index.js';
import { checkObjectKeys } from '../validate/index.js';
import { checkProblem } from './check-problem.js';
import { evaluateDesign, unitRowFiller } from './evaluate-design.js';
import { checkMorrisSize, DEFAULT_MORRIS_LEVELS, drawMorris, morrisDelta } from './morris-design.js';
import { resolveRandom } from './random-source.js';
import type { DesignEvaluationOptions, SensitivityProblem, SensitivitySeedOptions } from './types.js';

/** Options of {@link morris}. */
export interface MorrisOptions extends SensitivitySeedOptions, DesignEvaluationOptions {
  /** Number of trajectories r, an integer ≥ 2; the model runs r(d + 1) times. */
  readonly r: number;
  /** Grid levels p, an even integer in [2, 100]; default 4. */
  readonly levels?: number;
  /**
   * The probability range the unit grid is stretched over: grid value x is
   * evaluated at ppf(lo + x(hi − lo)). Default [0, 1], right for bounded
   * inputs; an unbounded input (normal, lognormal) needs e.g. [0.01, 0.99].
   */
  readonly percentiles?: readonly [number, number];
}

/** Morris statistics of one input for one output, in output units per input range. */
export interface MorrisInputStats {
  /** μ: mean elementary effect (signed; effects of opposite sign cancel). */
  readonly mu: number;
  /** μ*: mean absolute elementary effect (Campolongo et al. 2007): the importance. */
  readonly muStar: number;
  /** σ: standard deviation of the effects (r − 1 denominator): non-linearity or interactions. */
  readonly sigma: number;
}

/** Morris statistics of one named input (the shape the charts module's `morrisChart` draws). */
export interface MorrisRankedInput extends MorrisInputStats {
  /** Input name. */
  readonly input: string;
}

/** Morris screening of one output. */
export interface MorrisOutput {
  /** Statistics per input, by name, in the order of the problem's inputs. */
  readonly stats: Readonly<Record<string, MorrisInputStats>>;
  /** The same statistics from the largest μ* to the smallest (ties keep input order). */
  readonly ranking: readonly MorrisRankedInput[];
}

/** Result of {@link morris}. */
export interface MorrisResult {
  /** Discriminant: always `'morris'`. */
  readonly method: 'morris';
  /** Input names in design column order. */
  readonly inputs: readonly string[];
  /** Number of trajectories. */
  readonly r: number;
  /** Grid levels p. */
  readonly levels: number;
  /** The step Δ = p / (2(p − 1)) in the unit grid. */
  readonly delta: number;
  /** The probability range [lo, hi] the unit grid was stretched over. */
  readonly percentiles: readonly [number, number];
  /** Model evaluations run: r(d + 1). */
  readonly evaluations: number;
  /** Seed of the design; undefined when an rng was injected. */
  readonly seed: number | undefined;
  /** Per output, by output name. */
  readonly outputs: Readonly<Record<string, MorrisOutput>>;
  /** Defaults taken and facts worth reading (constant outputs, defaulted seed). */
  readonly notes: readonly string[];
}

function checkPercentiles(value: unknown, path: string): [number, number] {
  const pair: readonly unknown[] = Array.isArray(value) ? (value as unknown[]) : [];
  const [lo, hi] = pair;
  const ok = pair.length === 2 && typeof lo === 'number' && typeof hi === 'number' && Number.isFinite(lo) && Number.isFinite(hi) && lo >= 0 && lo < hi && hi <= 1;
  if (!ok) {
    throw new InputError({ path, received: value, expected: 'a pair [lo, hi] of probabilities with 0 ≤ lo < hi ≤ 1', fix: 'e.g. [0.01, 0.99] for unbounded inputs' });
  }
  return [lo, hi];
}

/**
 * Morris elementary-effects screening (Morris 1991; μ* of Campolongo,
 * Cariboni & Saltelli 2007). Along each trajectory of {@link morrisDesign}
 * one input moves by ±Δ in the unit grid; its elementary effect is
 * EE = (y after − y before) / (±Δ), the output change per unit of the
 * input's (percentile) range. Over r trajectories: μ = mean EE,
 * μ* = mean |EE|, σ = sd of EE. For a linear model y = Σ bᵢxᵢ with xᵢ
 * uniform on [aᵢ, cᵢ], μ*ᵢ = |bᵢ|(cᵢ − aᵢ) and σᵢ = 0 exactly.
 *
 * @param problem - inputs, outputs and evaluator
 * @param options - r, levels (default 4), percentiles, seed, batchRows, onProgress, signal
 * @returns μ, μ*, σ per input per output, and a ranking by μ*
 * @throws {@link InputError} for a bad r, levels, percentiles or seed, a ppf
 *   that is not finite on the grid, or an output that is not finite
 * @example
 * const p = problemFromFunction(
 *   [{ name: 'a', ppf: (u) => 10 * u }, { name: 'b', ppf: (u) => 1 + u }],
 *   (x) => 3 * x.a - 5 * x.b,
 * );
 * const m = await morris(p, { r: 10, seed: 1 });
 * // μ*ₐ = |3| × (10 − 0) = 30; μ*_b = |−5| × (2 − 1) = 5; μ_b = −5
 * Math.round(m.outputs.y.stats.a.muStar * 1e9) / 1e9; // => 30
 * Math.round(m.outputs.y.stats.b.mu * 1e9) / 1e9; // => -5
 * m.outputs.y.ranking.map((e) => e.input); // => ['a', 'b']
 */
export async function morris(problem: SensitivityProblem, options: MorrisOptions): Promise<MorrisResult> {
  checkProblem(problem, 'morris: problem');
  checkObjectKeys(options, 'morris.options', ['r', 'levels', 'percentiles', 'seed', 'rng', 'batchRows', 'onProgress', 'signal'], { noun: 'option' });
  const d = problem.inputs.length;
  const { r, levels } = checkMorrisSize(d, options.r, options.levels ?? DEFAULT_MORRIS_LEVELS, 'morris.options');
  const percentiles = checkPercentiles(options.percentiles ?? [0, 1], 'morris.options.percentiles');
  const random = resolveRandom(options, 'morris.options');
  const unit = drawMorris(d, r, levels, random.uniform);
  const delta = morrisDelta(levels);
  const [lo, hi] = percentiles;
  const stretched = lo === 0 && hi === 1 ? unit : unit.map((x) => lo + x * (hi - lo));
  const rows = r * (d + 1);
  const ys = await evaluateDesign(problem, rows, unitRowFiller(stretched, problem, 'morris'), options, 'morris');

  const notes = [...random.notes];
  if (options.levels === undefined) notes.push(`levels not given: used ${DEFAULT_MORRIS_LEVELS}`);
  if (options.percentiles === undefined) notes.push('percentiles not given: the grid spans each input from ppf(0) to ppf(1)');
  const names = problem.inputs.map((x) => x.name);
  const outputs: Record<string, MorrisOutput> = {};
  problem.outputs.forEach((name, k) => {
    const y = ys[k];
    const sum = new Float64Array(d);
    const sumAbs = new Float64Array(d);
    const effects = new Float64Array(r * d); // effect of input i on trajectory t at t·d + i
    for (let t = 0; t < r; t += 1) {
      for (let m = 0; m < d; m += 1) {
        const before = (t * (d + 1) + m) * d;
        let i = 0;
        while (unit[before + d + i] === unit[before + i]) i += 1;
        const step = (unit[before + d + i]) > (unit[before + i]) ? delta : -delta;
        const ee = ((y[t * (d + 1) + m + 1]) - (y[t * (d + 1) + m])) / step;
        effects[t * d + i] = ee;
        sum[i] = (sum[i]) + ee;
        sumAbs[i] = (sumAbs[i]) + Math.abs(ee);
      }
    }
    const stats: Record<string, MorrisInputStats> = {};
    names.forEach((input, i) => {
      const mu = (sum[i]) / r;
      let ss = 0;
      for (let t = 0; t < r; t += 1) ss += ((effects[t * d + i]) - mu) ** 2;
      stats[input] = { mu, muStar: (sumAbs[i]) / r, sigma: Math.sqrt(ss / (r - 1)) };
    });
    if (y.every((v) => v === y[0])) notes.push(`output "${name}" is constant: every effect is 0`);
    const ranking = names.map((input) => ({ input, ...(stats[input]) })).sort((a, b) => b.muStar - a.muStar);
    outputs[name] = { stats, ranking };
  });
  return { method: 'morris', inputs: names, r, levels, delta, percentiles, evaluations: rows, seed: random.seed, outputs, notes };
}
