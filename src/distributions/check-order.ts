import { InputError, formatValue } from '../errors/index.js';
import type { SpecReader } from './read-spec.js';

/**
 * Require `lo ≤ hi` for two parameters of a spec (min and max), and a finite
 * width `hi − lo`. The error names the lower parameter, both values as the
 * user wrote them, and the fix.
 * @internal
 */
export function checkOrdered(spec: SpecReader, loKey: string, lo: number, hiKey: string, hi: number): void {
  if (lo > hi) {
    throw new InputError({
      path: `${spec.path}.${loKey}`,
      received: spec.raw[loKey],
      problem: `is greater than ${hiKey} (${formatValue(spec.raw[hiKey])})`,
      expected: `${loKey} ≤ ${hiKey}`,
      fix: `swap ${loKey} and ${hiKey}, or check that both are in the same unit`,
    });
  }
  if (!Number.isFinite(hi - lo)) {
    throw new InputError({
      path: spec.path,
      received: spec.raw,
      problem: `has a range ${hiKey} − ${loKey} too wide for float64`,
      expected: `${loKey} and ${hiKey} whose difference is finite`,
      fix: 'check the units of the bounds',
    });
  }
}

/**
 * Require `min ≤ value ≤ max` for a parameter inside a range (the mode of a
 * triangular or PERT). The error names the parameter and the range as written.
 * @internal
 */
export function checkWithin(spec: SpecReader, key: string, value: number, min: number, max: number): void {
  if (value < min || value > max) {
    throw new InputError({
      path: `${spec.path}.${key}`,
      received: spec.raw[key],
      problem: 'is outside [min, max]',
      expected: `a ${key} in [min, max] = [${formatValue(spec.raw.min)}, ${formatValue(spec.raw.max)}]`,
      fix: `the ${key} is the most likely value and must lie between min and max; check the order and the units`,
    });
  }
}

/**
 * Require a strictly positive quantity (a lognormal's median or mean).
 * @internal
 */
export function checkPositive(spec: SpecReader, key: string, value: number, fix: string): void {
  if (!(value > 0)) {
    throw new InputError({
      path: `${spec.path}.${key}`,
      received: spec.raw[key],
      problem: 'must be > 0',
      expected: `a ${key} > 0 (a ${spec.dist} takes only positive values)`,
      fix,
    });
  }
}

/**
 * Require a non-negative spread (a standard deviation).
 * @internal
 */
export function checkSpread(spec: SpecReader, key: string, value: number): void {
  if (value < 0) {
    throw new InputError({
      path: `${spec.path}.${key}`,
      received: spec.raw[key],
      problem: 'is negative',
      expected: `a standard deviation ${key} ≥ 0`,
      fix: `write the spread as a positive number; sd = 0 makes a constant`,
    });
  }
}
