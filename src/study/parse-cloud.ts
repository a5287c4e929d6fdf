import { intensityIntegral, loadIntensitySeries } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import { resolveStudyPath } from '../io/index.js';
import type { Cloud } from '../system/index.js';
import { checkNumber } from '../validate/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, readString } from './read-object.js';
import { readSiteImpacts } from './read-impacts.js';
import { readParam } from './read-param.js';
import { readPue } from './read-pue.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const INTENSITY_PLAUSIBLE = {
  low: 0.001,
  high: 2,
  why: 'grid intensities lie between about 0.01 and 1.2 kgCO2e/kWh; 400 means 400 g/kWh — write "400 g/kWh" or 0.4',
};

function isSeries(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'series' in raw;
}

function time(raw: unknown, path: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const t = typeof raw === 'string' ? Date.parse(raw) : NaN;
  if (!Number.isFinite(t)) throw new InputError({ path, received: raw, expected: 'an ISO 8601 time such as "2024-06-01T00:00Z"', problem: 'is not a time' });
  return t;
}

/**
 * A grid intensity given as a time series (`{"series": "grid.csv", "from": ISO, "to": ISO}`)
 * becomes its time-weighted mean over [from, to] (default: the whole series),
 * as a value with the file and window as its source.
 */
function seriesMean(ctx: ParseContext, raw: unknown, path: string): unknown {
  const o = readObject(raw, path, STUDY_FIELDS.gridSeries);
  const file = readString(o, 'series', path) as string;
  const limits = ctx.readLimits ?? {};
  const real = resolveStudyPath(file, `${path}.series`, ctx.baseDir ?? '.', limits.allowRead ?? []);
  const series = loadIntensitySeries(real, limits.maxFileSize !== undefined ? { maxFileSize: limits.maxFileSize } : {});
  const integral = intensityIntegral(series);
  const from = time(o.from, `${path}.from`, integral.startMs);
  const to = time(o.to, `${path}.to`, integral.endMs);
  if (from < integral.startMs || to > integral.endMs || from >= to) {
    throw new InputError({
      path: `${path}.${from >= to ? 'to' : from < integral.startMs ? 'from' : 'to'}`,
      received: `${new Date(from).toISOString()} to ${new Date(to).toISOString()}`,
      expected: `a window inside the series, ${new Date(integral.startMs).toISOString()} to ${new Date(integral.endMs).toISOString()}, with from before to`,
      problem: 'is not a window of the series',
    });
  }
  const mean = (integral.at(to) - integral.at(from)) / ((to - from) / 3.6e6);
  ctx.gridSeries?.set(path, { ...series, file }); // for jobs with a load series, matched hour by hour (named as the study names it)
  const cited = typeof o.source === 'string' ? `; ${o.source}` : '';
  return { value: mean, source: `time-weighted mean of ${file} from ${new Date(from).toISOString()} to ${new Date(to).toISOString()}${cited}` };
}

/**
 * Parse the cloud element: the grid intensity (given, or looked up from
 * `location` and `year` — never a silent world-average fallback), PUE
 * (industry default when absent, reported as a default) and the share of
 * overhead charged.
 *
 * @throws {@link InputError} for any invalid field, naming its path
 */
export function parseCloud(ctx: ParseContext, raw: unknown, path: string): Cloud {
  const o = readObject(raw, path, STUDY_FIELDS.cloud);
  const location = readString(o, 'location', path, false);
  const year = o.year === undefined ? undefined : checkNumber(o.year, `${path}.year`, { min: 1990, max: 2100, integer: true });
  if (o.gridIntensity === undefined && location === undefined) {
    throw new InputError({
      path: `${path}.gridIntensity`,
      received: undefined,
      expected: 'a grid carbon intensity (e.g. "0.4 kgCO2e/kWh") or a location (e.g. "DE" with "year": 2022)',
      problem: 'is missing',
      fix: 'give the intensity or the location; the library never falls back to a world average on its own',
    });
  }
  const gridIntensity = readParam(
    ctx,
    isSeries(o.gridIntensity) ? seriesMean(ctx, o.gridIntensity, `${path}.gridIntensity`) : o.gridIntensity,
    `${path}.gridIntensity`,
    { kind: 'gridIntensity', rule: { min: 0, plausible: INTENSITY_PLAUSIBLE } },
    o.gridIntensity === undefined ? { status: 'dataset', factor: ctx.lookup.gridIntensity({ location: location as string, year }, `${path}.location`) } : undefined,
  );
  // A provider's region implies its fleet PUE; otherwise the industry default, reported as such.
  const pue = readPue(ctx, o.pue, `${path}.pue`, location, () =>
    readParam(ctx, undefined, `${path}.pue`, { kind: 'ratio', rule: { min: 1 } }, { status: 'default', factor: ctx.lookup.defaultPue(`${path}.pue`) }),
  );
  const overheadShare = readParam(ctx, o.overheadShare, `${path}.overheadShare`, { kind: 'fraction' }, o.overheadShare === undefined ? { status: 'default', factor: { value: 1, unit: '1', source: { citation: 'library default: the whole facility overhead (PUE − 1) is charged to the system' } } } : undefined);
  readSiteImpacts(ctx, o, path, { param: gridIntensity, own: true }, { param: pue, own: true });
  return { location, year, gridIntensity, pue, overheadShare };
}
