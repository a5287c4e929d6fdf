import { sobolPoints } from '../random/index.js';

/** How the base points of a Saltelli design are drawn. */
export type SaltelliSequence = 'random' | 'sobol';

/** 2^32: Sobol' coordinates are multiples of 2^−32. */
const TWO_32 = 4294967296;

/**
 * The n base points of a Saltelli design in (0, 1)^2d, row-major: row j
 * holds row j of A (columns 0 … d − 1) then row j of B (d … 2d − 1).
 *
 * - `random`: 2d seeded pseudo-random draws per row.
 * - `sobol`: the first n points of the 2d-dimensional Sobol' sequence
 *   (Joe–Kuo directions, `sobolPoints` of the random module), with a random
 *   digital shift per coordinate — each 32-bit coordinate XOR-ed with a
 *   seeded 32-bit word (Owen 2003, "Variance with alternative scramblings of
 *   digital nets", ACM TOMACS 13:363) — then moved to the centre of its
 *   2^−32 cell, (k + ½)·2^−32, so that no coordinate is exactly 0. The shift
 *   keeps the net's balance (for n = 2^m each coordinate takes each interval
 *   [i/n, (i + 1)/n) exactly once) and makes the estimate unbiased and
 *   seed-dependent.
 *
 * @param d - number of inputs
 * @param n - number of base points (a power of two for `sobol`; checked by the caller)
 * @param sequence - `random` or `sobol`
 * @param uniform - the seeded stream
 * @internal
 */
export function drawSaltelliBase(d: number, n: number, sequence: SaltelliSequence, uniform: () => number): Float64Array {
  if (sequence === 'random') {
    const x = new Float64Array(n * 2 * d);
    for (let k = 0; k < x.length; k += 1) x[k] = uniform();
    return x;
  }
  const x = sobolPoints(2 * d, n);
  const shift = Array.from({ length: 2 * d }, () => Math.floor(uniform() * TWO_32));
  for (let j = 0; j < n; j += 1) {
    for (let c = 0; c < 2 * d; c += 1) {
      const k = (((x[j * 2 * d + c]) * TWO_32) ^ (shift[c])) >>> 0;
      x[j * 2 * d + c] = (k + 0.5) / TWO_32;
    }
  }
  return x;
}
