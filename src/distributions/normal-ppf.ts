import { checkNumber } from '../validate/index.js';

// Coefficients of Wichura, "Algorithm AS 241: The percentage points of the
// normal distribution", Applied Statistics 37(3) (1988) 477–484, PPND16
// (about 1e−16 relative accuracy). Dimensionless. A/B: |p − 0.5| ≤ 0.425;
// C/D: r = √(−ln min(p, 1 − p)) ≤ 5; E/F: r > 5.
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
  21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
  0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/**
 * The constants of AS 241 (PPND16) in their one home, read both by
 * {@link normalPpf} here and by the code generator that writes the same
 * algorithm in kernel code (src/mc/program/inverse-normal-code.ts): the
 * polynomial coefficients, the central-region split |p − 0.5| ≤ 0.425 with
 * 0.425² = 0.180625, and the tail split r ≤ 5 with the shift 1.6 of the
 * intermediate tail (r − 5 beyond it).
 * @internal
 */
export const AS241_COEFFICIENTS = { A, B, C, D, E, F, SPLIT1: 0.425, CONST1: 0.180625, SPLIT2: 5, CONST2: 1.6 } as const;
const { SPLIT1, CONST1, SPLIT2, CONST2 } = AS241_COEFFICIENTS;

/** c0 + c1·x + … + c7·x⁷ by Horner's rule. */
function poly(c: readonly number[], x: number): number {
  let v = c[7];
  for (let i = 6; i >= 0; i--) v = v * x + c[i];
  return v;
}

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p, by
 * Wichura's Algorithm AS 241 (PPND16, Applied Statistics 1988), accurate to
 * about 1e−16 relative. Small upper-tail probabilities q lose nothing when
 * written as `-normalPpf(q)`.
 *
 * @param p - a probability in [0, 1]; 0 and 1 give −Infinity and Infinity
 * @returns the quantile z
 * @throws {@link InputError} when p is NaN or outside [0, 1]
 * @example
 * normalPpf(0.5); // => 0
 * Math.abs(normalPpf(0.975) - 1.959963984540054) < 1e-15; // => true
 * normalPpf(1); // => Infinity
 */
export function normalPpf(p: number): number {
  if (!(p >= 0 && p <= 1)) checkNumber(p, 'p', { min: 0, max: 1 });
  return standardNormalPpf(p);
}

/** {@link normalPpf} without the argument check, for inner loops. @internal */
export function standardNormalPpf(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= SPLIT1) {
    const r = CONST1 - q * q; // SPLIT1²
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = q < 0 ? p : 1 - p;
  if (r <= 0) return q < 0 ? -Infinity : Infinity;
  r = Math.sqrt(-Math.log(r));
  const z = r <= SPLIT2 ? poly(C, r - CONST2) / poly(D, r - CONST2) : poly(E, r - SPLIT2) / poly(F, r - SPLIT2);
  return q < 0 ? -z : z;
}
