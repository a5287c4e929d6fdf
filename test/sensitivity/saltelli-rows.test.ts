import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { problemFromFunction, saltelliDesign, sobol } from '../../src/sensitivity/index.js';
import { mapSaltelliBase, saltelliRowFiller } from '../../src/sensitivity/saltelli-rows.js';

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

  it('mapSaltelliBase splits the base rows into A and B mapped by each ppf', () => {
    const problem = problemFromFunction([{ name: 'a', ppf: (u) => 2 * u }, { name: 'b', ppf: (u) => u + 10 }], (x) => x.a + x.b);
    // 2 base rows of 2d = 4 values: A's row then B's
    const unit = Float64Array.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8);
    const { A, B } = mapSaltelliBase(unit, problem, 2, 'sobol');
    expect(Array.from(A)).toEqual([0.2, 10.2, 1, 10.6]);
    expect(Array.from(B)).toEqual([0.6, 10.4, 1.4, 10.8]);
  });
});

describe('sobol with a bad ppf', () => {
  it('sobol names the input whose ppf is not finite and the u it was given', async () => {
    const problem = problemFromFunction(
      [{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => (u > 0.999 ? Infinity : u) }],
      (x) => x.a + x.b,
    );
    const e = await sobol(problem, { n: 4096, seed: 1, bootstrap: { resamples: 100 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).path).toBe('sobol: problem.inputs[1].ppf (b)');
    expect((e as InputError).message).toMatch(/u = 0\.999/);
  });
});
