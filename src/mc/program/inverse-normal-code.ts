import { floatLiteral as f } from '../../graph/index.js';

// P. J. Acklam (2003), "An algorithm for computing the inverse normal
// cumulative distribution function": a rational approximation with relative
// error below 1.15e-9 — finer than float32 resolution, so exact enough for
// kernels. Coefficients as published (dimensionless).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
/** Acklam's break-point between the central and tail regions. */
const P_LOW = 0.02425;

function horner(coeffs: readonly number[], x: string, trailingOne: boolean): string {
  let s = f(coeffs[0] as number);
  for (let i = 1; i < coeffs.length; i += 1) s = `(${s} * ${x} + ${f(coeffs[i] as number)})`;
  return trailingOne ? `(${s} * ${x} + 1.0)` : s;
}

/**
 * Kernel statements that set `out` (declared by the caller with `let`) to
 * Φ⁻¹(u), the standard normal quantile of the uniform in variable `u`,
 * by Acklam's rational approximation. Statements only use `const`, `if`,
 * arithmetic and Math.sqrt/log, so they run both as JavaScript and as a
 * gpu.js kernel body. `tag` keeps variable names unique.
 *
 * @param u - name of a variable holding a uniform in (0, 1)
 * @param out - name of a `let` variable to assign
 * @param tag - suffix for temporaries
 */
export function inverseNormalCode(u: string, out: string, tag: string): string {
  const ql = `ql${tag}`;
  const qh = `qh${tag}`;
  const qc = `qc${tag}`;
  const rc = `rc${tag}`;
  return [
    `if (${u} < ${f(P_LOW)}) {`,
    `  const ${ql} = Math.sqrt(-2.0 * Math.log(${u}));`,
    `  ${out} = ${horner(C, ql, false)} / ${horner(D, ql, true)};`,
    `} else if (${u} > ${f(1 - P_LOW)}) {`,
    `  const ${qh} = Math.sqrt(-2.0 * Math.log(1.0 - ${u}));`,
    `  ${out} = -(${horner(C, qh, false)} / ${horner(D, qh, true)});`,
    `} else {`,
    `  const ${qc} = ${u} - 0.5;`,
    `  const ${rc} = ${qc} * ${qc};`,
    `  ${out} = ${horner(A, rc, false)} * ${qc} / ${horner(B, rc, true)};`,
    `}`,
  ].join('\n');
}

/**
 * Kernel statements that set `out` to Φ(z), the standard normal CDF, by the
 * complementary error function approximation 7.1.26 of Abramowitz & Stegun
 * (1964), absolute error below 1.5e-7 (used for Gaussian-copula correlation).
 */
export function normalCdfCode(z: string, out: string, tag: string): string {
  const x = `ax${tag}`;
  const t = `at${tag}`;
  const e = `ae${tag}`;
  // erfc(x) ≈ t·(a1 + t·(a2 + t·(a3 + t·(a4 + t·a5))))·exp(−x²), t = 1/(1 + p·x), x ≥ 0
  const a = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];
  const p = 0.3275911;
  return [
    `const ${x} = Math.abs(${z}) * ${f(Math.SQRT1_2)};`,
    `const ${t} = 1.0 / (1.0 + ${f(p)} * ${x});`,
    `const ${e} = ${t} * (${f(a[0] as number)} + ${t} * (${f(a[1] as number)} + ${t} * (${f(a[2] as number)} + ${t} * (${f(a[3] as number)} + ${t} * ${f(a[4] as number)})))) * Math.exp(-${x} * ${x});`,
    `${out} = ${z} >= 0.0 ? 1.0 - 0.5 * ${e} : 0.5 * ${e};`,
  ].join('\n');
}
