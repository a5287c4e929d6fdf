import type { QuantileForm } from './quantile-form.js';
import type { Distribution } from './types.js';

/**
 * What every distribution kind provides: moments, support, CDF, a quantile
 * function and a short description. One implementation per kind file; the
 * public free functions dispatch on `kind` through {@link FAMILIES}.
 * @internal
 */
export interface Family<D extends Distribution> {
  mean(d: D): number;
  variance(d: D): number;
  support(d: D): readonly [number, number];
  cdf(d: D, x: number): number;
  /** A quantile function for `d`, with whatever it needs precomputed; u in [0, 1] is trusted. */
  quantile(d: D): (u: number) => number;
  /**
   * The closed-form quantile as a {@link QuantileForm}, when there is one:
   * the single definition from which `quantile` is compiled for the host and
   * the kernels' sampling code is emitted. Absent (or undefined) where the
   * kernels sample differently (tables for beta, comparisons for discrete, a
   * float32-safe truncation for a truncated normal).
   */
  quantileForm?(d: D): QuantileForm | undefined;
  /** Parameters in words without the unit: `triangular(3, 5, 7)`. */
  describe(d: D): string;
}

/** Format a parameter for a description: 6 significant digits, ∞ for infinities. @internal */
export function formatParameter(x: number): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  return String(Number(x.toPrecision(6)));
}

/** Compensated (Neumaier) sum of `n` terms `term(i)`, for float64 reductions without drift. @internal */
export function neumaierSum(n: number, term: (i: number) => number): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const t = term(i);
    const s = sum + t;
    compensation += Math.abs(sum) >= Math.abs(t) ? sum - s + t : t - s + sum;
    sum = s;
  }
  return sum + compensation;
}

/** Running compensated (Neumaier) sums: out[i] = Σ_{j ≤ i} x[j] in float64 without drift. @internal */
export function runningSums(x: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  let compensation = 0;
  for (const t of x) {
    const s = sum + t;
    compensation += Math.abs(sum) >= Math.abs(t) ? sum - s + t : t - s + sum;
    sum = s;
    out.push(sum + compensation);
  }
  return out;
}

/** Clamp a quantile to the support, undoing rounding at the ends (never applied to user input). @internal */
export function clampToSupport(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** A frozen copy: normalised distributions are immutable. @internal */
export function frozen<D extends Distribution>(d: D): D {
  return Object.freeze(d);
}
