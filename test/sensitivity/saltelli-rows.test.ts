import { describe, expect, it } from 'vitest';
import { saltelliDesign } from '../../src/sensitivity/index.js';
import { saltelliRowFiller } from '../../src/sensitivity/saltelli-rows.js';

describe('saltelliRowFiller', () => {
  for (const secondOrder of [false, true]) {
    it(`saltelliRowFiller copies A and B into the design saltelliDesign lays out, in any batches (secondOrder ${secondOrder})`, () => {
      const d = 3;
      const n = 64;
      const unit = saltelliDesign(d, n, { seed: 8, secondOrder });
      // A and B are blocks 0 and 1 of the unit design; map them with any function, here x ↦ 10x + 1.
      const map = (u: number): number => 10 * u + 1;
      const A = unit.slice(0, n * d).map(map);
      const B = unit.slice(n * d, 2 * n * d).map(map);
      const expected = unit.map(map);
      const fill = saltelliRowFiller(A, B, d, n);
      const rows = expected.length / d;
      // batches of 50 rows cross block boundaries (blocks are 64 rows)
      const got = new Float64Array(expected.length);
      const batch = new Float64Array(50 * d);
      for (let start = 0; start < rows; start += 50) {
        const count = Math.min(50, rows - start);
        fill(start, count, batch.subarray(0, count * d));
        got.set(batch.subarray(0, count * d), start * d);
      }
      expect(Array.from(got)).toEqual(Array.from(expected));
    });
  }
});
