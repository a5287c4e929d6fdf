import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { saltelliDesign, saltelliRows } from '../../src/sensitivity/index.js';
import { mulberry32 } from './helpers.js';

describe('saltelliDesign', () => {
  it('saltelliDesign lays out A, B, AB_i and BA_i blocks of n rows', () => {
    const d = 3;
    const n = 64;
    const x = saltelliDesign(d, n, { seed: 42, secondOrder: true });
    expect(x.length).toBe(n * (2 * d + 2) * d);
    const at = (block: number, j: number, i: number): number => x[(block * n + j) * d + i];
    for (let j = 0; j < n; j += 1) {
      for (let i = 0; i < d; i += 1) {
        for (let c = 0; c < d; c += 1) {
          // AB_i: A with column i from B; BA_i: B with column i from A.
          expect(at(2 + i, j, c)).toBe(c === i ? at(1, j, c) : at(0, j, c));
          expect(at(2 + d + i, j, c)).toBe(c === i ? at(0, j, c) : at(1, j, c));
        }
      }
    }
    // A and B are distinct draws.
    expect(at(0, 0, 0)).not.toBe(at(1, 0, 0));
  });

  it('saltelliDesign has n(d + 2) rows without second order, all in (0, 1)', () => {
    const x = saltelliDesign(4, 128, { seed: 1 });
    expect(x.length).toBe(saltelliRows(4, 128, false) * 4);
    expect(saltelliRows(4, 128, false)).toBe(128 * 6);
    expect(x.every((u) => u > 0 && u < 1)).toBe(true);
    // The mean of 3,072 U(0, 1) draws is 0.5 within 5 standard errors (sd 1/√12 / √3072 = 0.0052).
    const a = x.subarray(0, 2 * 128 * 4);
    const mean = a.reduce((s, u) => s + u, 0) / a.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / a.length));
  });

  it('saltelliDesign is reproducible by seed and honours an injected rng', () => {
    expect(saltelliDesign(2, 64, { seed: 3 })).toEqual(saltelliDesign(2, 64, { seed: 3 }));
    expect(saltelliDesign(2, 64, { seed: 3 })).not.toEqual(saltelliDesign(2, 64, { seed: 4 }));
    const rng = mulberry32(9);
    const first = rng.next();
    const x = saltelliDesign(2, 64, { rng: mulberry32(9) });
    expect(x[0]).toBe(first);
  });

  it('saltelliDesign refuses one input and a sample count below 64', () => {
    expect(() => saltelliDesign(1, 64)).toThrow(InputError);
    expect(() => saltelliDesign(3, 63)).toThrow(/saltelliDesign\.n/);
    expect(() => saltelliDesign(3, 100.5)).toThrow(/integer/);
  });

  it('saltelliDesign refuses a misspelt option and a secondOrder that is not a boolean', () => {
    // Ignored, `secondorder` would give n(d + 2) rows where n(2d + 2) were wanted.
    expect(() => saltelliDesign(3, 64, { secondorder: true } as never)).toThrow(/saltelliDesign\.options\.secondorder is not a known option: .* did you mean "secondOrder"\?/);
    expect(() => saltelliDesign(3, 64, { secondOrder: 'yes' as never })).toThrow(/saltelliDesign\.options\.secondOrder is invalid: got "yes"; expected true or false/);
  });

  it('saltelliDesign with sequence "sobol" gives balanced A and B columns inside (0, 1)', () => {
    // The first 2^m Sobol' points take each interval [k/2^m, (k + 1)/2^m) once per coordinate;
    // a digital shift (XOR of the binary digits) permutes those intervals, so the balance remains.
    const d = 3;
    const n = 64;
    for (const seed of [1, 2]) {
      const x = saltelliDesign(d, n, { seed, sequence: 'sobol' });
      expect(x.every((u) => u > 0 && u < 1)).toBe(true);
      for (const block of [0, 1]) {
        for (let i = 0; i < d; i += 1) {
          const cells = Array.from({ length: n }, (_v, j) => Math.floor((x[(block * n + j) * d + i]) * n)).sort((p, q) => p - q);
          expect(cells).toEqual(Array.from({ length: n }, (_v, k) => k));
        }
      }
    }
    expect(saltelliDesign(d, n, { seed: 1, sequence: 'sobol' })).not.toEqual(saltelliDesign(d, n, { seed: 2, sequence: 'sobol' }));
  });

  it('saltelliDesign with sequence "sobol" refuses n that is not a power of two', () => {
    expect(() => saltelliDesign(3, 100, { sequence: 'sobol' })).toThrow(/not a power of two.*use 64 or 128/);
    expect(() => saltelliDesign(3, 100, { sequence: 'halton' as never })).toThrow(/sequence/);
  });
});
