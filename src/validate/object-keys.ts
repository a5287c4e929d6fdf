import { InputError } from '../errors/index.js';
import { suggest } from './suggest.js';

/** How {@link checkObjectKeys} words its errors and which keys it lets pass. */
export interface KeyRule {
  /** What a key is called in messages: `field` (default) for a file, `option` for an options object. */
  readonly noun?: string;
  /** Keys accepted without being in `allowed` and without effect (`$comment`, `note`). */
  readonly ignore?: readonly string[];
  /** The fix suggested when no allowed key is close to the unknown one; default `remove it`. */
  readonly fix?: string;
}

/**
 * Check that `raw` is a plain object whose keys are all in `allowed` (or in
 * `rule.ignore`): a misspelt key (`utilisation`, `secondorder`) would
 * otherwise be ignored silently. The error names the unknown key's path,
 * its value, the valid keys and the closest ones (case-insensitive edit
 * distance, see {@link suggest}).
 *
 * @param raw - the value received
 * @param path - its path, named in errors (`workload`, `sobol.options`)
 * @param allowed - the valid keys
 * @param rule - the noun used in messages, keys to ignore, the fix when nothing is close
 * @returns the object, typed as a record
 * @throws {@link InputError} for a non-object, an array, or an unknown key
 * @example
 * checkObjectKeys({ utilization: 0.75 }, 'workload', ['utilization', 'hoursPerYear']); // => { utilization: 0.75 }
 * const fixOf = (f) => { try { f(); } catch (e) { return e.fix; } };
 * fixOf(() => checkObjectKeys({ secondorder: true }, 'sobol.options', ['n', 'secondOrder'], { noun: 'option' })); // => 'did you mean "secondOrder"?'
 */
export function checkObjectKeys(raw: unknown, path: string, allowed: readonly string[], rule: KeyRule = {}): Readonly<Record<string, unknown>> {
  const noun = rule.noun ?? 'field';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError({ path, received: raw, expected: `an object with ${noun}s among ${allowed.join(', ')}`, problem: 'must be an object' });
  }
  const record = raw as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    if (allowed.includes(key) || rule.ignore?.includes(key) === true) continue;
    const close = suggest(key, allowed);
    throw new InputError({
      path: `${path}.${key}`,
      received: record[key],
      expected: `one of the ${noun}s ${allowed.join(', ')}`,
      problem: `is not a known ${noun}`,
      fix: close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : (rule.fix ?? 'remove it'),
    });
  }
  return record;
}
