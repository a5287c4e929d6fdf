/**
 * Boundary checks for chart data and options. Each error names the field
 * path (`data[2].value`), the datum's label, the value received, the valid
 * range and the fix.
 * @internal
 * @module
 */
import { InputError } from '../errors/index.js';
import { checkNumber, describeRule, type NumberRule } from '../validate/index.js';
import { CHART_PALETTE } from './palette.js';

/** An array with at least `minLength` entries. @internal */
export function checkArray(value: unknown, path: string, what: string, minLength = 1): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new InputError({ path, received: value, expected: `an array of ${what}`, problem: 'must be an array' });
  }
  if (value.length < minLength) {
    throw new InputError({
      path,
      received: value,
      expected: `at least ${minLength} ${what}`,
      problem: 'has too few entries',
      fix: 'a chart needs data to draw; leave the chart out when there is none',
    });
  }
  return value;
}

/** A plain object (a datum or an options bag). @internal */
export function checkObject(value: unknown, path: string, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError({ path, received: value, expected: what, problem: 'must be an object' });
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A non-empty string (a label, an input name). @internal */
export function checkText(value: unknown, path: string, example: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError({
      path,
      received: value,
      expected: 'a non-empty string',
      problem: typeof value === 'string' ? 'is empty' : 'must be a string',
      fix: `give a name such as ${JSON.stringify(example)}`,
    });
  }
  return value;
}

/** A unit for axis titles: charts never draw a value axis without one. @internal */
export function checkUnit(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError({
      path,
      received: value,
      expected: "the unit of the values, a non-empty string such as 'kgCO2e/year'",
      problem: value === undefined ? 'is missing' : 'is invalid',
      fix: "pass the unit, e.g. { unit: 'kgCO2e/year' }; axis titles always name it",
    });
  }
  return value;
}

/**
 * A finite number obeying `rule`, from the datum called `label`; the error
 * names both the path and the label so that the bad datum can be found.
 * @internal
 */
export function checkDatumNumber(value: unknown, path: string, label: string, rule: NumberRule = {}): number {
  try {
    return checkNumber(value, path, rule);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const finite = typeof value === 'number' && Number.isFinite(value);
    throw new InputError({
      path,
      received: value,
      expected: describeRule(rule),
      problem: `of ${JSON.stringify(label)} ${finite ? 'is out of range' : 'must be a finite number'}`,
      fix: rule.fix ?? (finite ? undefined : 'compute the value again, or leave the datum out; a chart cannot draw NaN or Infinity'),
    });
  }
}

/** Series must not outnumber the palette's colours (a reused colour would make the legend ambiguous). @internal */
export function checkSeriesCount(names: readonly string[], path: string): void {
  if (names.length > CHART_PALETTE.length) {
    throw new InputError({
      path,
      received: names,
      expected: `at most ${CHART_PALETTE.length} distinct series (one colour each)`,
      problem: 'has too many series',
      fix: 'group the smallest series into one named "other" before charting',
    });
  }
}

/** An optional boolean option; `undefined` gives `fallback`. @internal */
export function checkFlag(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new InputError({ path, received: value, expected: 'true or false', problem: 'must be a boolean' });
  return value;
}
