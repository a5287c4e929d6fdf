import { InputError } from '../errors/index.js';
import { MAX_SAMPLES } from '../mc/index.js';
import { MAX_SEED } from '../random/index.js';

/** The valid values of an integer flag, named in its errors. */
export interface IntegerRange {
  /** Smallest valid value. */
  readonly min: number;
  /** Largest valid value. */
  readonly max: number;
  /** An example to show in the fix, e.g. `1e6`. */
  readonly example: string;
}

/** `--seed`: any unsigned 32-bit integer. */
export const SEED_RANGE: IntegerRange = { min: 0, max: MAX_SEED, example: '42' };
/** `--samples` of a Monte Carlo run (and `--chunk`): 2 to 2^32. */
export const SAMPLES_RANGE: IntegerRange = { min: 2, max: MAX_SAMPLES, example: '1e6' };
/** `--samples` of `scenarios` and `--scenario-samples` of `report`: 0 (the deterministic comparison only) or a Monte Carlo sample count. */
export const SCENARIO_SAMPLES_RANGE: IntegerRange = { min: 0, max: MAX_SAMPLES, example: '1e5' };
/** Any whole number ≥ 0 (a range bound; the run checks the rest). */
export const COUNT_RANGE: IntegerRange = { min: 0, max: Number.MAX_SAFE_INTEGER, example: '1000' };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Read an integer flag written as digits or in exponent form (`1000000`,
 * `1e6`) and check it against its range; the error says which of not a
 * number, not whole, or out of range the value is, and gives the range.
 * @example
 * integerFlag('1e6', '--samples', undefined, SAMPLES_RANGE); // => 1000000
 */
export function integerFlag(text: string | true | undefined, flag: string, fallback?: number, range: IntegerRange = COUNT_RANGE): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const expected = `a whole number in [${range.min}, ${range.max}], such as ${range.example}`;
  const fix = `write ${flag} ${range.example}`;
  if (typeof text !== 'string' || !NUMBER.test(text.trim())) {
    throw new InputError({ path: flag, received: text === true ? undefined : text, expected, problem: text === undefined || text === true ? 'has no value' : 'is not a number', fix });
  }
  const value = Number(text.trim());
  if (!Number.isInteger(value)) throw new InputError({ path: flag, received: text, expected, problem: 'is not a whole number', fix });
  if (value < range.min || value > range.max) throw new InputError({ path: flag, received: text, expected, problem: 'is out of range', fix });
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
