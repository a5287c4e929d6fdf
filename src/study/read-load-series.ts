import { loadLoadSeries, matchLoadIntensity, type LoadSeries } from '../datasets/index.js';
import { resolveStudyPath } from '../io/index.js';
import type { JobLoad, Param, Site } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, readString } from './read-object.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/** A job's load series read: its energy and span as params, and the series to match to the grid. */
export interface ReadLoad {
  /** Σ E_h [kWh], a fixed input citing the file. */
  readonly energy: Param;
  /** The series' span [h], the duration of one run, when the job gives no duration of its own. */
  readonly hours?: Param;
  readonly series: LoadSeries;
  /** The file as the study names it, and its citation, if any. */
  readonly file: string;
  readonly cited: string;
  readonly path: string;
}

const MS_PER_HOUR = 3.6e6;
const iso = (ms: number): string => new Date(ms).toISOString();
const spanOf = (s: LoadSeries): string => `${iso(s.timesMs[0])} to ${iso(s.endMs)}`;

/**
 * Read a job's `loadSeries`: its IT energy is Σ E_h (a fixed input citing
 * the file) and its span is the duration of one run, unless the job gives
 * `hours` (the span param is then not recorded).
 *
 * @param withHours - whether to record the span as the run's duration
 * @throws {@link InputError} naming the field for a missing or malformed file
 */
export function readLoadSeries(ctx: ParseContext, raw: unknown, path: string, withHours: boolean): ReadLoad {
  const o = readObject(raw, path, STUDY_FIELDS.jobLoadSeries);
  const file = readString(o, 'series', path) as string;
  const limits = ctx.readLimits ?? {};
  const series = loadLoadSeries(resolveStudyPathOf(ctx, file, `${path}.series`), limits.maxFileSize !== undefined ? { maxFileSize: limits.maxFileSize } : {});
  const cited = typeof o.source === 'string' ? `; ${o.source}` : '';
  let total = 0;
  for (const e of series.kWh) total += e;
  const energy = readParam(ctx, { value: total, source: `sum of the load series ${file}, ${spanOf(series)}${cited}` }, path, { kind: 'energy', rule: { min: 0 } });
  const span = { value: (series.endMs - series.timesMs[0]) / MS_PER_HOUR, source: `span of the load series ${file}, ${spanOf(series)}` };
  const hours = withHours ? readParam(ctx, span, `${path}.hours`, { kind: 'duration', rule: { min: 0, minExclusive: true } }) : undefined;
  return { energy, ...(hours ? { hours } : {}), series, file, cited, path };
}

/**
 * Match a read load to the job's grid when that grid is a series: the job is
 * then charged at the energy-weighted intensity Σ E_h × CI_h ÷ Σ E_h — a
 * fixed input of its own, so that the operational carbon is Σ E_h × CI_h
 * (× PUE, × levers) — and the time mean over the same hours is kept to
 * report the difference. Other impact categories keep the grid's per-kWh
 * factors.
 *
 * @throws {@link InputError} naming `<path>.series` for a load the grid series does not cover or is misaligned with
 */
export function matchLoadSeries(ctx: ParseContext, r: ReadLoad, site: Site): { readonly site: Site; readonly load: JobLoad } {
  const grid = ctx.gridSeries?.get(site.gridIntensity.path);
  if (grid === undefined) return { site, load: { file: r.file } };
  const match = matchLoadIntensity({ ...r.series, file: r.file }, grid, `${r.path}.series`);
  const gridPath = `${r.path}.gridIntensity`;
  const gridIntensity = readParam(ctx, { value: match.weightedIntensity, source: `energy-weighted intensity of ${site.gridIntensity.path} over the load series ${r.file} (Σ E_h × CI_h ÷ Σ E_h, ${spanOf(r.series)})${r.cited}` }, gridPath, { kind: 'gridIntensity', rule: { min: 0 } });
  const factors = ctx.impacts.get(site.gridIntensity.path);
  if (factors !== undefined) ctx.impacts.set(gridPath, factors); // other categories: the grid's per-kWh factors, not matched
  return { site: { ...site, gridIntensity }, load: { file: r.file, match } };
}

function resolveStudyPathOf(ctx: ParseContext, file: string, path: string): string {
  const limits = ctx.readLimits ?? {};
  return resolveStudyPath(file, path, ctx.baseDir ?? '.', limits.allowRead ?? []);
}
