import { distributionPpf, normalCdf, quantileForm, type Distribution } from '../../distributions/index.js';
import { floatLiteral as f } from '../../graph/index.js';
import { discreteSamplerCode } from './discrete-sampler-code.js';
import { inverseNormalCode } from './inverse-normal-code.js';
import { quantileCode } from './quantile-code.js';

/** Intervals of the inverse-CDF tables of beta/PERT inputs (2,049 points). */
export const PPF_TABLE_INTERVALS = 2048;
/**
 * The tables are laid out in normal scores z = Φ⁻¹(u) over [−5.6, 5.6]
 * (the uniforms a run can draw, 2^−25 … 1 − 2^−24, map into ±5.5): a grid
 * uniform in u would interpolate badly in the tails, where a beta quantile
 * is steep (x ∝ u^(1/α) near 0), while x(z) is smooth there.
 */
export const PPF_TABLE_Z = 5.6;

/** Kernel code that turns one uniform into one draw of a distribution. */
export interface SamplerCode {
  /** Statements assigning the draw to the output variable (declared by them with `let`). */
  readonly statements: string;
  /** Lookup tables the statements read, by name. */
  readonly tables: Readonly<Record<string, readonly number[]>>;
}

/**
 * The inverse-CDF table of a distribution with no closed-form quantile
 * (beta, PERT): the exact quantile (float64, src/distributions) at the
 * normal scores z_k = −5.6 + k·11.2/2048, k = 0…2048, i.e. at u = Φ(z_k);
 * the kernel computes z = Φ⁻¹(u) and interpolates linearly in z.
 */
export function ppfTable(d: Distribution): number[] {
  const t: number[] = [];
  const h = (2 * PPF_TABLE_Z) / PPF_TABLE_INTERVALS;
  for (let k = 0; k <= PPF_TABLE_INTERVALS; k += 1) t.push(distributionPpf(d, normalCdf(-PPF_TABLE_Z + k * h)));
  return t;
}

/**
 * Generate kernel statements drawing `out` from distribution `d` by inverse
 * CDF of the uniform in variable `u` (in (0, 1)): closed forms for uniform,
 * triangular, normal (truncated: u mapped into [Φ(a), Φ(b)]), lognormal;
 * a 2,049-point quantile table in normal scores, interpolated linearly, for
 * beta and PERT;
 * for discrete inputs, a chain of comparisons with the cumulative weights
 * (up to 16 values) or a binary search of a table of them
 * ({@link discreteSamplerCode}).
 *
 * @param d - the input's distribution
 * @param u - variable holding the uniform
 * @param out - variable to declare and assign
 * @param tag - unique suffix for temporaries and table names
 */
export function samplerCode(d: Distribution, u: string, out: string, tag: string): SamplerCode {
  // Closed forms come from the family's one definition, shared with the host's quantile.
  const form = quantileForm(d);
  if (form !== undefined) return { statements: quantileCode(form, u, out, tag), tables: {} };
  switch (d.kind) {
    case 'normal': {
      // Truncated (an untruncated normal has a form): u is mapped into
      // [Φ(a), Φ(b)] directly, not through the host's tail complements, and
      // the draw clamped, which float32 kernels need (see normal.ts).
      const z = `z${tag}`;
      const lo = Number.isFinite(d.min) ? normalCdf((d.min - d.mean) / d.sd) : 0;
      const hi = Number.isFinite(d.max) ? normalCdf((d.max - d.mean) / d.sd) : 1;
      const uu = `ut${tag}`;
      const lines = [`let ${z} = 0.0;`, `const ${uu} = ${f(lo)} + ${u} * ${f(hi - lo)};`, inverseNormalCode(uu, z, tag), `let ${out} = ${f(d.mean)} + ${f(d.sd)} * ${z};`];
      // float32 rounding of Φ(a), Φ(b) can land a hair outside [min, max]
      if (Number.isFinite(d.min)) lines.push(`${out} = Math.max(${out}, ${f(d.min)});`);
      if (Number.isFinite(d.max)) lines.push(`${out} = Math.min(${out}, ${f(d.max)});`);
      return { statements: lines.join('\n'), tables: {} };
    }
    case 'beta': {
      const table = `ppf${tag}`;
      const z = `tz${tag}`;
      const p = `tp${tag}`;
      const k = `tk${tag}`;
      const scale = PPF_TABLE_INTERVALS / (2 * PPF_TABLE_Z);
      return {
        statements: [
          `let ${z} = 0.0;`,
          inverseNormalCode(u, z, `b${tag}`),
          `const ${p} = Math.min(Math.max((${z} + ${f(PPF_TABLE_Z)}) * ${f(scale)}, 0.0), ${f(PPF_TABLE_INTERVALS - 1e-3)});`,
          `const ${k} = Math.floor(${p});`,
          `let ${out} = ${table}[${k}] + (${p} - ${k}) * (${table}[${k} + 1] - ${table}[${k}]);`,
        ].join('\n'),
        tables: { [table]: ppfTable(d) },
      };
    }
    case 'discrete':
      return discreteSamplerCode(d, u, out, tag);
    default:
      throw new Error(`no kernel sampler for a ${d.kind} distribution without a quantile form`);
  }
}
