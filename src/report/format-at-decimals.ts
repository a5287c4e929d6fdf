import { formatFixed } from '../charts/format-number.js';
import { checkNumber } from '../validate/index.js';

/** Decimal places beyond which a number is written in exponent form (`2.31e-7`): 0.000000231 is hard to read. */
const MAX_FIXED_DECIMALS = 6;

/**
 * Write `x` rounded at a decimal place: `decimals` digits after the point,
 * or, when `decimals` is negative, rounded to tens (−1), hundreds (−2) …
 * Trailing zeros are kept (they are significant), thousands are separated
 * by commas, and the text is the same in every locale. With more than 6
 * decimals the number is written in exponent form with the same last
 * digit (`2.31e-7` for 0.000000231 at 9 decimals). Negative zero is `0`.
 *
 * @param x - the number, in any unit (the caller appends the unit)
 * @param decimals - an integer in [−20, 20]: the decimal place of the last digit kept
 * @returns the formatted text
 * @throws {@link InputError} when `x` is not finite or `decimals` is not an integer in [−20, 20]
 * @example
 * formatAtDecimals(10.05762, 3); // => '10.058'
 * formatAtDecimals(2404.8, -1); // => '2,400'
 * formatAtDecimals(1176.8, 2); // => '1,176.80'
 * formatAtDecimals(2.3087e-7, 9); // => '2.31e-7'
 */
export function formatAtDecimals(x: number, decimals: number): string {
  checkNumber(x, 'formatAtDecimals(x)', { fix: 'a report cannot show NaN or Infinity; check the value before formatting it' });
  checkNumber(decimals, 'formatAtDecimals(decimals)', { min: -20, max: 20, integer: true, unit: 'decimal places' });
  if (decimals > MAX_FIXED_DECIMALS && x !== 0) {
    const exponent = Math.floor(Math.log10(Math.abs(x)));
    const digits = decimals + exponent;
    if (digits >= 0 && digits <= 20) {
      const [mantissa, e] = x.toExponential(digits).split('e');
      return `${mantissa}e${Number(e)}`;
    }
    if (digits < 0) return '0';
  }
  if (decimals >= 0) return formatFixed(x, decimals);
  const step = 10 ** -decimals;
  return formatFixed(Math.round(x / step) * step, 0);
}
