/**
 * Format a number for the CLI's tables to `digits` significant digits:
 * thousands separators in plain notation, exponent notation below 1e-4 and
 * from 1e15 in magnitude (so that a tiny value such as 4.2e-7 kgCO2e per
 * token is not printed as `0`), trailing zeros dropped; `NaN`, `Infinity`
 * and `-Infinity` as such.
 *
 * @param x - the number
 * @param digits - significant digits, 1 to 21
 * @returns the text
 * @example
 * formatSignificant(2405.6438, 5); // => '2,405.6'
 * formatSignificant(0.000123456, 5); // => '0.00012346'
 * formatSignificant(4.2e-7, 5); // => '4.2e-7'
 * formatSignificant(-1234567.8, 4); // => '-1,235,000'
 * formatSignificant(NaN, 5); // => 'NaN'
 */
export function formatSignificant(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const rounded = Number(x.toPrecision(digits));
  const size = Math.abs(rounded);
  if (size < 1e-4 || size >= 1e15) {
    const [mantissa, exponent] = rounded.toExponential(digits - 1).split('e') as [string, string];
    const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    return `${trimmed}e${exponent.replace('+', '')}`;
  }
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 20 });
}
