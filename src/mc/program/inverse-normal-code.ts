import { AS241_COEFFICIENTS } from '../../distributions/index.js';
import { floatLiteral as f } from '../../graph/index.js';

// Wichura (1988), Algorithm AS 241 (PPND16), the algorithm of the host's
// normalPpf, with the same coefficients. In float32 kernels it stays near
// 1e-6 in z everywhere; Acklam's (2003) rational approximation, tried first,
// lost up to 3.5e-4 near u ≈ 0.025 in float32 (docs/backends.md).
const { A, B, C, D, E, F, SPLIT1, CONST1, SPLIT2, CONST2 } = AS241_COEFFICIENTS;

/** c0 + c1·x + … + c7·x⁷ as nested code (Horner). */
function horner(c: readonly number[], x: string): string {
  let s = f(c[7]);
  for (let i = 6; i >= 0; i -= 1) s = `(${s} * ${x} + ${f(c[i])})`;
  return s;
}

/**
 * Kernel statements that set `out` (declared by the caller with `let`) to
 * Φ⁻¹(u), the standard normal quantile of the uniform in variable `u`
 * (in (0, 1)), by Wichura's AS 241. Statements only use `const`, `let`,
 * `if`, arithmetic and Math.sqrt/log, so they run both as JavaScript and as
 * a gpu.js kernel body. `tag` keeps variable names unique.
 *
 * @param u - name of a variable holding a uniform in (0, 1)
 * @param out - name of a `let` variable to assign
 * @param tag - suffix for temporaries
 */
export function inverseNormalCode(u: string, out: string, tag: string): string {
  const q = `nq${tag}`;
  const r = `nr${tag}`;
  const t = `nt${tag}`;
  return [
    `const ${q} = ${u} - 0.5;`,
    `if (Math.abs(${q}) <= ${f(SPLIT1)}) {`,
    `  const ${r} = ${f(CONST1)} - ${q} * ${q};`,
    `  ${out} = ${q} * ${horner(A, r)} / ${horner(B, r)};`,
    `} else {`,
    `  let ${t} = Math.sqrt(-Math.log(${q} < 0.0 ? ${u} : 1.0 - ${u}));`,
    `  if (${t} <= ${f(SPLIT2)}) {`,
    `    ${t} = ${t} - ${f(CONST2)};`,
    `    ${out} = ${horner(C, t)} / ${horner(D, t)};`,
    `  } else {`,
    `    ${t} = ${t} - ${f(SPLIT2)};`,
    `    ${out} = ${horner(E, t)} / ${horner(F, t)};`,
    `  }`,
    `  if (${q} < 0.0) {`,
    `    ${out} = -${out};`,
    `  }`,
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
    `const ${e} = ${t} * (${f(a[0])} + ${t} * (${f(a[1])} + ${t} * (${f(a[2])} + ${t} * (${f(a[3])} + ${t} * ${f(a[4])})))) * Math.exp(-${x} * ${x});`,
    `${out} = ${z} >= 0.0 ? 1.0 - 0.5 * ${e} : 0.5 * ${e};`,
  ].join('\n');
}
