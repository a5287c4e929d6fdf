/**
 * The Xeon 8468 server model of DESIGN.md and /work's performance baselines,
 * written by hand as a SampleProgram: six uncertain inputs, annualised
 * footprint out (with embodied and operational per year when asked).
 *
 *   lifetime   triangular(3, 5, 7) years            inverse CDF
 *   util       uniform(0.5, 0.95)
 *   grid       lognormal, arithmetic mean 0.4 kgCO2e/kWh, GSD 1.3:
 *              σ = ln 1.3, μ = ln 0.4 − σ²/2 = −0.9507082355089388
 *   fLogic     uniform(2.5, 3.5) kgCO2e/cm²
 *   fDram      uniform(1.5, 2.1) kgCO2e/cm²
 *   pue        uniform(1.1, 1.6)
 *   embodied   = 24.36·(fLogic/3) + (1105.92 + 10.8)·(fDram/1.8) + 35.724   kgCO2e
 *                (seed 004 Table I: CPU die 8.12 cm² × 3.0; DRAM 614.4 cm² and other ICs 6.0 cm² × 1.8; PCB 35.724)
 *   operational = (200 + 355·util) W · 8.76 · pue · grid   kgCO2e/year  (P_idle 200 W, P_active 555 W; 8760 h/1000)
 *   total      = embodied / lifetime + operational      kgCO2e/year
 *
 * Analytic mean of total: 2405.6438 kgCO2e/year (E[1/L] = (7 ln 1.4 − 3 ln(5/3))/4 = 0.2057072,
 * E[embodied] = 1176.804, E[P] = 457.375 W, E[pue] = 1.35, E[grid] = 0.4).
 */

/** Wichura AS 241 PPND16 (Applied Statistics 37(3), 1988), lowest order first. */
export const AS241 = {
  A: [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727],
  B: [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561],
  C: [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4],
  D: [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9],
  E: [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7],
  F: [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15],
};

export function hornerText(c: readonly number[], x: string): string {
  let s = String(c[c.length - 1]);
  for (let i = c.length - 2; i >= 0; i--) s = `(${s} * ${x} + ${c[i]})`;
  return s;
}

/** Statements setting `let z` to Φ⁻¹(p) by AS 241 (p in a variable). */
export function as241Text(p: string, z: string): string {
  const { A, B, C, D, E, F } = AS241;
  return `
  const q${z} = ${p} - 0.5;
  let ${z} = 0.0;
  if (Math.abs(q${z}) <= 0.425) {
    const rc${z} = 0.180625 - q${z} * q${z};
    ${z} = q${z} * ${hornerText(A, `rc${z}`)} / ${hornerText(B, `rc${z}`)};
  } else {
    const rt${z} = Math.sqrt(-Math.log(q${z} < 0.0 ? ${p} : 1.0 - ${p}));
    let zt${z} = 0.0;
    if (rt${z} <= 5.0) {
      const r1${z} = rt${z} - 1.6;
      zt${z} = ${hornerText(C, `r1${z}`)} / ${hornerText(D, `r1${z}`)};
    } else {
      const r5${z} = rt${z} - 5.0;
      zt${z} = ${hornerText(E, `r5${z}`)} / ${hornerText(F, `r5${z}`)};
    }
    ${z} = q${z} < 0.0 ? -zt${z} : zt${z};
  }`;
}

export const XEON_STATEMENTS = `
  const ul = Math.random();
  const lifetime = ul < 0.5 ? 3.0 + Math.sqrt(8.0 * ul) : 7.0 - Math.sqrt(8.0 * (1.0 - ul));
  const util = 0.5 + 0.45 * Math.random();
  const pg = Math.max(Math.random(), 0.0000000298023223876953125);
  ${as241Text('pg', 'zg')}
  const grid = Math.exp(-0.9507082355089388 + 0.26236426446749106 * zg);
  const fLogic = 2.5 + Math.random();
  const fDram = 1.5 + 0.6 * Math.random();
  const pue = 1.1 + 0.5 * Math.random();
  const embodied = 24.36 * (fLogic / 3.0) + 1116.72 * (fDram / 1.8) + 35.724;
  const operational = (200.0 + 355.0 * util) * 8.76 * pue * grid;
  const total = embodied / lifetime + operational;
`;

/** Analytic mean of `total`, kgCO2e/year (performance-baselines.md). */
export const XEON_MEAN = 2405.6438;

/** The Xeon program with `outputs` (default: the annualised total only). */
export function xeonProgram(outputs: readonly string[] = ['total']) {
  return { statements: XEON_STATEMENTS, outputs, uniformsPerSample: 6 };
}

/** The Xeon program with K outputs: total, embodied, operational, then K − 3 weighted mixes (for the K-output study). */
export function xeonProgramK(k: number) {
  const base = ['total', 'embodied', 'operational', 'lifetime'].slice(0, k);
  const extra: string[] = [];
  const lines: string[] = [];
  for (let i = base.length; i < k; i++) {
    lines.push(`const mix${i} = embodied * ${(1 + i / 100).toFixed(2)} + operational * ${(1 - i / 100).toFixed(2)};`);
    extra.push(`mix${i}`);
  }
  return { statements: XEON_STATEMENTS + lines.join('\n'), outputs: [...base, ...extra], uniformsPerSample: 6 };
}
