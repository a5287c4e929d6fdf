/**
 * Pivot below which {@link solveLinear} calls a correlation matrix singular:
 * its diagonal is 1, so a pivot of 1e-10 means the inputs' ranks are linear
 * combinations of each other to within rounding.
 */
const SINGULAR_PIVOT = 1e-10;

/**
 * Solve the small dense system A·x = b by Gaussian elimination with partial
 * pivoting, in float64. Neither argument is changed.
 *
 * @param a - d × d matrix, row-major
 * @param b - right-hand side, length d
 * @returns x, or undefined when A is singular (a pivot below 1e-10)
 * @internal
 */
export function solveLinear(a: Float64Array, b: Float64Array): Float64Array | undefined {
  const d = b.length;
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let c = 0; c < d; c += 1) {
    let p = c;
    for (let r = c + 1; r < d; r += 1) if (Math.abs(m[r * d + c]) > Math.abs(m[p * d + c])) p = r;
    if (Math.abs(m[p * d + c]) < SINGULAR_PIVOT) return undefined;
    if (p !== c) {
      for (let k = 0; k < d; k += 1) {
        const t = m[c * d + k];
        m[c * d + k] = m[p * d + k];
        m[p * d + k] = t;
      }
      const t = x[c];
      x[c] = x[p];
      x[p] = t;
    }
    for (let r = c + 1; r < d; r += 1) {
      const f = (m[r * d + c]) / (m[c * d + c]);
      if (f === 0) continue;
      for (let k = c; k < d; k += 1) m[r * d + k] = (m[r * d + k]) - f * (m[c * d + k]);
      x[r] = (x[r]) - f * (x[c]);
    }
  }
  for (let c = d - 1; c >= 0; c -= 1) {
    let s = x[c];
    for (let k = c + 1; k < d; k += 1) s -= (m[c * d + k]) * (x[k]);
    x[c] = s / (m[c * d + c]);
  }
  return x;
}
