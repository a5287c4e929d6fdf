import { InputError } from '../errors/index.js';
import type { CatalogueRecord } from './factor-lookup.js';
import type { ParseContext } from './parse-context.js';
import type { ParamFallback } from './read-param.js';
import type { RawObject } from './read-object.js';

/**
 * The hardware-catalogue entry an object names in its `catalogue` field, or
 * undefined when it names none.
 *
 * @throws {@link InputError} for a non-string or unknown id (with close matches)
 * @internal
 */
export function readCatalogue(ctx: ParseContext, o: RawObject, path: string): CatalogueRecord | undefined {
  if (o.catalogue === undefined) return undefined;
  if (typeof o.catalogue !== 'string') throw new InputError({ path: `${path}.catalogue`, received: o.catalogue, expected: 'a catalogue id such as "nvidia-h100-sxm"', problem: 'must be a string' });
  return ctx.lookup.catalogue(o.catalogue, `${path}.catalogue`);
}

/**
 * A numeric catalogue field as the fallback of a study field, reported as
 * `dataset` with the entry's source; undefined when the entry lacks it.
 * @internal
 */
export function catalogueFallback(entry: CatalogueRecord | undefined, field: string): ParamFallback | undefined {
  const f = entry?.fields[field];
  return f?.value === undefined ? undefined : { status: 'dataset', factor: { value: f.value, unit: f.unit ?? '1', source: f.source } };
}
