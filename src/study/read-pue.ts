import type { Param } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readParam } from './read-param.js';

/** The rule of a PUE: facility ÷ IT energy, at least 1. */
const PUE_SPEC = {
  kind: 'ratio' as const,
  rule: { min: 1, fix: 'PUE is facility energy ÷ IT energy, so at least 1 (1.0 = no overhead, e.g. an edge device)', plausible: { low: 1, high: 3, why: 'data-centre PUE lies between about 1.05 and 2.5' } },
};

/** A provider key written as a PUE (`"pue": "aws"`): lower-case letters only. */
const PROVIDER = /^[a-z]+$/;

/**
 * The provider a location names (`aws:us-east-1` → `aws`), or undefined.
 *
 * @param location - a study location
 * @example
 * providerOf('gcp:europe-west3'); // => 'gcp'
 * providerOf('DE'); // => undefined
 */
export function providerOf(location: string | undefined): string | undefined {
  const m = location === undefined ? null : /^([a-z]+):/.exec(location);
  return m?.[1];
}

/**
 * Read a site's PUE: a number or distribution as given; a provider key
 * (`"aws"`, `"gcp"`, `"azure"`) for that provider's fleet PUE from the PUE
 * dataset (status `dataset`); when absent, the fleet PUE of the provider
 * the site's location names (`aws:us-east-1`), else `fallback` (the
 * industry default for the cloud block).
 *
 * @param ctx - the parse context
 * @param raw - the `pue` field
 * @param path - its path
 * @param location - the site's location, when it names one
 * @param fallback - the PUE when none is given and no provider is named
 */
export function readPue(ctx: ParseContext, raw: unknown, path: string, location: string | undefined, fallback: () => Param): Param {
  if (typeof raw === 'string' && PROVIDER.test(raw.trim())) {
    return readParam(ctx, undefined, path, PUE_SPEC, { status: 'dataset', factor: ctx.lookup.providerPue(raw.trim(), path) });
  }
  if (raw !== undefined) return readParam(ctx, raw, path, PUE_SPEC);
  const provider = providerOf(location);
  if (provider !== undefined) return readParam(ctx, undefined, path, PUE_SPEC, { status: 'dataset', factor: ctx.lookup.providerPue(provider, `${path} (from location ${location})`) });
  return fallback();
}
