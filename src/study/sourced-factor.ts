import type { SourcedValue } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import type { SourcedFactor } from './factor-lookup.js';

/**
 * A dataset row's {@link SourcedValue} as the study parser records it: the
 * value, its unit, the citation with dataset, key and year, and the range.
 * @internal
 */
export function toSourcedFactor(v: SourcedValue): SourcedFactor {
  return {
    value: v.value,
    unit: v.unit,
    source: { citation: v.source.citation, url: v.source.url, dataset: v.dataset, key: v.key, year: v.year },
    ...(v.uncertainty !== undefined ? { uncertainty: v.uncertainty } : {}),
    ...(v.assumption !== undefined ? { assumption: v.assumption } : {}),
  };
}

/** Where a lookup's error about one query key belongs in the study, and a fix a study file can express. */
export interface StudyField {
  /** The study field that holds the key, e.g. `cloud.year`. */
  readonly path: string;
  /** The fix to show instead of the lookup's (which may speak of API options). */
  readonly fix?: string;
}

/** The query key an error of a lookup is about: `grid intensity.year` → `year`, `process (logic)` → `process`. */
function queryKey(path: string): string {
  return (path.split('.').pop() ?? path).split(' (')[0];
}

/**
 * Run a lookup and report its InputError at the study's field path, or, when
 * the error is about a query key that the study gives in a field of its own
 * (the process of an IC, the year of a grid), at that field.
 * @internal
 */
export function atPath<T>(path: string, f: () => T, fields: Readonly<Record<string, StudyField>> = {}): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const field = fields[queryKey(e.path)];
    if (field === undefined) throw e.at(path);
    throw new InputError({ path: field.path, received: e.received, expected: e.expected, problem: e.problem, fix: field.fix ?? e.fix });
  }
}
