import { InputError } from '../errors/index.js';
import { checkNumber, checkObjectKeys } from '../validate/index.js';
import { checkProblem } from './check-problem.js';
import { copyRowFiller, evaluateDesign } from './evaluate-design.js';
import { oatDesign } from './oat-design.js';
import type { DesignEvaluationOptions, SensitivityInput, SensitivityProblem } from './types.js';

/** Options of {@link tornado}. */
export interface TornadoOptions extends DesignEvaluationOptions {
  /** Percentile giving an input's low value when it has no explicit `low`; default 0.05. */
  readonly lowPercentile?: number;
  /** Percentile giving an input's high value when it has no explicit `high`; default 0.95. */
  readonly highPercentile?: number;
}

/** Where a tornado value came from: the input's explicit field, or its ppf. */
export type TornadoValueSource = 'explicit' | 'median' | 'percentile';

/** The values one input takes in a tornado analysis. */
export interface TornadoInput {
  /** Input name. */
  readonly name: string;
  /** The value the other bars hold it at, in the input's unit. */
  readonly base: number;
  /** Its low value, in the input's unit. */
  readonly low: number;
  /** Its high value, in the input's unit. */
  readonly high: number;
  /** `explicit` (input.base) or `median` (ppf(0.5), a default). */
  readonly baseSource: TornadoValueSource;
  /** `explicit` (input.low) or `percentile` (ppf(lowPercentile)). */
  readonly lowSource: TornadoValueSource;
  /** `explicit` (input.high) or `percentile` (ppf(highPercentile)). */
  readonly highSource: TornadoValueSource;
  /** The input's unit, when the problem gives one. */
  readonly unit?: string;
}

/** One bar of a tornado diagram (the shape the charts module's `tornadoChart` draws). */
export interface TornadoResultBar {
  /** Input name. */
  readonly input: string;
  /** Unit of `low` and `high`, from the input's `unit`. */
  readonly inputUnit?: string;
  /** The input's low value. */
  readonly low: number;
  /** The input's high value. */
  readonly high: number;
  /** The output with this input at its low value and every other input at base. */
  readonly outputAtLow: number;
  /** The output with this input at its high value and every other input at base. */
  readonly outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|. */
  readonly swing: number;
}

/** Tornado of one output (pass it to the charts module's `tornadoChart`). */
export interface TornadoOutput {
  /** The output with every input at base. */
  readonly baseOutput: number;
  /** One bar per input, from the largest swing to the smallest. */
  readonly bars: readonly TornadoResultBar[];
}

/** Result of {@link tornado}. */
export interface TornadoResult {
  /** Discriminant: always `'tornado'`. */
  readonly method: 'tornado';
  /** The values each input took, in the problem's input order. */
  readonly inputs: readonly TornadoInput[];
  /** Percentile of the low values taken from a ppf (a fraction in (0, 1)). */
  readonly lowPercentile: number;
  /** Percentile of the high values taken from a ppf. */
  readonly highPercentile: number;
  /** Model evaluations run: 1 + 2d. */
  readonly evaluations: number;
  /** Per output, by output name. */
  readonly outputs: Readonly<Record<string, TornadoOutput>>;
  /** Defaults taken (median bases, percentile bounds) and facts worth reading. */
  readonly notes: readonly string[];
}

/** Default percentile of the low values: 5 %, the lower end of the central 90 % range. */
const DEFAULT_LOW_PERCENTILE = 0.05;
/** Default percentile of the high values: 95 %, the upper end of the central 90 % range. */
const DEFAULT_HIGH_PERCENTILE = 0.95;

function valueOf(input: SensitivityInput, i: number, field: 'base' | 'low' | 'high', u: number): number {
  const explicit = input[field];
  if (explicit !== undefined) return explicit;
  const x = input.ppf(u);
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new InputError({ path: `tornado: problem.inputs[${i}].ppf (${input.name})`, received: x, expected: `a finite ${field} value; ppf was called with u = ${u}`, problem: 'returned a non-finite value', fix: `give the input an explicit ${field}, or check its distribution` });
  }
  return x;
}

