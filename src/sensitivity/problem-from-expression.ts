import { InputError } from '../errors/index.js';
import { generateCode, input, parseFormula } from '../graph/index.js';
import { checkObjectKeys } from '../validate/index.js';
import { checkInputs } from './check-problem.js';
import type { HostSensitivityProblem, SensitivityInput } from './types.js';

/** Options of {@link problemFromExpression}. */
export interface ExpressionProblemOptions {
  /** Name of the output; default `y`. */
  readonly output?: string;
}

/**
 * Make a {@link SensitivityProblem} from a formula in mathjs syntax over the
 * named inputs (`energyKWh * intensity`). The formula is parsed by the
 * project's expression graph (`parseFormula`: numbers, `+ - * / ^`, unary
 * minus, parentheses, exp, log, sqrt, abs, pow, min, max) — the same
 * formulas a study accepts and the Monte Carlo kernels compile — and turned
 * into a float64 batch evaluator by the graph's code generator. A symbol
 * that is not an input name is refused with an error listing the inputs.
 *
 * @param inputs - the uncertain inputs, each with a ppf
 * @param expr - the formula
 * @param options - the output's name
 * @returns the problem, with one output
 * @throws {@link InputError} for bad inputs, an unknown option, a formula that
 *   cannot be parsed, an unknown symbol or an unsupported function
 * @example
 * const p = problemFromExpression(
 *   [{ name: 'energyKWh', ppf: (u) => 900 + 200 * u }, { name: 'intensity', ppf: (u) => 0.3 + 0.2 * u }],
 *   'energyKWh * intensity',
 *   { output: 'operationalKg' },
 * );
 * p.outputs; // => ['operationalKg']
 * Array.from(p.evaluate(new Float64Array([1000, 0.4, 500, 0.2]), 2)[0]); // => [400, 100]
 */
export function problemFromExpression(
  inputs: readonly SensitivityInput[],
  expr: string,
  options: ExpressionProblemOptions = {},
): HostSensitivityProblem {
  checkInputs(inputs, 'problemFromExpression: inputs');
  if (typeof expr !== 'string' || expr.trim() === '') {
    throw new InputError({ path: 'problemFromExpression: expr', received: expr, expected: 'a formula over the inputs, such as "energyKWh * intensity"' });
  }
  checkObjectKeys(options, 'problemFromExpression: options', ['output'], { noun: 'option' });
  const output = options.output ?? 'y';
  if (typeof output !== 'string' || output.trim() === '') {
    throw new InputError({ path: 'problemFromExpression: options.output', received: output, expected: 'a non-empty output name' });
  }
  const names = inputs.map((x) => x.name);
  const column = new Map(names.map((name, i) => [name, i]));
  const graph = parseFormula(expr, (s) => (column.has(s) ? input(s) : undefined), 'problemFromExpression: expr', names);
  // Inputs are read by column index, so no user text reaches the generated source.
  const code = generateCode([graph], { inputRef: (name) => `design[o + ${column.get(name)}]` });
  const body = `for (let j = 0; j < n; j += 1) {\nconst o = j * ${names.length};\n${code.statements}\nout[j] = ${code.outputs[0]};\n}`;
  const kernel = new Function('design', 'n', 'out', body) as (design: Float64Array, n: number, out: Float64Array) => void;
  const evaluate = (design: Float64Array, n: number): Float64Array[] => {
    const out = new Float64Array(n);
    kernel(design, n, out);
    return [out];
  };
  return { inputs, outputs: [output], evaluate };
}
