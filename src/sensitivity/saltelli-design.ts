import { InputError } from '../errors/index.js';
import { MAX_SOBOL_DIMENSIONS } from '../random/index.js';
import { checkNumber, checkObjectKeys } from '../validate/index.js';
import { resolveRandom } from './random-source.js';
import { drawSaltelliBase, type SaltelliSequence } from './saltelli-base.js';
import type { SensitivitySeedOptions } from './types.js';

/**
 * Smallest base sample count for Sobol: the estimators' standard error is of
 * order 1/√n, so at n = 64 a 95 % interval is already about ±0.25 wide —
 * wider than most indices. Below that the numbers mean nothing.
 */
export const MIN_SOBOL_N = 64;

/** Largest design, in values (rows × columns): 2^27 doubles = 1 GiB. */
export const MAX_DESIGN_VALUES = 134217728;

/** Options of {@link saltelliDesign}. */
export interface SaltelliOptions extends SensitivitySeedOptions {
  /** Add the BA_i blocks needed for second-order indices; default false. */
  readonly secondOrder?: boolean;
  /**
   * How A and B are drawn: `random` (default; seeded pseudo-random, any n)
   * or `sobol` (a digitally shifted Sobol' sequence in 2d dimensions; n a
   * power of two, d ≤ 128; errors shrink faster than 1/√n for smooth models).
   */
  readonly sequence?: SaltelliSequence;
}

/**
 * Rows of a Saltelli design: n(d + 2) for first and total order, n(2d + 2)
 * with second order.
 *
 * @example
 * saltelliRows(3, 1024, false); // => 5120
 * saltelliRows(3, 1024, true); // => 8192
 */
export function saltelliRows(d: number, n: number, secondOrder: boolean): number {
  return n * (secondOrder ? 2 * d + 2 : d + 2);
}

/**
 * Check the size of a Saltelli design: `d` an integer ≥ 2, `n` an integer
 * ≥ {@link MIN_SOBOL_N}, and the design no larger than
 * {@link MAX_DESIGN_VALUES} values.
 *
 * @returns n, checked
 * @throws {@link InputError} naming `path.n` or `path.d`, the value and the range
 * @example
 * checkSaltelliSize(3, 1024, false, 'random', 'sobol.options'); // => 1024
 */
export function checkSaltelliSize(d: number, n: unknown, secondOrder: boolean, sequence: unknown, path: string): number {
  checkNumber(d, `${path}.d`, { min: 2, integer: true, fix: 'Sobol indices need at least two uncertain inputs; for one input its share of the variance is 1' });
  if (sequence !== 'random' && sequence !== 'sobol') {
    throw new InputError({ path: `${path}.sequence`, received: sequence, expected: '"random" or "sobol"' });
  }
  if (sequence === 'sobol') {
    const maxD = Math.floor(MAX_SOBOL_DIMENSIONS / 2);
    checkNumber(d, `${path}.d`, { max: maxD, integer: true, fix: `the bundled Sobol' directions cover ${maxD} inputs (2d dimensions); use sequence "random"` });
    if (typeof n === 'number' && Number.isInteger(n) && n >= MIN_SOBOL_N && (n & (n - 1)) !== 0) {
      const below = 2 ** Math.floor(Math.log2(n));
      throw new InputError({
        path: `${path}.n`,
        received: n,
        expected: `a power of two ≥ ${MIN_SOBOL_N} for sequence "sobol"`,
        problem: 'is not a power of two',
        fix: `use ${below} or ${2 * below}: only the first 2^m Sobol' points are balanced`,
      });
    }
  }
  const checked = checkNumber(n, `${path}.n`, {
    min: MIN_SOBOL_N,
    integer: true,
    fix: `give the base sample count as a whole number ≥ ${MIN_SOBOL_N}, e.g. 4096 (the design has n(d + 2) rows)`,
  });
  const values = saltelliRows(d, checked, secondOrder) * d;
  if (values > MAX_DESIGN_VALUES) {
    const maxN = Math.floor(MAX_DESIGN_VALUES / (d * (secondOrder ? 2 * d + 2 : d + 2)));
    throw new InputError({
      path: `${path}.n`,
      received: checked,
      expected: `at most ${maxN} for ${d} inputs${secondOrder ? ' with second order' : ''} (the design would hold ${values} values, over 1 GiB)`,
      problem: 'is too large',
      fix: 'use a smaller n: the error of the indices shrinks only as 1/√n',
    });
  }
  return checked;
}