/**
 * One-at-a-time sensitivity for a tornado diagram: each input in turn at its
 * low and its high value with every other input at base (see
 * {@link oatDesign}); the swing of each output is |y(high) − y(low)|, and the
 * bars are sorted by swing. Low and high are the input's explicit `low` and
 * `high` where given, else its percentiles (default 5 % and 95 %); the base
 * is `base` where given, else the median. Each value's source is reported.
 * The swing shows only the ends of each range: a model that is not monotone
 * in an input can swing further inside it.
 *
 * @param problem - inputs, outputs and evaluator
 * @param options - lowPercentile, highPercentile, batchRows, onProgress, signal
 * @returns per output the base value and the bars sorted by swing
 * @throws {@link InputError} for percentiles out of order or outside [0, 1],
 *   low above high, a non-finite ppf value, or an output that is not finite
 * @example
 * const p = problemFromFunction(
 *   [{ name: 'a', ppf: (u) => u, base: 1, low: 0, high: 2 }, { name: 'b', ppf: (u) => u, base: 1, low: 0, high: 3 }],
 *   (x) => 2 * x.a + x.b * x.b,
 * );
 * const t = await tornado(p);
 * t.outputs.y.baseOutput; // => 3
 * // b: 2·1 + 0 = 2 and 2·1 + 9 = 11, swing 9; a: 0 + 1 = 1 and 4 + 1 = 5, swing 4
 * t.outputs.y.bars.map((bar) => [bar.input, bar.swing]); // => [['b', 9], ['a', 4]]
 */
export async function tornado(problem: SensitivityProblem, options: TornadoOptions = {}): Promise<TornadoResult> {
  checkProblem(problem, 'tornado: problem');
  checkObjectKeys(options, 'tornado.options', ['lowPercentile', 'highPercentile', 'batchRows', 'onProgress', 'signal'], { noun: 'option' });
  const pct = { min: 0, max: 1, fix: 'percentiles are fractions, e.g. 0.05 and 0.95' };
  const lowPercentile = checkNumber(options.lowPercentile ?? DEFAULT_LOW_PERCENTILE, 'tornado.options.lowPercentile', pct);
  const highPercentile = checkNumber(options.highPercentile ?? DEFAULT_HIGH_PERCENTILE, 'tornado.options.highPercentile', pct);
  if (!(lowPercentile < highPercentile)) {
    throw new InputError({ path: 'tornado.options.lowPercentile', received: lowPercentile, expected: `a value below highPercentile (${highPercentile})`, problem: 'is not below highPercentile', fix: 'swap them' });
  }
  const inputs: TornadoInput[] = problem.inputs.map((input, i) => {
    const low = valueOf(input, i, 'low', lowPercentile);
    const high = valueOf(input, i, 'high', highPercentile);
    if (low > high) {
      throw new InputError({ path: `tornado: problem.inputs[${i}] (${input.name})`, received: [low, high], expected: 'low ≤ high', problem: 'has its low value above its high value', fix: 'check the explicit low/high against the percentiles of its distribution' });
    }
    return {
      name: input.name,
      base: valueOf(input, i, 'base', 0.5),
      low,
      high,
      baseSource: input.base !== undefined ? 'explicit' : 'median',
      lowSource: input.low !== undefined ? 'explicit' : 'percentile',
      highSource: input.high !== undefined ? 'explicit' : 'percentile',
      ...(input.unit !== undefined ? { unit: input.unit } : {}),
    };
  });
  const d = inputs.length;
  const design = oatDesign(inputs.map((x) => x.base), inputs.map((x) => x.low), inputs.map((x) => x.high));
  const rows = 1 + 2 * d;
  const ys = await evaluateDesign(problem, rows, copyRowFiller(design, d), options, 'tornado');

  const notes: string[] = [];
  const defaulted = inputs.filter((x) => x.baseSource === 'median').map((x) => x.name);
  if (defaulted.length > 0) notes.push(`no explicit base for ${defaulted.join(', ')}: used the median ppf(0.5)`);
  const usesPercentiles = inputs.some((x) => x.lowSource === 'percentile' || x.highSource === 'percentile');
  if (usesPercentiles && (options.lowPercentile === undefined || options.highPercentile === undefined)) {
    notes.push(`percentiles not given: used lowPercentile ${lowPercentile} and highPercentile ${highPercentile} where an input has no explicit low or high`);
  }
  const outputs: Record<string, TornadoOutput> = {};
  problem.outputs.forEach((name, k) => {
    const y = ys[k];
    const bars: TornadoResultBar[] = inputs.map((input, i) => {
      const outputAtLow = y[1 + 2 * i];
      const outputAtHigh = y[2 + 2 * i];
      const unit = input.unit !== undefined ? { inputUnit: input.unit } : {};
      return { input: input.name, ...unit, low: input.low, high: input.high, outputAtLow, outputAtHigh, swing: Math.abs(outputAtHigh - outputAtLow) };
    });
    bars.sort((a, b) => b.swing - a.swing);
    outputs[name] = { baseOutput: y[0], bars };
  });
  return { method: 'tornado', inputs, lowPercentile, highPercentile, evaluations: rows, outputs, notes };
}
