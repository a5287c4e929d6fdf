/**
 * A closed-form quantile function written once, as a small expression over
 * the uniform u, so that one definition per family gives both the host's
 * float64 quantile ({@link compileQuantile}) and the Monte Carlo kernels'
 * sampling code (src/mc/program/quantile-code.ts). Parameters the formula
 * needs (a width, F(mode)…) are precomputed literals, computed in float64
 * once, exactly as the host closures precomputed them before.
 *
 * Nodes: `u` the uniform; `literal`; `add`, `sub`, `mul` (left op right, in
 * that order: the order of float operations is part of the definition);
 * `sqrt`, `exp`; `normalPpf` (Φ⁻¹ by Wichura's AS 241, whose
 * coefficients both sides read from `AS241_COEFFICIENTS`); `below`, `u < threshold ? then : otherwise`.
 */
export type QuantileForm =
  | {
      /** The uniform u. */
      readonly op: 'u';
    }
  | {
      /** A number computed when the form is built. */
      readonly op: 'literal';
      /** The number. */
      readonly value: number;
    }
  | {
      /** left + right, left − right or left × right. */
      readonly op: 'add' | 'sub' | 'mul';
      /** The left operand. */
      readonly left: QuantileForm;
      /** The right operand. */
      readonly right: QuantileForm;
    }
  | {
      /** √arg, e^arg or Φ⁻¹(arg). */
      readonly op: 'sqrt' | 'exp' | 'normalPpf';
      /** The operand. */
      readonly arg: QuantileForm;
    }
  | {
      /** `u < threshold ? then : otherwise`. */
      readonly op: 'below';
      /** The value of u where the branches meet. */
      readonly threshold: number;
      /** The quantile below the threshold. */
      readonly then: QuantileForm;
      /** The quantile at and above the threshold. */
      readonly otherwise: QuantileForm;
    };

/** The uniform node, typed as a form (a bare literal would narrow to `{ op: 'u' }`). */
const UNIFORM_FORM: QuantileForm = Object.freeze({ op: 'u' });

/**
 * Builders of {@link QuantileForm} nodes; the family files write their
 * quantiles with them.
 *
 * @example
 * const form = Q.add(Q.literal(2), Q.mul(Q.u, Q.literal(3)));
 * compileQuantile(form)(0.5); // => 3.5
 */
export const Q = Object.freeze({
  /** The uniform in (0, 1). */
  u: UNIFORM_FORM,
  /** A number computed when the form is built. */
  literal: (value: number): QuantileForm => Object.freeze({ op: 'literal', value }),
  /** left + right. */
  add: (left: QuantileForm, right: QuantileForm): QuantileForm => Object.freeze({ op: 'add', left, right }),
  /** left − right. */
  sub: (left: QuantileForm, right: QuantileForm): QuantileForm => Object.freeze({ op: 'sub', left, right }),
  /** left × right. */
  mul: (left: QuantileForm, right: QuantileForm): QuantileForm => Object.freeze({ op: 'mul', left, right }),
  /** √arg. */
  sqrt: (arg: QuantileForm): QuantileForm => Object.freeze({ op: 'sqrt', arg }),
  /** e^arg. */
  exp: (arg: QuantileForm): QuantileForm => Object.freeze({ op: 'exp', arg }),
  /** Φ⁻¹(arg), the standard normal quantile. */
  normalPpf: (arg: QuantileForm): QuantileForm => Object.freeze({ op: 'normalPpf', arg }),
  /** `u < threshold ? then : otherwise`. */
  below: (threshold: number, then: QuantileForm, otherwise: QuantileForm): QuantileForm => Object.freeze({ op: 'below', threshold, then, otherwise }),
});
