import { InputError } from '../errors/index.js';

/**
 * Read a UTC offset such as `+02:00`, `-05:30` or `Z` into minutes east of
 * UTC. Logs whose timestamps carry no time zone (nvidia-smi writes the
 * machine's local time) need one to be placed on the grid's hourly series.
 *
 * @param text - the offset as written
 * @param field - the option or flag it came from, for the error
 * @returns minutes to add to UTC to get the local time
 * @throws {@link InputError} naming the field when the text is not an offset in [-14:00, +14:00]
 * @example
 * parseUtcOffset('+02:00', 'utcOffset'); // => 120
 * parseUtcOffset('Z', 'utcOffset'); // => 0
 */
export function parseUtcOffset(text: string, field: string): number {
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : NaN;
  if (!m || Number(m[3]) >= 60 || Math.abs(minutes) > 14 * 60) {
    throw new InputError({ path: field, received: text, expected: 'a UTC offset from -14:00 to +14:00 written ±HH:MM, or Z', problem: 'is not a UTC offset', fix: 'write e.g. +02:00 for central European summer time, or Z for UTC' });
  }
  return minutes;
}
