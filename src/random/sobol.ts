import { checkNumber } from '../validate/index.js';
import { JOE_KUO_DIRECTIONS } from './joe-kuo-directions.js';

/** Most dimensions {@link createSobol} supports: 1 + the 255 Joe–Kuo rows bundled. */
export const MAX_SOBOL_DIMENSIONS = 1 + JOE_KUO_DIRECTIONS.length;
/** Bits per coordinate; points are multiples of 2^−32. */
const BITS = 32;
/** 2^−32, the resolution of a coordinate. */
const TWO_M32 = 1 / 4294967296;
/** Most points a sequence gives: the Gray-code update needs a zero bit below bit 32. */
const MAX_POINTS = 4294967295;

/** A stream of Sobol' points in [0, 1)^d. */
export interface SobolSequence {
  /** The number of coordinates of each point. */
  readonly dimensions: number;
  /** The index of the next point (the first point of a fresh sequence is index 0, the origin). */
  readonly index: number;
  /** The next point, a new Float64Array of `dimensions` coordinates in [0, 1). */
  next(): Float64Array;
}

/** Direction numbers V_k = m_k·2^(32−k), k = 1..32, for one dimension (Joe & Kuo 2008, eq. 2.3). */
function directions(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dimension === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k); // van der Corput: all m_k = 1
    return v;
  }
  const [s, a, ...m] = JOE_KUO_DIRECTIONS[dimension - 1];
  for (let k = 0; k < Math.min(s, BITS); k++) v[k] = m[k] * 2 ** (BITS - 1 - k);
  for (let k = s; k < BITS; k++) {
    let x = v[k - s] ^ (v[k - s] >>> s);
    for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= v[k - j];
    v[k] = x >>> 0;
  }
  return v;
}

/**
 * Create an unscrambled Sobol' low-discrepancy sequence (I. M. Sobol' 1967)
 * with the direction numbers of Joe & Kuo (2008, file new-joe-kuo-6.21201)
 * in up to 256 dimensions, generated in Gray-code order (Antonov & Saleev
 * 1979), 32 bits per coordinate. The first point is the origin; the first
 * 2^m points (for any m) are balanced: every coordinate takes each value
 * k/2^m exactly once. Keep that balance by drawing powers of two from the
 * start (Owen, "On dropping the first Sobol' point", 2022); an inverse CDF
 * maps the 0 coordinates to the lower end of the support, which is −∞ for an
 * untruncated normal, so either skip the first point (`skip: 1`) or use
 * bounded inputs there.
 *
 * @param dimensions - the number of coordinates, an integer in [1, 256]
 * @param skip - how many initial points to skip (default 0), an integer in [0, 2^32 − 1]
 * @returns the sequence; deterministic, so no seed is needed
 * @throws {@link InputError} for a bad dimension count or skip
 * @example
 * const s = createSobol(2);
 * Array.from(s.next()); // => [0, 0]
 * Array.from(s.next()); // => [0.5, 0.5]
 * Array.from(s.next()); // => [0.75, 0.25]
 */
export function createSobol(dimensions: number, skip: number = 0): SobolSequence {
  checkNumber(dimensions, 'dimensions', { min: 1, max: MAX_SOBOL_DIMENSIONS, integer: true, fix: `at most ${MAX_SOBOL_DIMENSIONS} dimensions are bundled` });
  checkNumber(skip, 'skip', { min: 0, max: MAX_POINTS, integer: true });
  const v = Array.from({ length: dimensions }, (_x, j) => directions(j));
  // Jump to point `skip`: x = XOR of V_k over the set bits of its Gray code skip ⊕ ⌊skip/2⌋.
  const gray = Number(BigInt(skip) ^ (BigInt(skip) >> 1n));
  const x = new Uint32Array(dimensions);
  for (let k = 0; k < BITS; k++) {
    if (Math.floor(gray / 2 ** k) % 2 === 1) for (let j = 0; j < dimensions; j++) x[j] ^= v[j][k];
  }
  let index = skip;
  return {
    dimensions,
    get index() {
      return index;
    },
    next(): Float64Array {
      if (index >= MAX_POINTS) {
        checkNumber(index + 1, 'sobol.index', { max: MAX_POINTS, fix: 'a 32-bit Sobol sequence has at most 2^32 − 1 points' });
      }
      const point = new Float64Array(dimensions);
      for (let j = 0; j < dimensions; j++) point[j] = x[j] * TWO_M32;
      // Gray-code step: flip direction c, the position of the lowest zero bit of index.
      let c = 0;
      while (Math.floor(index / 2 ** c) % 2 === 1) c++;
      for (let j = 0; j < dimensions; j++) x[j] ^= v[j][c];
      index++;
      return point;
    },
  };
}

/**
 * The first `n` points (after `skip`) of the Sobol' sequence of
 * {@link createSobol}, row-major: point i's coordinate j is at
 * `i·dimensions + j`.
 *
 * @param dimensions - an integer in [1, 256]
 * @param n - the number of points, an integer ≥ 1 with n·dimensions ≤ 2^27
 * @param skip - how many initial points to skip (default 0)
 * @returns an n × dimensions Float64Array
 * @throws {@link InputError} for bad sizes
 * @example
 * Array.from(sobolPoints(1, 4)); // => [0, 0.5, 0.75, 0.25]
 */
export function sobolPoints(dimensions: number, n: number, skip: number = 0): Float64Array {
  const sequence = createSobol(dimensions, skip);
  checkNumber(n, 'n', { min: 1, max: Math.floor(134217728 / dimensions), integer: true, fix: 'at most 2^27 values (1 GiB) per call; draw more with createSobol' });
  checkNumber(n + skip, 'skip + n', { max: MAX_POINTS, fix: 'a 32-bit Sobol sequence has at most 2^32 − 1 points' });
  const out = new Float64Array(n * dimensions);
  for (let i = 0; i < n; i++) out.set(sequence.next(), i * dimensions);
  return out;
}
