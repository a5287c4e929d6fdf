import { InputError } from '../errors/index.js';
import type { SourceRef } from '../system/index.js';
import { checkObjectKeys } from '../validate/index.js';
import { COMMENT_KEYS } from './format/study-fields.js';

/** A JSON object as the study parser sees it. */
export type RawObject = Readonly<Record<string, unknown>>;

/**
 * Check that `raw` is a plain object whose keys are all in `allowed`; a
 * misspelt key (`utilisation`) is an error that suggests the right one,
 * never silently ignored.
 *
 * @param raw - the value received
 * @param path - its path in the study
 * @param allowed - the valid keys
 * @returns the object
 * @throws {@link InputError} for a non-object or an unknown key
 * @example
 * readObject({ utilization: 0.75 }, 'workload', ['utilization', 'hoursPerYear']); // => { utilization: 0.75 }
 */
export function readObject(raw: unknown, path: string, allowed: readonly string[]): RawObject {
  return checkObjectKeys(raw, path, allowed, { ignore: COMMENT_KEYS, fix: 'remove it or check the study format in docs/study-format.md' });
}

/**
 * Read an optional string field.
 * @example
 * readString({ name: 'Xeon' }, 'name', 'servers[0]'); // => 'Xeon'
 */
export function readString(obj: RawObject, key: string, path: string, required = true): string | undefined {
  const v = obj[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || v.trim() === '') {
    throw new InputError({ path: `${path}.${key}`, received: v, expected: 'a non-empty string', problem: v === undefined ? 'is missing' : 'must be a string' });
  }
  return v;
}

/**
 * Read a field that must be an array (possibly required to be non-empty).
 * @example
 * readArray({ servers: [1] }, 'servers', 'study', true); // => [1]
 */
export function readArray(obj: RawObject, key: string, path: string, nonEmpty: boolean): readonly unknown[] {
  const v = obj[key];
  if (!Array.isArray(v)) {
    throw new InputError({ path: `${path}.${key}`, received: v, expected: 'a list', problem: v === undefined ? 'is missing' : 'must be a list' });
  }
  if (nonEmpty && v.length === 0) {
    throw new InputError({ path: `${path}.${key}`, received: v, expected: 'at least one entry', problem: 'is empty', fix: 'a total of 0 would look valid but means nothing was assessed; add at least one entry' });
  }
  return v;
}

/**
 * Read an object's optional `source` (a citation as text) for the values it
 * gives; a source that is not text is refused, never dropped.
 * @internal
 */
export function readSource(obj: RawObject, path: string): SourceRef | undefined {
  const s = obj.source;
  if (s === undefined) return undefined;
  if (typeof s !== 'string' || s.trim() === '') {
    throw new InputError({ path: `${path}.source`, received: s, expected: 'a citation as text', problem: 'must be a string' });
  }
  return { citation: s };
}