/**
 * Saltelli's sampling design for Sobol indices (Saltelli 2002, Comput. Phys.
 * Commun. 145:280; Saltelli et al. 2010, Comput. Phys. Commun. 181:259), in
 * the unit hypercube, in (0, 1).
 *
 * Two independent n × d matrices A and B are drawn (row j of A, then row j
 * of B, for j = 0 … n − 1): seeded pseudo-random numbers by default, or with
 * `sequence: 'sobol'` the first n points of a digitally shifted 2d-dimensional
 * Sobol' sequence (A the first d coordinates, B the last d). The design is a row-major matrix of d columns
 * made of blocks of n rows each, in this order:
 * - block 0: A; block 1: B;
 * - block 2 + i (i = 0 … d − 1): AB_i, which is A with column i taken from B;
 * - with `secondOrder`, block 2 + d + i: BA_i, which is B with column i taken from A.
 *
 * Total rows: n(d + 2), or n(2d + 2) with second order. Map each column
 * through its input's ppf before evaluating.
 *
 * @param d - number of inputs (columns), at least 2
 * @param n - base sample count, an integer ≥ 64 (a power of two for `sobol`)
 * @param options - `secondOrder`, `sequence`, and `seed` (default 1) or an injected `rng`
 * @returns the design, `saltelliRows(d, n, secondOrder) × d` values
 * @throws {@link InputError} for a bad d, n, sequence, secondOrder or seed, or an unknown option
 * @example
 * const x = saltelliDesign(2, 64, { seed: 7 });
 * x.length; // => 512
 * x[2 * 64 * 2] === x[0]; // => false
 * x[2 * 64 * 2 + 1] === x[1]; // => true
 */
export function saltelliDesign(d: number, n: number, options: SaltelliOptions = {}): Float64Array {
  checkObjectKeys(options, 'saltelliDesign.options', ['secondOrder', 'sequence', 'seed', 'rng'], { noun: 'option' });
  const secondOrder = options.secondOrder ?? false;
  if (typeof secondOrder !== 'boolean') {
    throw new InputError({ path: 'saltelliDesign.options.secondOrder', received: secondOrder, expected: 'true or false' });
  }
  const sequence = options.sequence ?? 'random';
  checkSaltelliSize(d, n, secondOrder, sequence, 'saltelliDesign');
  const { uniform } = resolveRandom(options, 'saltelliDesign.options');
  return drawSaltelli(d, n, secondOrder, drawSaltelliBase(d, n, sequence, uniform));
}

/**
 * Build the design {@link saltelliDesign} documents from its base points
 * (n rows of 2d values: A's row then B's row; see `drawSaltelliBase`).
 * @internal
 */
export function drawSaltelli(d: number, n: number, secondOrder: boolean, base: Float64Array): Float64Array {
  const x = new Float64Array(saltelliRows(d, n, secondOrder) * d);
  const bOffset = n * d;
  for (let j = 0; j < n; j += 1) {
    x.set(base.subarray(j * 2 * d, j * 2 * d + d), j * d);
    x.set(base.subarray(j * 2 * d + d, (j + 1) * 2 * d), bOffset + j * d);
  }
  const blocks = secondOrder ? 2 * d : d;
  for (let k = 0; k < blocks; k += 1) {
    const i = k % d;
    // AB_i copies A and takes column i from B; BA_i copies B and takes column i from A.
    const [base, donor] = k < d ? [0, bOffset] : [bOffset, 0];
    const offset = (2 + k) * n * d;
    x.copyWithin(offset, base, base + n * d);
    for (let j = 0; j < n; j += 1) x[offset + j * d + i] = x[donor + j * d + i];
  }
  return x;
}
