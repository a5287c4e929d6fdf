/**
 * Format a number for tables: thousands separators and a fixed number of
 * decimals (default 2).
 * @example
 * formatFixed(1633.74); // => '1,633.74'
 * formatFixed(0.8740, 3); // => '0.874'
 */
export function formatFixed(x: number, decimals = 2): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
