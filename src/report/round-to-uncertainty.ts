import { checkNumber } from '../validate/index.js';
import { formatAtDecimals } from './format-at-decimals.js';

/**
 * Significant digits of a quoted uncertainty (JCGM 100:2008, GUM §7.2.6: "at most two significant digits").
 * @example
 * UNCERTAINTY_DIGITS; // => 2
 */
export const UNCERTAINTY_DIGITS = 2;

/**
 * The decimal place at which an uncertainty is quoted with `digits`
 * significant figures: 3 for 0.027, −1 for 665.58 (→ 670). When rounding
 * carries into a new digit (99.6 → 100) the place moves one to the left.
 *
 * @param u - the uncertainty, a finite number > 0
 * @param digits - significant digits, an integer in [1, 17]; default 2
 * @returns the decimal place (negative for tens, hundreds …)
 * @throws {@link InputError} when `u` is not a finite number > 0
 * @example
 * uncertaintyDecimals(0.027); // => 3
 * uncertaintyDecimals(665.58); // => -1
 * uncertaintyDecimals(99.6); // => -1
 */
export function uncertaintyDecimals(u: number, digits = UNCERTAINTY_DIGITS): number {
  checkNumber(u, 'uncertainty', { min: 0, minExclusive: true, fix: 'an uncertainty is a standard deviation or interval half-width > 0; quote an exact value with formatSignificant' });
  checkNumber(digits, 'digits', { min: 1, max: 17, integer: true, unit: 'significant figures' });
  const exponent = Math.floor(Math.log10(u));
  let decimals = digits - 1 - exponent;
  const rounded = Math.round(u * 10 ** decimals) / 10 ** decimals;
  if (rounded >= 10 ** (exponent + 1)) decimals -= 1;
  return decimals;
}

/** A value and its uncertainty rounded together. */
export interface RoundedEstimate {
  /** The value, rounded at the uncertainty's decimal place. */
  readonly value: string;
  /** The uncertainty to two significant figures. */
  readonly uncertainty: string;
  /** The decimal place both are rounded at. */
  readonly decimals: number;
}

/**
 * Round a value and its standard uncertainty as JCGM 100:2008 (the GUM),
 * §7.2.6, recommends: the uncertainty to two significant figures, the value
 * to the same decimal place. The GUM's own example: y = 10.057 62 Ω with
 * u = 27 mΩ is quoted 10.058 Ω.
 *
 * @param value - the estimate (a mean, a percentile)
 * @param u - its standard uncertainty (a standard deviation), > 0
 * @returns both as text, and the decimal place
 * @throws {@link InputError} when either is not finite or `u` ≤ 0
 * @example
 * roundToUncertainty(10.05762, 0.027); // => { value: '10.058', uncertainty: '0.027', decimals: 3 }
 * roundToUncertainty(2404.8, 665.58); // => { value: '2,400', uncertainty: '670', decimals: -1 }
 */
export function roundToUncertainty(value: number, u: number): RoundedEstimate {
  const decimals = uncertaintyDecimals(u);
  return { value: formatAtDecimals(value, decimals), uncertainty: formatAtDecimals(u, decimals), decimals };
}
