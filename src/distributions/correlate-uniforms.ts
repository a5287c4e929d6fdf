import { InputError } from '../errors/index.js';
import type { CholeskyFactor } from './cholesky-correlation.js';
import { standardNormalCdf } from './normal-cdf.js';
import { standardNormalPpf } from './normal-ppf.js';

/** The largest double below 1, 1 − 2^−53: Φ(z) rounds to 1 above z ≈ 8.3, and u = 1 would map to +∞. */
const BELOW_ONE = 1 - 2 ** -53;

// `Array.isArray` on a typed array parameter narrows it to `any[]`; the check
// here guards JavaScript callers without giving up the element type.
const isList = (x: unknown): boolean => Array.isArray(x);

/**
 * Impose correlation on independent uniform columns with a Gaussian copula
 * (Nelsen, An Introduction to Copulas, 2nd ed. 2006, §2.9; the normal-scores
 * idea of Iman & Conover 1982): for each row, z = Φ⁻¹(u), z′ = L·z,
 * u′ = Φ(z′). Each output column is again uniform on (0, 1), and the
 * columns have the rank correlation the copula implies: Spearman
 * ρs = (6/π)·asin(r/2) for Pearson r of the normal scores, so build L from
 * {@link rankCorrelationToPearson} to get a requested ρs. Feed the columns
 * to {@link distributionPpf} (or the Monte Carlo kernels) to get correlated
 * inputs with any margins. The input columns are not modified.
 *
 * @param columns - one column of uniforms in (0, 1) per input, all of equal length
 * @param cholesky - the factor from {@link choleskyCorrelation}, one row per column
 * @returns new columns with the same margins and the requested dependence
 * @throws {@link InputError} when sizes do not match or a value is outside (0, 1)
 * @example
 * const L = choleskyCorrelation([[1, 0], [0, 1]], 'c');
 * const [a, b] = correlateUniforms([new Float64Array([0.25]), new Float64Array([0.5])], L);
 * Math.abs(a[0] - 0.25) < 1e-15 && b[0] === 0.5; // => true
 */
export function correlateUniforms(columns: readonly Float64Array[], cholesky: CholeskyFactor): Float64Array[] {
  const k = cholesky.length;
  if (!isList(columns) || columns.length !== k) {
    throw new InputError({
      path: 'columns',
      received: `${isList(columns) ? columns.length : typeof columns} columns`,
      problem: 'does not match the correlation matrix',
      expected: `${k} columns, one per row of the Cholesky factor`,
    });
  }
  const n = k === 0 ? 0 : columns[0].length;
  columns.forEach((c, j) => {
    if (!(c instanceof Float64Array) || c.length !== n) {
      throw new InputError({
        path: `columns[${j}]`,
        received: c instanceof Float64Array ? `${c.length} values` : c,
        problem: 'has the wrong length or type',
        expected: `a Float64Array of ${n} values`,
      });
    }
  });
  const out = columns.map(() => new Float64Array(n));
  const z = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < k; j++) {
      const u = columns[j][r];
      if (!(u > 0 && u < 1)) {
        throw new InputError({
          path: `columns[${j}][${r}]`,
          received: u,
          problem: 'is not in (0, 1)',
          expected: 'a uniform number strictly between 0 and 1',
          fix: 'redraw exact zeros; Φ⁻¹(0) is −∞',
        });
      }
      z[j] = standardNormalPpf(u);
    }
    for (let i = 0; i < k; i++) {
      const row = cholesky[i];
      let s = 0;
      for (let j = 0; j <= i; j++) s += row[j] * z[j];
      // Keep u′ inside (0, 1) where Φ rounds to 0 or 1, so a ppf never sees 0 or 1.
      out[i][r] = Math.min(Math.max(standardNormalCdf(s), Number.MIN_VALUE), BELOW_ONE);
    }
  }
  return out;
}
