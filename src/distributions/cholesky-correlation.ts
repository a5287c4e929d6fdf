import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';

/** The lower-triangular Cholesky factor L of a correlation matrix C = L·Lᵀ, as rows. */
export type CholeskyFactor = readonly (readonly number[])[];

/** Symmetry and unit-diagonal tolerance: what rounding of hand-built matrices leaves (absolute, dimensionless). */
const MATRIX_TOL = 1e-12;
/** A pivot below this is treated as not positive definite (dimensionless). */
const PIVOT_MIN = 1e-10;

// `Array.isArray` on a typed array parameter narrows it to `any[]`; the check
// here guards JavaScript callers without giving up the element type.
const isList = (x: unknown): boolean => Array.isArray(x);

/**
 * Validate a correlation matrix and return its Cholesky factor, the matrix
 * L with C = L·Lᵀ that {@link correlateUniforms} applies to independent
 * normal scores (Cholesky–Banachiewicz, row by row). The matrix must be
 * square, symmetric, with unit diagonal, entries in [−1, 1] and positive
 * definite; an error names the entry (`correlations[0][2]`) or, for
 * inconsistent correlations, the pair of inputs (by `names` when given).
 *
 * @param matrix - the correlation matrix (Pearson, of the normal scores), as rows
 * @param path - the field named in errors, e.g. `correlations`
 * @param names - optional input names, used in errors instead of indices
 * @returns the lower-triangular factor, frozen
 * @throws {@link InputError} naming the entry or pair and the rule broken
 * @example
 * choleskyCorrelation([[1, 0.6], [0.6, 1]], 'correlations'); // => [[1, 0], [0.6, 0.8]]
 */
export function choleskyCorrelation(
  matrix: readonly (readonly number[])[],
  path: string,
  names?: readonly string[],
): CholeskyFactor {
  if (!isList(matrix) || matrix.length === 0) {
    throw new InputError({ path, received: matrix, problem: 'is not a matrix', expected: 'a non-empty square array of rows' });
  }
  const n = matrix.length;
  const label = (i: number): string => (names?.[i] !== undefined ? `"${names[i]}"` : `input ${i}`);
  for (let i = 0; i < n; i++) {
    const row = matrix[i];
    if (!isList(row) || row.length !== n) {
      throw new InputError({
        path: `${path}[${i}]`,
        received: row,
        problem: 'is not a row of the square matrix',
        expected: `an array of ${n} numbers`,
      });
    }
    for (let j = 0; j < n; j++) {
      const at = `${path}[${i}][${j}]`;
      const v = checkNumber(row[j], at, { min: -1, max: 1, fix: 'correlations lie between -1 and 1' });
      if (i === j && Math.abs(v - 1) > MATRIX_TOL) {
        throw new InputError({
          path: at,
          received: v,
          problem: 'is not 1 on the diagonal',
          expected: 'a correlation of an input with itself, 1',
        });
      }
      if (j < i && Math.abs(v - matrix[j][i]) > MATRIX_TOL) {
        throw new InputError({
          path: at,
          received: v,
          problem: `differs from ${path}[${j}][${i}] (${matrix[j][i]})`,
          expected: 'a symmetric matrix',
          fix: `give the pair ${label(j)}, ${label(i)} one correlation`,
        });
      }
    }
  }
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      if (i > j) {
        L[i][j] = sum / L[j][j];
        continue;
      }
      if (!(sum > PIVOT_MIN)) {
        let partner = 0;
        for (let k = 1; k < i; k++) if (Math.abs(matrix[i][k]) > Math.abs(matrix[i][partner])) partner = k;
        throw new InputError({
          path: `${path}[${i}][${partner}]`,
          received: matrix[i][partner],
          problem: `makes the correlations of ${label(i)} inconsistent with those of ${label(partner)} and the inputs before them (the matrix is not positive definite)`,
          expected: 'a positive definite correlation matrix: no perfect (±1) correlations, no contradictory triples such as a~b = 0.9, b~c = 0.9, a~c = −0.9',
          fix: 'weaken the strongest correlations, or use one shared input where two are perfectly correlated',
        });
      }
      L[i][i] = Math.sqrt(sum);
    }
  }
  return Object.freeze(L.map((row) => Object.freeze(row)));
}
