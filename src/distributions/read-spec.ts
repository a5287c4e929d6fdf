import { InputError } from '../errors/index.js';
import { checkNumber, suggest, type NumberRule } from '../validate/index.js';
import type { ToNumber } from './types.js';

/** The forms a user may write, shown in errors. */
export const SPEC_FORMS: Readonly<Record<string, string>> = {
  fixed: "{dist: 'fixed', value}",
  uniform: "{dist: 'uniform', min, max}",
  normal: "{dist: 'normal', mean, sd, min?, max?}",
  lognormal:
    "one of {dist: 'lognormal', median, gsd} (gsd ≥ 1), {dist: 'lognormal', mu, sigma} (log space) or {dist: 'lognormal', mean, sd} (arithmetic)",
  triangular: "{dist: 'triangular', min, mode, max}",
  pert: "{dist: 'pert', min, mode, max, lambda?}",
  beta: "{dist: 'beta', alpha, beta, min?, max?}",
  discrete: "{dist: 'discrete', values, weights?}",
};

/** Parameter names from other tools and textbooks, mapped to ours. */
const KEY_HINTS: Readonly<Record<string, string>> = {
  sigma: 'sd',
  std: 'sd',
  stdev: 'sd',
  stddev: 'sd',
  mu: 'mean',
  low: 'min',
  lower: 'min',
  high: 'max',
  upper: 'max',
  likely: 'mode',
  mostLikely: 'mode',
  a: 'alpha',
  b: 'beta',
  probabilities: 'weights',
  p: 'weights',
};

/** A distribution spec being read: the raw object, its path and how to convert parameters. */
export interface SpecReader {
  /** The spec's `dist`. */
  readonly dist: string;
  /** The spec object as written. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The path of the spec, e.g. `servers[0].lifetime`. */
  readonly path: string;
  /** Converts parameters that carry the field's unit. */
  readonly toNumber: ToNumber;
}

/**
 * Refuse keys that are not parameters of `dist` (a typo such as `sigma` for
 * `sd` would otherwise be ignored silently), suggesting the closest one.
 * @internal
 */
export function checkKeys(spec: SpecReader, allowed: readonly string[]): void {
  for (const key of Object.keys(spec.raw)) {
    if (key === 'dist' || allowed.includes(key)) continue;
    const hint = KEY_HINTS[key];
    const close = hint !== undefined && allowed.includes(hint) ? [hint] : suggest(key, allowed, 1);
    throw new InputError({
      path: `${spec.path}.${key}`,
      received: spec.raw[key],
      problem: `is not a parameter of a ${spec.dist} distribution`,
      expected: SPEC_FORMS[spec.dist] ?? allowed.join(', '),
      fix: close.length > 0 ? `did you mean ${close[0]}?` : `remove ${key}`,
    });
  }
}

/** Throw the error for a missing parameter. */
function missing(spec: SpecReader, key: string): never {
  throw new InputError({
    path: `${spec.path}.${key}`,
    received: undefined,
    problem: 'is missing',
    expected: `a ${spec.dist} distribution written ${SPEC_FORMS[spec.dist]}`,
    fix: `add ${key}`,
  });
}

/**
 * Read a parameter that carries the field's unit through `toNumber`, and
 * make sure the result is a finite number whatever the converter did.
 * @internal
 */
export function readQuantity(spec: SpecReader, key: string): number {
  const value = spec.raw[key];
  if (value === undefined) missing(spec, key);
  const path = `${spec.path}.${key}`;
  return checkNumber(spec.toNumber(value, path), path);
}

/** {@link readQuantity} for an optional parameter; `undefined` when absent. @internal */
export function readOptionalQuantity(spec: SpecReader, key: string): number | undefined {
  return spec.raw[key] === undefined ? undefined : readQuantity(spec, key);
}

/**
 * Read a dimensionless parameter (gsd, mu, sigma, alpha, beta, lambda): a
 * plain finite number obeying `rule`; unit strings are refused.
 * @internal
 */
export function readPlain(spec: SpecReader, key: string, rule: NumberRule = {}): number {
  const value = spec.raw[key];
  if (value === undefined) missing(spec, key);
  return checkNumber(value, `${spec.path}.${key}`, rule);
}
