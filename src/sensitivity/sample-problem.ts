import { checkNumber, checkObjectKeys } from '../validate/index.js';
import { checkProblem } from './check-problem.js';
import { copyRowFiller, evaluateDesign, unitRowFiller } from './evaluate-design.js';
import { resolveRandom } from './random-source.js';
import { MAX_DESIGN_VALUES } from './saltelli-design.js';
import type { DesignEvaluationOptions, SensitivityProblem, SensitivitySeedOptions } from './types.js';

/** Options of {@link sampleProblem}. */
export interface SampleProblemOptions extends SensitivitySeedOptions, DesignEvaluationOptions {
  /** Number of samples, an integer ≥ 3. */
  readonly n: number;
}

/** Samples of a plain Monte Carlo run of a problem, ready for {@link rankCorrelation}. */
export interface ProblemSamples {
  /** The drawn values of each input, by name (n each). */
  readonly inputs: Readonly<Record<string, Float64Array>>;
  /** The model's value of each output on each draw, by name. */
  readonly outputs: Readonly<Record<string, Float64Array>>;
  /** The seed used; undefined when an rng was injected. */
  readonly seed: number | undefined;
  /** Defaults taken (defaulted seed) and facts worth reading. */
  readonly notes: readonly string[];
}

/**
 * Run a plain seeded Monte Carlo on a problem on the host: n independent
 * draws of every input through its ppf, evaluated in batches. For a study,
 * the Monte Carlo engine produces the same shape of samples faster; this is
 * for a researcher's own function.
 *
 * @param problem - inputs, outputs and evaluator
 * @param options - n, seed (default 1) or rng, batchRows, onProgress, signal
 * @returns the input and output samples by name, and the seed
 * @throws {@link InputError} for a bad n or seed, or an output that is not finite
 * @example
 * const p = problemFromExpression([{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => u }], 'a + b');
 * const s = await sampleProblem(p, { n: 100, seed: 5 });
 * s.outputs.y[7] === s.inputs.a[7] + s.inputs.b[7]; // => true
 */
export async function sampleProblem(problem: SensitivityProblem, options: SampleProblemOptions): Promise<ProblemSamples> {
  checkProblem(problem, 'sampleProblem: problem');
  checkObjectKeys(options, 'sampleProblem.options', ['n', 'seed', 'rng', 'batchRows', 'onProgress', 'signal'], { noun: 'option' });
  const d = problem.inputs.length;
  const n = checkNumber(options.n, 'sampleProblem.options.n', {
    min: 3,
    max: Math.floor(MAX_DESIGN_VALUES / d),
    integer: true,
    fix: 'give the sample count as a whole number, e.g. 10000',
  });
  const random = resolveRandom(options, 'sampleProblem.options');
  const unit = new Float64Array(n * d);
  for (let j = 0; j < unit.length; j += 1) unit[j] = random.uniform();
  const design = new Float64Array(n * d);
  unitRowFiller(unit, problem, 'sampleProblem')(0, n, design);
  const ys = await evaluateDesign(problem, n, copyRowFiller(design, d), options, 'sampleProblem');
  const inputs: Record<string, Float64Array> = {};
  problem.inputs.forEach((input, i) => {
    const column = new Float64Array(n);
    for (let j = 0; j < n; j += 1) column[j] = design[j * d + i];
    inputs[input.name] = column;
  });
  const outputs: Record<string, Float64Array> = {};
  problem.outputs.forEach((name, k) => (outputs[name] = ys[k]));
  return { inputs, outputs, seed: random.seed, notes: random.notes };
}
