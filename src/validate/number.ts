import { InputError } from '../errors/index.js';

/** Bounds for {@link checkNumber}; a bound left out is unbounded. */
export interface NumberRule {
  /** Smallest valid value. */
  readonly min?: number;
  /** Largest valid value. */
  readonly max?: number;
  /** When true, `min` itself is invalid (`> min`). */
  readonly minExclusive?: boolean;
  /** When true, `max` itself is invalid (`< max`). */
  readonly maxExclusive?: boolean;
  /** When true, the value must be an integer. */
  readonly integer?: boolean;
  /** The unit, named in the error message (`years`, `W`). */
  readonly unit?: string;
  /** A fix to suggest when the rule is broken. */
  readonly fix?: string;
}

/** The rule in words: `a finite number > 0 years`. */
export function describeRule(rule: NumberRule): string {
  const parts: string[] = [rule.integer ? 'an integer' : 'a finite number'];
  const unit = rule.unit ? ` ${rule.unit}` : '';
  if (rule.min !== undefined && rule.max !== undefined) {
    const lo = rule.minExclusive ? '(' : '[';
    const hi = rule.maxExclusive ? ')' : ']';
    parts.push(`in ${lo}${rule.min}, ${rule.max}${hi}${unit}`);
  } else if (rule.min !== undefined) {
    parts.push(`${rule.minExclusive ? '>' : '≥'} ${rule.min}${unit}`);
  } else if (rule.max !== undefined) {
    parts.push(`${rule.maxExclusive ? '<' : '≤'} ${rule.max}${unit}`);
  } else if (unit) {
    parts.push(`in${unit}`);
  }
  return parts.join(' ');
}

/**
 * Check that `value` is a finite number obeying `rule`, and return it.
 * NaN and ±Infinity are refused before the range is checked (a `p < 0 || p > 1`
 * test lets NaN through).
 *
 * @param value - the value received
 * @param path - the field path, named in the error
 * @param rule - the valid range
 * @returns the value, typed as a number
 * @throws {@link InputError} naming the path, the value, the range and the fix
 * @example
 * checkNumber(5, 'servers[0].lifetime', { min: 0, minExclusive: true, unit: 'years' }); // => 5
 */
export function checkNumber(value: unknown, path: string, rule: NumberRule = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError({
      path,
      received: value,
      expected: describeRule(rule),
      problem: typeof value === 'number' ? 'must be finite' : 'must be a number',
      fix: rule.fix ?? (typeof value === 'string' ? 'write a number, or a quantity with a unit where the field accepts one' : undefined),
    });
  }
  const tooLow =
    rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  const tooHigh =
    rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max);
  const notInteger = rule.integer === true && !Number.isInteger(value);
  if (tooLow || tooHigh || notInteger) {
    throw new InputError({ path, received: value, expected: describeRule(rule), problem: 'is out of range', fix: rule.fix });
  }
  return value;
}

/**
 * Check a share of time or capacity: a finite number in [0, 1]. A value in
 * (1, 100] is almost always a percentage; the error says so.
 *
 * @throws {@link InputError} `utilization is a fraction in [0, 1]; got 75 — did you mean 0.75?`
 * @example
 * checkFraction(0.75, 'workload.utilization'); // => 0.75
 */
export function checkFraction(value: unknown, path: string): number {
  const percentHint =
    typeof value === 'number' && value > 1 && value <= 100
      ? `did you mean ${value / 100}? Fractions are written 0.75, not 75`
      : 'write a fraction between 0 and 1';
  return checkNumber(value, path, { min: 0, max: 1, fix: percentHint });
}

/**
 * Check a count: an integer ≥ 1 (a count of 0 would make a component vanish
 * silently).
 *
 * @example
 * checkCount(1024, 'servers[0].components[1].count'); // => 1024
 */
export function checkCount(value: unknown, path: string): number {
  return checkNumber(value, path, {
    min: 1,
    integer: true,
    fix: 'counts are whole numbers ≥ 1; remove the entry instead of giving it count 0',
  });
}
