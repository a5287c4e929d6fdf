import { loadLoadSeries, matchLoadIntensity } from '../datasets/index.js';
import { resolveStudyPath } from '../io/index.js';
import type { JobLoad, Param, Site } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, readString } from './read-object.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/** A job's load series read: its energy as a param, the site it is charged at, and the match when the grid is a series. */
export interface ReadLoad {
  readonly energy: Param;
  readonly site: Site;
  readonly load: JobLoad;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Read a job's `loadSeries`: its IT energy is Σ E_h (a fixed param citing
 * the file); when the job's grid intensity is a series, the job is charged
 * at the energy-weighted intensity Σ E_h × CI_h ÷ Σ E_h — a fixed param of
 * its own, so that the operational carbon is Σ E_h × CI_h (× PUE, × levers)
 * — and the time mean over the same hours is kept to report the difference.
 * Other impact categories keep the grid's own per-kWh factors.
 *
 * @throws {@link InputError} naming the field for a missing file, or a load the grid series does not cover or is misaligned with
 */
export function readLoadSeries(ctx: ParseContext, raw: unknown, path: string, site: Site): ReadLoad {
  const o = readObject(raw, path, STUDY_FIELDS.jobLoadSeries);
  const file = readString(o, 'series', path) as string;
  const limits = ctx.readLimits ?? {};
  const real = resolveStudyPath(file, `${path}.series`, ctx.baseDir ?? '.', limits.allowRead ?? []);
  const series = loadLoadSeries(real, limits.maxFileSize !== undefined ? { maxFileSize: limits.maxFileSize } : {});
  const cited = typeof o.source === 'string' ? `; ${o.source}` : '';
  const span = `${iso(series.timesMs[0])} to ${iso(series.endMs)}`;
  let total = 0;
  for (const e of series.kWh) total += e;
  const energy = readParam(ctx, { value: total, source: `sum of the load series ${file}, ${span}${cited}` }, path, { kind: 'energy', rule: { min: 0 } });
  const grid = ctx.gridSeries?.get(site.gridIntensity.path);
  if (grid === undefined) return { energy, site, load: { file } };
  const match = matchLoadIntensity({ ...series, file }, grid, `${path}.series`);
  const gridPath = `${path}.gridIntensity`;
  const gridIntensity = readParam(ctx, { value: match.weightedIntensity, source: `energy-weighted intensity of ${site.gridIntensity.path} over the load series ${file} (Σ E_h × CI_h ÷ Σ E_h, ${span})${cited}` }, gridPath, { kind: 'gridIntensity', rule: { min: 0 } });
  const factors = ctx.impacts.get(site.gridIntensity.path);
  if (factors !== undefined) ctx.impacts.set(gridPath, factors); // other categories: the grid's per-kWh factors, not matched
  return { energy, site: { ...site, gridIntensity }, load: { file, match } };
}
