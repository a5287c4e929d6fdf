import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';

/**
 * One-at-a-time design for a tornado diagram, in input space: row 0 is the
 * base point; row 1 + 2i is the base point with input i at its low value,
 * row 2 + 2i the same at its high value. Rows are row-major with d columns;
 * total rows 1 + 2d.
 *
 * @param base - the base value of every input
 * @param low - the low value of every input
 * @param high - the high value of every input
 * @returns the design, (1 + 2d) × d values
 * @throws {@link InputError} when the arrays differ in length, are empty or hold non-finite values
 * @example
 * Array.from(oatDesign([1, 10], [0, 5], [2, 20])); // => [1, 10, 0, 10, 2, 10, 1, 5, 1, 20]
 */
export function oatDesign(base: ArrayLike<number>, low: ArrayLike<number>, high: ArrayLike<number>): Float64Array {
  const d = base?.length;
  if (typeof d !== 'number' || d === 0) {
    throw new InputError({ path: 'oatDesign: base', received: base, expected: 'a non-empty array of numbers, one per input' });
  }
  for (const [name, values] of [['base', base], ['low', low], ['high', high]] as const) {
    if (values?.length !== d) {
      throw new InputError({ path: `oatDesign: ${name}`, received: values?.length, expected: `${d} values, one per input (as many as base)`, problem: 'has the wrong length' });
    }
    for (let i = 0; i < d; i += 1) checkNumber(values[i], `oatDesign: ${name}[${i}]`);
  }
  const x = new Float64Array((1 + 2 * d) * d);
  for (let row = 0; row < 1 + 2 * d; row += 1) {
    for (let i = 0; i < d; i += 1) x[row * d + i] = base[i];
  }
  for (let i = 0; i < d; i += 1) {
    x[(1 + 2 * i) * d + i] = low[i];
    x[(2 + 2 * i) * d + i] = high[i];
  }
  return x;
}
