import { checkNumber } from '../validate/index.js';
import { formatAtDecimals } from './format-at-decimals.js';

/**
 * Write `x` with `sig` significant figures, keeping trailing zeros (they are
 * significant: `1,176.80` at 6 figures), with thousands separated by commas.
 * Magnitudes below 0.001, and numbers whose `sig` figures would need more
 * than 6 decimals (`formatAtDecimals`' rule: at 6 figures, everything below
 * 0.1), are written in exponent form (`2.31000e-7`, `1.23456e-2`). Zero is
 * `0`.
 *
 * @param x - the number, in any unit
 * @param sig - significant figures, an integer in [1, 17]
 * @returns the formatted text
 * @throws {@link InputError} when `x` is not finite or `sig` is out of range
 * @example
 * formatSignificant(1176.804, 6); // => '1,176.80'
 * formatSignificant(204.2175, 6); // => '204.218'
 * formatSignificant(87.40780593534603, 3); // => '87.4'
 * formatSignificant(9345.504, 6); // => '9,345.50'
 * formatSignificant(0.0123456, 6); // => '1.23456e-2'
 * formatSignificant(0.0123456, 3); // => '0.0123'
 */
export function formatSignificant(x: number, sig: number): string {
  checkNumber(x, 'formatSignificant(x)', { fix: 'a report cannot show NaN or Infinity; check the value before formatting it' });
  checkNumber(sig, 'formatSignificant(sig)', { min: 1, max: 17, integer: true, unit: 'significant figures' });
  if (x === 0) return '0';
  const rounded = Number(x.toPrecision(sig));
  const exponent = Math.floor(Math.log10(Math.abs(rounded)));
  if (exponent < -3) return rounded.toExponential(sig - 1); // '2.31000e-7'
  return formatAtDecimals(rounded, Math.min(20, Math.max(-20, sig - 1 - exponent)));
}
