/** Point estimates of Sobol indices for one output (see {@link sobolEstimates}). */
export interface SobolEstimates {
  /** Variance of the output over the A and B samples (population form). */
  readonly variance: number;
  /** First-order index per input. */
  readonly S1: Float64Array;
  /** Total-order index per input. */
  readonly ST: Float64Array;
  /** Second-order index per pair, d × d row-major, symmetric, 0 on the diagonal; when asked for. */
  readonly S2: Float64Array | undefined;
}

/**
 * Sobol indices of one output from its values on a Saltelli design (layout
 * of {@link saltelliDesign}), as weighted sample means so that the bootstrap
 * can reuse it with resampling counts as weights. All sums are float64.
 *
 * With a = f(A) − c, b = f(B) − c, abᵢ = f(ABᵢ) − c, baᵢ = f(BAᵢ) − c, a
 * fixed centre c (the sample mean), weights w summing to W = n:
 * - V = Σw(a² + b²)/2W − (Σw(a + b)/2W)²
 * - S1ᵢ = Σw·b(abᵢ − a) / W / V (Saltelli et al. 2010, Comput. Phys. Commun. 181:259, table 2 (b))
 * - STᵢ = Σw(a − abᵢ)² / 2W / V (Jansen 1999, table 2 (f) of Saltelli et al. 2010)
 * - S2ᵢₖ = Σw(baᵢ·abₖ − a·b) / W / V − S1ᵢ − S1ₖ (Saltelli 2002, Comput. Phys. Commun. 145:280)
 *
 * Centring changes none of the estimators' expectations and removes the
 * cancellation that an output with a large mean (kgCO2e of a fleet) causes.
 * A variance of exactly 0 gives every index 0.
 *
 * @param y - the output on every design row
 * @param n - base sample count
 * @param d - number of inputs
 * @param secondOrder - whether the design has the BA blocks and S2 is wanted
 * @param centre - the constant c subtracted from every value
 * @param w - weight of each base row j (all 1 for the point estimate)
 * @internal
 */
export function sobolEstimates(
  y: Float64Array,
  n: number,
  d: number,
  secondOrder: boolean,
  centre: number,
  w: Float64Array,
): SobolEstimates {
  let total = 0;
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j += 1) {
    const wj = w[j];
    const a = (y[j]) - centre;
    const b = (y[n + j]) - centre;
    total += wj;
    sum += wj * (a + b);
    sumSq += wj * (a * a + b * b);
  }
  const mean = sum / (2 * total);
  const variance = Math.max(0, sumSq / (2 * total) - mean * mean);
  const S1 = new Float64Array(d);
  const ST = new Float64Array(d);
  const S2 = secondOrder ? new Float64Array(d * d) : undefined;
  if (variance === 0) return { variance, S1, ST, S2 };
  for (let i = 0; i < d; i += 1) {
    const ab = (2 + i) * n;
    let first = 0;
    let tot = 0;
    for (let j = 0; j < n; j += 1) {
      const wj = w[j];
      const a = (y[j]) - centre;
      const b = (y[n + j]) - centre;
      const abi = (y[ab + j]) - centre;
      first += wj * b * (abi - a);
      tot += wj * (a - abi) * (a - abi);
    }
    S1[i] = first / total / variance;
    ST[i] = tot / (2 * total) / variance;
  }
  if (S2 !== undefined) {
    for (let i = 0; i < d; i += 1) {
      const ba = (2 + d + i) * n;
      for (let k = i + 1; k < d; k += 1) {
        const ab = (2 + k) * n;
        let closed = 0;
        for (let j = 0; j < n; j += 1) {
          const wj = w[j];
              const a = (y[j]) - centre;
          const b = (y[n + j]) - centre;
          closed += wj * (((y[ba + j]) - centre) * ((y[ab + j]) - centre) - a * b);
        }
        const s = closed / total / variance - (S1[i]) - (S1[k]);
        S2[i * d + k] = s;
        S2[k * d + i] = s;
      }
    }
  }
  return { variance, S1, ST, S2 };
}
