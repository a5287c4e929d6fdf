import { formatValue, InputError } from '../errors/index.js';
import { checkObjectKeys } from '../validate/index.js';
import { checkInputs, checkNames } from './check-problem.js';
import type { HostSensitivityProblem, SensitivityInput } from './types.js';

/** A model written as a TypeScript function of one sample's named inputs. */
export type ModelFunction = (x: Readonly<Record<string, number>>) => number | Readonly<Record<string, number>>;

/** Options of {@link problemFromFunction}. */
export interface FunctionProblemOptions {
  /**
   * Output names. Default: the function is called once at the inputs' base
   * values (`base`, else the median `ppf(0.5)`); a number result gives the
   * single output `y`, a record gives its keys.
   */
  readonly outputs?: readonly string[];
}

/** Name of the output of a model that returns a plain number. */
const SINGLE_OUTPUT = 'y';

function outputsOf(result: unknown): string[] {
  if (typeof result === 'number') return [SINGLE_OUTPUT];
  if (typeof result === 'object' && result !== null && Object.keys(result).length > 0) return Object.keys(result);
  throw new InputError({ path: 'problemFromFunction: fn(x)', received: result, expected: 'a number, or a record of named numbers', problem: 'returned neither a number nor a record', fix: 'return the output value, e.g. x.energy * x.intensity, or { total, embodied }' });
}

/**
 * Make a {@link SensitivityProblem} from a function of one sample's named
 * inputs. The function returns a number (one output named `y`) or a record
 * of named numbers (one output per key). The batch evaluator calls it once
 * per design row on the host, in float64.
 *
 * @param inputs - the uncertain inputs, each with a ppf
 * @param fn - the model: `(x) => x.energy * x.intensity`
 * @param options - explicit output names, to skip probing `fn`
 * @returns the problem
 * @throws {@link InputError} for bad inputs, an unknown option, output names
 *   that are not unique non-empty strings, or when `fn` returns something
 *   other than a number or a record holding every output name
 * @example
 * const p = problemFromFunction(
 *   [{ name: 'energyKWh', ppf: (u) => 900 + 200 * u }, { name: 'intensity', ppf: (u) => 0.3 + 0.2 * u }],
 *   (x) => x.energyKWh * x.intensity,
 * );
 * p.outputs; // => ['y']
 * Array.from(p.evaluate(new Float64Array([1000, 0.4, 500, 0.2]), 2)[0]); // => [400, 100]
 */
export function problemFromFunction(
  inputs: readonly SensitivityInput[],
  fn: ModelFunction,
  options: FunctionProblemOptions = {},
): HostSensitivityProblem {
  checkInputs(inputs, 'problemFromFunction: inputs');
  if (typeof fn !== 'function') {
    throw new InputError({ path: 'problemFromFunction: fn', received: fn, expected: 'a function (x) => number or record of numbers' });
  }
  checkObjectKeys(options, 'problemFromFunction: options', ['outputs'], { noun: 'option' });
  if (options.outputs !== undefined) checkNames(options.outputs, 'problemFromFunction: options.outputs', 'output names');
  const names = inputs.map((x) => x.name);
  const d = names.length;
  const record = (row: ArrayLike<number>, offset: number): Record<string, number> => {
    const x: Record<string, number> = {};
    for (let i = 0; i < d; i += 1) x[names[i]] = row[offset + i];
    return x;
  };
  const outputs =
    options.outputs !== undefined
      ? [...options.outputs]
      : outputsOf(fn(record(inputs.map((x) => x.base ?? x.ppf(0.5)), 0)));
  const single = outputs.length === 1 && outputs[0] === SINGLE_OUTPUT;
  const evaluate = (design: Float64Array, n: number): Float64Array[] => {
    const out = outputs.map(() => new Float64Array(n));
    for (let j = 0; j < n; j += 1) {
      const r = fn(record(design, j * d));
      if (typeof r === 'number' && single) {
        (out[0] as Float64Array)[j] = r;
        continue;
      }
      outputs.forEach((name, k) => {
        const v = typeof r === 'object' && r !== null ? r[name] : undefined;
        if (typeof v !== 'number') {
          throw new InputError({
            path: `problemFromFunction: fn(x).${name}`,
            received: v,
            expected: 'a number',
            problem: `is missing for the sample ${formatValue(record(design, j * d))}`,
            fix: `return a record with every output (${outputs.join(', ')}) for every sample`,
          });
        }
        (out[k] as Float64Array)[j] = v;
      });
    }
    return out;
  };
  return { inputs, outputs, evaluate };
}
