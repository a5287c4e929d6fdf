/**
 * Render a received value for an error message, keeping the values that
 * `JSON.stringify` hides (`NaN`, `Infinity`, `undefined`) visible.
 *
 * @param value - any value a user sent
 * @returns a short, unambiguous text form of the value
 * @example
 * formatValue(NaN); // => 'NaN'
 * formatValue('75%'); // => '"75%"'
 * formatValue({ dist: 'uniform' }); // => '{"dist":"uniform"}'
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  try {
    const text = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
    );
    // JSON has no form for a symbol; describe it rather than print nothing.
    if (text === undefined) return typeof value === 'symbol' ? value.toString() : 'a value JSON cannot show';
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    // A circular structure: say so rather than print "[object Object]".
    return 'an object that refers to itself (not printable)';
  }
}
