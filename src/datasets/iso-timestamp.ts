/** An ISO 8601 date-time with minutes and a zone: 2024-01-01T00:00Z, 2024-01-01T01:00:30.5+01:00. */
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO 8601 timestamp with a time zone, or
 * a reason why it is not one. `Date.parse` alone rolls impossible calendar
 * dates forward (2023-02-29 → 1 March, 2023-04-31 → 1 May, 24:00 → the next
 * day), which would put a row of a series in another interval without a
 * word; here the written day must exist in its month and the time lie in
 * 00:00–23:59:59.
 *
 * @param text - the cell
 * @returns the instant [ms], or a string saying what is wrong
 * @example
 * parseIsoTimestamp('2024-02-29T00:00Z'); // => 1709164800000
 * parseIsoTimestamp('2023-02-29T00:00Z'); // => 'not a date: 2023-02 has no day 29'
 * parseIsoTimestamp('2024-01-01 00:00'); // => 'not an ISO 8601 timestamp with a time zone'
 */
export function parseIsoTimestamp(text: string): number | string {
  const m = ISO_TIMESTAMP.exec(text);
  if (m === null) return 'not an ISO 8601 timestamp with a time zone';
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (month < 1 || month > 12) return `not a date: there is no month ${m[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `not a date: ${m[1]}-${m[2]} has no day ${day}`;
  if (hour > 23 || minute > 59 || second > 59) return `not a time of day: ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`} (00:00 to 23:59:59)`;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : 'not a valid date';
}
