import { InputError } from '../errors/index.js';
import type { Cloud, Site } from '../system/index.js';
import type { ImpactRole } from '../units/index.js';
import { checkNumber } from '../validate/index.js';
import type { ParseContext } from './parse-context.js';
import { readString, type RawObject } from './read-object.js';
import { readSiteImpacts } from './read-impacts.js';
import { readParam } from './read-param.js';
import { providerOf, readPue } from './read-pue.js';

const INTENSITY_RULE = {
  min: 0,
  plausible: { low: 0.001, high: 2, why: 'grid intensities lie between about 0.01 and 1.2 kgCO2e/kWh; 400 means 400 g/kWh — write "400 g/kWh" or 0.4' },
};

/** The fields of an object that may override where it runs. */
export const SITE_FIELDS = ['gridIntensity', 'location', 'year', 'pue', 'wue', 'impacts'] as const;

/**
 * Where a job, service or server runs: its own `gridIntensity` (or `location`
 * with `year`, looked up like the cloud block's) and `pue`, each falling back
 * to the study's cloud block — the same input, so one uncertain grid drives
 * every part that shares it.
 *
 * @throws {@link InputError} for an invalid override
 */
export function parseSite(ctx: ParseContext, o: RawObject, path: string, cloud: Cloud, ownFactors: Readonly<Record<string, ImpactRole>> = {}): Site {
  const location = readString(o, 'location', path, false);
  if (o.year !== undefined && location === undefined) {
    throw new InputError({ path: `${path}.year`, received: o.year, expected: 'a year together with a location', problem: 'has no location', fix: 'give location (e.g. "FR") with year, or gridIntensity' });
  }
  if (location !== undefined && o.gridIntensity !== undefined) {
    throw new InputError({ path: `${path}.location`, received: location, expected: 'either location or gridIntensity', problem: 'gives the grid twice', fix: 'keep one of them' });
  }
  const year = o.year === undefined ? undefined : checkNumber(o.year, `${path}.year`, { min: 1990, max: 2100, integer: true });
  const gridIntensity =
    o.gridIntensity !== undefined
      ? readParam(ctx, o.gridIntensity, `${path}.gridIntensity`, { kind: 'gridIntensity', rule: INTENSITY_RULE })
      : location !== undefined
        ? readParam(ctx, undefined, `${path}.gridIntensity`, { kind: 'gridIntensity', rule: INTENSITY_RULE }, { status: 'dataset', factor: ctx.lookup.gridIntensity({ location, year }, `${path}.location`) })
        : cloud.gridIntensity;
  // its own PUE: given (a number, a distribution or a provider key), or its provider's when its location names one
  const pue = o.pue !== undefined || providerOf(location) !== undefined ? readPue(ctx, o.pue, `${path}.pue`, location, () => cloud.pue) : cloud.pue;
  readSiteImpacts(ctx, o, path, { param: gridIntensity, own: gridIntensity !== cloud.gridIntensity }, { param: pue, own: pue !== cloud.pue }, ownFactors);
  return { gridIntensity, pue };
}
