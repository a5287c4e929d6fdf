import { InputError } from '../errors/index.js';

/**
 * Read an integer flag written as digits or in exponent form (`1000000`,
 * `1e6`); anything else is refused.
 * @example
 * integerFlag('1e6', '--samples'); // => 1000000
 */
export function integerFlag(text: string | true | undefined, flag: string, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const value = typeof text === 'string' && /^\d+(\.\d+)?(e\d+)?$/i.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value)) {
    throw new InputError({ path: flag, received: text, expected: 'a whole number such as 1000000 or 1e6', problem: text === undefined ? 'is missing' : 'is not a whole number' });
  }
  return value;
}

/**
 * Read `START:END`.
 * @example
 * rangeFlag('0:500', '--range'); // => { start: 0, end: 500 }
 */
export function rangeFlag(text: string | true | undefined, flag: string): { start: number; end: number } | undefined {
  if (text === undefined) return undefined;
  const m = typeof text === 'string' ? /^([^:]+):([^:]+)$/.exec(text) : null;
  if (!m) throw new InputError({ path: flag, received: text, expected: 'START:END, e.g. 0:50000000', problem: 'is not a range' });
  return { start: integerFlag(m[1], flag), end: integerFlag(m[2], flag) };
}
