import type { RowFiller } from './evaluate-design.js';

/**
 * A {@link RowFiller} that writes rows of the Saltelli design (layout of
 * {@link saltelliDesign}) in input space from its n base points, each
 * already mapped through the inputs' ppf: row j of A at `base[2j·d …]`, row
 * j of B at `base[(2j + 1)·d …]`. Every value of the design is a value of A
 * or B, so mapping the 2n·d base values once and copying gives the same
 * design as mapping all n(d + 2)·d values, without materialising it: rows
 * are built batch by batch.
 *
 * @param base - the mapped base points, 2n rows of d values
 * @param d - number of inputs
 * @param n - base sample count
 * @internal
 */
export function saltelliRowFiller(base: Float64Array, d: number, n: number): RowFiller {
  return (start, count, out) => {
    for (let row = start; row < start + count; row += 1) {
      const block = Math.floor(row / n);
      const j = row - block * n;
      const a = 2 * j * d;
      const b = a + d;
      const o = (row - start) * d;
      // A, B; AB_i: A with column i from B; BA_i (second order): B with column i from A.
      const main = block === 1 || block >= 2 + d ? b : a;
      for (let c = 0; c < d; c += 1) out[o + c] = base[main + c] as number;
      if (block >= 2) {
        const i = (block - 2) % d;
        out[o + i] = base[(main === a ? b : a) + i] as number;
      }
    }
  };
}
