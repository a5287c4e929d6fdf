import { checkNumber } from '../validate/index.js';

/**
 * Format a number for a chart or report label: rounded to `sig` significant
 * figures, thousands separated by commas, decimal point `.`, trailing zeros
 * after the point dropped. Locale-independent, so output is the same on every
 * machine. Magnitudes below 1e-4 or from 1e15 up are written in exponent form
 * (`1.5e-7`, `2.4e15`). Negative zero is written `0`.
 *
 * @param x - the number to format (any unit; the caller appends the unit)
 * @param sig - significant figures, an integer in [1, 17]; default 4
 * @returns the formatted text
 * @throws {@link InputError} when `x` is not finite or `sig` is not an integer in [1, 17]
 * @example
 * formatNumber(1105.92, 6); // => '1,105.92'
 * formatNumber(1633.74); // => '1,634'
 * formatNumber(0.000123456, 3); // => '0.000123'
 * formatNumber(-2500000); // => '-2,500,000'
 * formatNumber(0.5, 3); // => '0.5'
 * formatNumber(3.2e-7, 2); // => '3.2e-7'
 */
export function formatNumber(x: number, sig = 4): string {
  checkNumber(x, 'formatNumber(x)', {
    fix: 'a chart label cannot show NaN or Infinity; check the value before formatting it',
  });
  checkNumber(sig, 'formatNumber(sig)', { min: 1, max: 17, integer: true, unit: 'significant figures' });
  if (x === 0) return '0';
  const rounded = Number(x.toPrecision(sig));
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  const [mantissa, exponentText] = abs.toExponential(sig - 1).split('e');
  const exponent = Number(exponentText);
  // 1e-4 and 1e15: beyond them fixed notation is too long to read at a glance
  if (exponent < -4 || exponent >= 15) return `${sign}${stripZeros(mantissa)}e${exponent}`;
  const decimals = Math.max(0, sig - 1 - exponent);
  return sign + groupThousands(stripZeros(abs.toFixed(decimals)));
}

/**
 * Format `x` with exactly `decimals` digits after the point and thousands
 * separators (used for axis ticks, whose decimals follow the tick step).
 * @internal
 */
export function formatFixed(x: number, decimals: number): string {
  const text = Math.abs(x).toFixed(decimals);
  const sign = x < 0 && Number(text) !== 0 ? '-' : '';
  return sign + groupThousands(text);
}

/** `1500.25` → `1,500.25`: commas between groups of three integer digits. */
function groupThousands(text: string): string {
  const point = text.indexOf('.');
  const integer = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point);
  let grouped = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) grouped += ',';
    grouped += integer[i];
  }
  return grouped + fraction;
}

/** `1.500` → `1.5`, `2.000` → `2`; text without a point is left alone. */
function stripZeros(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text[end - 1] === '0') end--;
  if (text[end - 1] === '.') end--;
  return text.slice(0, end);
}
