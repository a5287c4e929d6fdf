import { unitRowFiller, type RowFiller } from './evaluate-design.js';
import type { SensitivityProblem } from './types.js';

/**
 * Map the base points of a Saltelli design (n rows of 2d values: A's row,
 * then B's; see `drawSaltelliBase`) through the inputs' ppfs, into the
 * matrices A and B (n × d each, row-major).
 *
 * @throws {@link InputError} when a ppf returns a non-finite value (named by input and u)
 * @internal
 */
export function mapSaltelliBase(unit: Float64Array, problem: SensitivityProblem, n: number, path: string): { A: Float64Array; B: Float64Array } {
  const d = problem.inputs.length;
  // Read as 2n rows of d: row 2j is A's row j, row 2j + 1 is B's.
  const mapped = new Float64Array(2 * n * d);
  unitRowFiller(unit, problem, path)(0, 2 * n, mapped);
  const A = new Float64Array(n * d);
  const B = new Float64Array(n * d);
  for (let j = 0; j < n; j += 1) {
    A.set(mapped.subarray(2 * j * d, (2 * j + 1) * d), j * d);
    B.set(mapped.subarray((2 * j + 1) * d, (2 * j + 2) * d), j * d);
  }
  return { A, B };
}

/**
 * A {@link RowFiller} that writes rows of the Saltelli design (layout of
 * {@link saltelliDesign}: blocks of n rows A, B, AB₀ … AB_{d−1}, then
 * BA₀ … BA_{d−1} with second order) in input space from the matrices A and
 * B, each n × d and already mapped through the inputs' ppf. Every value of
 * the design is a value of A or B, so mapping the 2n·d base values once and
 * copying gives the same design as mapping all of its values, without
 * materialising it: rows are built batch by batch, a block at a time (a copy
 * of A or B, then column i taken from the other).
 *
 * @param a - matrix A, n rows of d values (row-major)
 * @param b - matrix B, n rows of d values
 * @param d - number of inputs
 * @param n - base sample count
 * @internal
 */
export function saltelliRowFiller(a: Float64Array, b: Float64Array, d: number, n: number): RowFiller {
  return (start, count, out) => {
    let row = start;
    while (row < start + count) {
      const block = Math.floor(row / n);
      const j0 = row - block * n;
      const j1 = Math.min(n, j0 + start + count - row);
      const o = (row - start) * d;
      // A, B; AB_i: A with column i from B; BA_i (second order): B with column i from A.
      const [main, donor] = block === 1 || block >= 2 + d ? [b, a] : [a, b];
      out.set(main.subarray(j0 * d, j1 * d), o);
      if (block >= 2) {
        const i = (block - 2) % d;
        for (let j = j0; j < j1; j += 1) out[o + (j - j0) * d + i] = donor[j * d + i];
      }
      row += j1 - j0;
    }
  };
}
