/**
 * Parse a numeric cell strictly. Returns the number, or a sentence saying
 * what is wrong. Refused: empty text, spaces, a decimal comma (`1,5`: in JS
 * `parseFloat` reads 1), a percent sign (`75%`: `parseFloat` reads 75), units
 * or other trailing text, hexadecimal, `NaN`, `Infinity`, and numbers that
 * overflow to ±Infinity (`1e400`). The sentence never quotes the cell (the
 * caller names its row and column).
 *
 * @param text - the cell as written
 * @returns the number, or the problem in words
 * @example
 * parseNumberCell('0.06'); // => 0.06
 * parseNumberCell('1,5'); // => 'a decimal comma (write 1.5, not 1,5)'
 */
export function parseNumberCell(text: string): number | string {
  if (text === '') return 'empty cell';
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : `the number overflows to ${n}`;
  }
  if (/^[+-]?\d+,\d+$/.test(text)) return 'a decimal comma (write 1.5, not 1,5)';
  if (/%\s*$/.test(text)) return 'a percentage (write a fraction: 0.75, not 75%)';
  if (text.trim() !== text) return 'leading or trailing spaces around the number';
  return 'not a number';
}
