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
  };
}

/**
 * Run a lookup and report its InputError at the study's field path.
 * @internal
 */
export function atPath<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof InputError ? e.at(path) : e;
  }
}
