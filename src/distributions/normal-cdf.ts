import { checkNumber } from '../validate/index.js';

// Coefficients of W. J. Cody's ANORM (ACM TOMS Algorithm 715, SPECFUN, 1993),
// near-minimax rational approximations from Cody, "Rational Chebyshev
// approximations for the error function", Math. Comp. 23 (1969) 631–637.
// Dimensionless. A/B: |z| ≤ 0.66291; C/D: 0.66291 < |z| ≤ √32; P/Q: |z| > √32.
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
/** 1/√(2π). */
const ONE_OVER_SQRT_2PI = 0.39894228040143267794;
/** Cody's split points: Φ(0.66291) ≈ 0.75, and √32. */
const SPLIT1 = 0.66291;
const SPLIT2 = 5.656854249492381;

/**
 * exp(−y²/2) computed as exp(−r²/2)·exp(−(y − r)(y + r)/2) with r = y
 * rounded down to a multiple of 1/16, which keeps the full relative accuracy
 * of the tail for large y (Cody 1993).
 */
function gaussTail(y: number): number {
  const r = Math.trunc(y * 16) / 16;
  return Math.exp(-r * r * 0.5) * Math.exp(-(y - r) * (y + r) * 0.5);
}

/**
 * The standard normal CDF Φ(z) = P(Z ≤ z), accurate to about 1e−16 relative
 * in both tails: W. J. Cody's ANORM (ACM TOMS Algorithm 715, 1993; rational
 * Chebyshev approximations of Math. Comp. 1969), the algorithm behind R's
 * `pnorm`. The upper tail P(Z > z) is `normalCdf(-z)`, exact by symmetry,
 * which is how to get a small upper-tail probability without the
 * cancellation of `1 - normalCdf(z)`. Underflows to 0 below z ≈ −38.4.
 *
 * @param z - a standard normal deviate; ±Infinity give 0 and 1
 * @returns Φ(z) in [0, 1]
 * @throws {@link InputError} when z is NaN or not a number
 * @example
 * normalCdf(0); // => 0.5
 * normalCdf(-Infinity); // => 0
 * Math.abs(normalCdf(1.959963984540054) - 0.975) < 1e-15; // => true
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z) || typeof z !== 'number') checkNumber(z, 'z');
  return standardNormalCdf(z);
}

/** {@link normalCdf} without the argument check, for inner loops. @internal */
export function standardNormalCdf(z: number): number {
  const y = Math.abs(z);
  if (y <= SPLIT1) {
    const zsq = y > 1.1102230246251565e-16 ? z * z : 0; // below eps/2, z² is negligible
    let num = A[4] * zsq;
    let den = zsq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * zsq;
      den = (den + B[i]) * zsq;
    }
    return 0.5 + (z * (num + A[3])) / (den + B[3]);
  }
  let tail: number; // P(Z > y) for y > 0.66291
  if (y <= SPLIT2) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    tail = (gaussTail(y) * (num + C[7])) / (den + D[7]);
  } else if (y === Infinity) {
    tail = 0;
  } else {
    const zsq = 1 / (z * z);
    let num = P[5] * zsq;
    let den = zsq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * zsq;
      den = (den + Q[i]) * zsq;
    }
    const r = (zsq * (num + P[4])) / (den + Q[4]);
    tail = (gaussTail(y) * (ONE_OVER_SQRT_2PI - r)) / y;
  }
  return z > 0 ? 1 - tail : tail;
}

/**
 * The standard normal density φ(z) = exp(−z²/2)/√(2π), with the tail kept
 * accurate by the same split exponent as {@link normalCdf}.
 *
 * @param z - a standard normal deviate
 * @returns φ(z); 0 at ±Infinity
 * @example
 * normalPdf(0) === 1 / Math.sqrt(2 * Math.PI); // => true
 */
export function normalPdf(z: number): number {
  const y = Math.abs(z);
  return y === Infinity ? 0 : ONE_OVER_SQRT_2PI * gaussTail(y);
}
