/**
 * The text of one dataset cell: CSV and JSON rows hold strings, numbers and
 * booleans; anything else (a nested object from a JSON dataset) is shown as
 * JSON, never as "[object Object]". An absent cell is the empty string.
 *
 * @param v - a cell of a parsed dataset row
 * @returns its text
 * @example
 * cellText(0.0716); // => '0.0716'
 * cellText(undefined); // => ''
 * cellText({ a: 1 }); // => '{"a":1}'
 */
export function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v) ?? '';
}
