/**
 * A hand-written sampling program and the same formulas in float64, for
 * comparing every backend with a reference on identical uniforms.
 *
 * Model (the shape of an annualised server footprint, DESIGN.md):
 *   grid      ~ lognormal, median 0.38 kgCO2e/kWh, σ = ln 1.3 (inverse normal CDF)
 *   powerW    ~ uniform(200, 555) W
 *   pue       ~ uniform(1.1, 1.6)
 *   lifetime  ~ triangular(3, 5, 7) years (inverse CDF)
 *   factor    ~ inverse-CDF table on 11 points, linear interpolation
 *   operational = powerW · 8.76 · pue · grid          [kgCO2e/year; 8.76 = 8760 h / 1000]
 *   embodied    = 1176.804 · factor / lifetime        [kgCO2e/year; DESIGN.md Table I total]
 *   total       = operational + embodied
 *
 * The inverse normal CDF is Wichura's AS 241 (PPND16), M. J. Wichura,
 * "Algorithm AS 241: The percentage points of the normal distribution",
 * Applied Statistics 37(3) (1988) 477–484: its polynomials have positive
 * coefficients, so float32 evaluation does not cancel (Acklam's central
 * rational does, see docs/backends.md).
 */

// AS 241 PPND16 coefficients (Wichura 1988), lowest order first; dimensionless.
const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** Horner's rule as kernel text: c0 + x·(c1 + x·(…)). */
function hornerText(c: readonly number[], x: string): string {
  let s = String(c[c.length - 1]);
  for (let i = c.length - 2; i >= 0; i--) s = `(${s} * ${x} + ${c[i]})`;
  return s;
}

function horner(c: readonly number[], x: number): number {
  let s = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) s = s * x + c[i];
  return s;
}

/** An inverse-CDF table on p = 0, 0.1, …, 1 (a skewed factor between 0.7 and 1.6). */
export const FACTOR_PPF = [0.7, 0.82, 0.88, 0.93, 0.97, 1.0, 1.04, 1.09, 1.16, 1.28, 1.6];
export const DRAWS = 5;

export const STATEMENTS = `
  const pn = Math.max(Math.random(), 0.0000000298023223876953125);
  const qn = pn - 0.5;
  let z = 0.0;
  if (Math.abs(qn) <= 0.425) {
    const rc = 0.180625 - qn * qn;
    z = qn * ${hornerText(A, 'rc')} / ${hornerText(B, 'rc')};
  } else {
    const rt = Math.sqrt(-Math.log(qn < 0.0 ? pn : 1.0 - pn));
    let zt = 0.0;
    if (rt <= 5.0) {
      const r1 = rt - 1.6;
      zt = ${hornerText(C, 'r1')} / ${hornerText(D, 'r1')};
    } else {
      const r5 = rt - 5.0;
      zt = ${hornerText(E, 'r5')} / ${hornerText(F, 'r5')};
    }
    z = qn < 0.0 ? -zt : zt;
  }
  const grid = Math.exp(-0.9675840262617056 + 0.26236426446749106 * z);
  const powerW = 200.0 + 355.0 * Math.random();
  const pue = 1.1 + 0.5 * Math.random();
  const ut = Math.random();
  const lifetime = ut < 0.5 ? 3.0 + Math.sqrt(8.0 * ut) : 7.0 - Math.sqrt(8.0 * (1.0 - ut));
  const fp = 10.0 * Math.random();
  const fk = Math.floor(fp);
  const factor = factorPpf[fk] + (fp - fk) * (factorPpf[fk + 1] - factorPpf[fk]);
  const operational = powerW * 8.76 * pue * grid;
  const embodied = 1176.804 * factor / lifetime;
  const total = operational + embodied;
`;

/** Three outputs (one gpu.js group) and six (two groups: 4 + 2). */
export const OUTPUTS_3 = ['operational', 'embodied', 'total'];
export const OUTPUTS_6 = ['operational', 'embodied', 'total', 'grid', 'lifetime', 'factor'];

export function program(outputs: readonly string[] = OUTPUTS_3) {
  return { statements: STATEMENTS, outputs, tables: { factorPpf: FACTOR_PPF }, uniformsPerSample: DRAWS };
}

function normalPpf(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q; // 0.425²
    return (q * horner(A, r)) / horner(B, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? horner(C, r - 1.6) / horner(D, r - 1.6) : horner(E, r - 5) / horner(F, r - 5);
  return q < 0 ? -z : z;
}

/** The six quantities of one sample in float64 from its five uniforms `u[at … at + 4]`. */
export function reference(u: ArrayLike<number>, at: number): Record<string, number> {
  // median 0.38 kgCO2e/kWh → μ = ln 0.38; σ = ln 1.3
  const grid = Math.exp(Math.log(0.38) + Math.log(1.3) * normalPpf(Math.max(u[at], 2 ** -25)));
  const powerW = 200 + 355 * u[at + 1];
  const pue = 1.1 + 0.5 * u[at + 2];
  const ut = u[at + 3];
  const lifetime = ut < 0.5 ? 3 + Math.sqrt(8 * ut) : 7 - Math.sqrt(8 * (1 - ut));
  const fp = 10 * u[at + 4];
  const fk = Math.floor(fp);
  const factor = FACTOR_PPF[fk] + (fp - fk) * (FACTOR_PPF[fk + 1] - FACTOR_PPF[fk]);
  const operational = powerW * 8.76 * pue * grid;
  const embodied = (1176.804 * factor) / lifetime;
  return { operational, embodied, total: operational + embodied, grid, lifetime, factor };
}
