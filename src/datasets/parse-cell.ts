/**
 * Parse a numeric cell strictly. Returns the number, or a sentence saying
 * what is wrong. Refused: empty text, spaces, a decimal comma (`1,5`: in JS
 * `parseFloat` reads 1), a percent sign (`75%`: `parseFloat` reads 75), units
 * or other trailing text, hexadecimal, `NaN`, `Infinity`, and numbers that
 * overflow to ±Infinity (`1e400`).
 *
 * @param text - the cell as written
 * @returns the number, or the problem in words
 * @example
 * parseNumberCell('0.06'); // => 0.06
 * parseNumberCell('1,5'); // => '"1,5" uses a decimal comma'
 */
export function parseNumberCell(text: string): number | string {
  if (text === '') return 'empty cell';
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : `${text} overflows to ${n}`;
  }
  if (/^[+-]?\d+,\d+$/.test(text)) return `"${text}" uses a decimal comma`;
  if (/%\s*$/.test(text)) return `"${text}" is a percentage`;
  if (text.trim() !== text) return `"${text}" has leading or trailing spaces`;
  return `"${text}" is not a number`;
}
