import { InputError } from '../errors/index.js';
import type { ReadLimits } from '../io/index.js';
import type { Correlation, Study } from '../system/index.js';
import { checkNumber } from '../validate/index.js';
import type { FactorLookup } from './factor-lookup.js';
import type { ParseContext, SharedDraw } from './parse-context.js';
import { parseCategories } from './parse-categories.js';
import { parseCloud } from './parse-cloud.js';
import { parseFunctionalUnit } from './parse-functional-unit.js';
import { parseServer } from './parse-server.js';
import { parseWork } from './parse-work.js';
import { parseWorkload } from './parse-workload.js';
import { readArray, readObject, readString, type RawObject } from './read-object.js';
import { workloadLookup, type WorkloadLookup } from './workload-lookup.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/** Options of {@link parseStudy}. */
export interface ParseStudyOptions {
  /** Where default factors come from; the bundled datasets when absent. */
  readonly lookup: FactorLookup;
  /** Where the model and data elements' defaults come from; the bundled `ai-workloads` dataset when absent. */
  readonly workloadLookup?: WorkloadLookup;
  /** Folder that relative file paths in the study are resolved against (the study file's folder); default the working directory. */
  readonly baseDir?: string;
  /** Folders besides `baseDir` that files named in the study may be read from, and the size cap. */
  readonly readLimits?: ReadLimits;
}

/** True when the raw study describes work that brings its own hardware (jobs, inference, data). */
function hasWork(o: RawObject): boolean {
  return (typeof o.model === 'object' && o.model !== null) || (typeof o.data === 'object' && o.data !== null);
}

function parseCorrelations(o: RawObject, paths: ReadonlySet<string>): Correlation[] {
  if (o.correlations === undefined) return [];
  return readArray(o, 'correlations', 'study', false).map((raw, i) => {
    const path = `correlations[${i}]`;
    const c = readObject(raw, path, STUDY_FIELDS.correlation);
    for (const key of ['a', 'b'] as const) {
      const v = c[key];
      if (typeof v !== 'string' || !paths.has(v)) {
        throw new InputError({ path: `${path}.${key}`, received: v, expected: 'the path of an uncertain input of this study (e.g. "servers[0].lifetime" or "shared.grid")', problem: 'does not name an uncertain input' });
      }
    }
    if (c.a === c.b) throw new InputError({ path: `${path}.b`, received: c.b, expected: 'an input other than "a"', problem: 'correlates an input with itself' });
    const rank = checkNumber(c.rank, `${path}.rank`, { min: -1, max: 1, minExclusive: true, fix: 'a rank correlation lies strictly between −1 and 1' });
    if (rank >= 1) throw new InputError({ path: `${path}.rank`, received: rank, expected: 'a number in (−1, 1)', problem: 'is out of range' });
    return { a: c.a as string, b: c.b as string, rank };
  });
}

/**
 * Validate a study (as parsed from JSON or written in TypeScript) and turn
 * it into a typed {@link Study}: every number becomes a param in its
 * canonical unit with status and source; defaults and dataset values are
 * marked as such. Nothing is clamped and nothing falls back silently.
 *
 * @param raw - the study object (the JSON study format, see docs/study-format.md)
 * @param options - where default factors come from
 * @returns the validated study
 * @throws {@link InputError} naming the field path, the value, the valid range and the fix
 * @example
 * const s = parseStudy({
 *   name: 'tiny',
 *   servers: [{ name: 'box',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *     power: { active: '100 W', idle: '50 W' } }],
 *   workload: { utilization: 0.5 },
 *   cloud: { gridIntensity: '400 g/kWh', pue: 1.2 },
 * }, { lookup: datasetLookup() });
 * s.cloud.gridIntensity.value; // => 0.4
 * s.servers[0].lifetime.value; // => 4
 * s.servers[0].lifetime.status; // => 'default'
 * s.workload?.hoursPerYear.value; // => 8760
 */
export function parseStudy(raw: unknown, options: ParseStudyOptions): Study {
  const o = readObject(raw, 'study', STUDY_FIELDS.study);
  const shared = new Map<string, SharedDraw>();
  if (o.shared !== undefined) {
    const s = readObject(o.shared, 'shared', typeof o.shared === 'object' && o.shared !== null ? Object.keys(o.shared) : []);
    for (const [k, v] of Object.entries(s)) shared.set(k, { raw: v });
  }
  const categories = parseCategories(o.categories);
  const ctx: ParseContext = { params: [], warnings: [], lookup: options.lookup, shared, correlations: [], categories, impacts: new Map(), gridSeries: new Map(), ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}), ...(options.readLimits !== undefined ? { readLimits: options.readLimits } : {}) };
  const factors = o.factors === undefined ? {} : readObject(o.factors, 'factors', STUDY_FIELDS.factors);
  const method = readString(factors, 'method', 'factors', false);
  const name = readString(o, 'name', 'study') as string;
  const description = readString(o, 'description', 'study', false);
  const functionalUnit = parseFunctionalUnit(o.functionalUnit);
  // servers may be empty (or left out) only when jobs or data bring their own hardware
  const serverList = hasWork(o) ? (o.servers === undefined ? [] : readArray(o, 'servers', 'study', false)) : readArray(o, 'servers', 'study', true);
  const servers = serverList.map((s, i) => parseServer(ctx, s, `servers[${i}]`, i, method));
  const ids = new Set<string>();
  servers.forEach((s, i) => {
    if (ids.has(s.id)) throw new InputError({ path: `servers[${i}].id`, received: s.id, expected: 'an id not used by another server', problem: 'is a duplicate' });
    ids.add(s.id);
  });
  const standing = servers.some((s) => (s.use ?? 'standing') === 'standing');
  const workload = standing || o.workload !== undefined ? parseWorkload(ctx, o.workload, 'workload') : undefined;
  if (typeof functionalUnit !== 'string' && functionalUnit.per === 'hour' && workload === undefined) {
    throw new InputError({ path: 'functionalUnit', received: 'hour', expected: 'a study with standing servers (their hours of operation per year, workload.hoursPerYear)', problem: 'has no hours of use to divide by', fix: 'describe the hardware as standing servers with a workload block, or choose "training-run", "request" or "year"' });
  }
  const cloud = parseCloud(ctx, o.cloud, 'cloud');
  const work = parseWork(ctx, o, servers, cloud, functionalUnit, options.workloadLookup ?? workloadLookup());
  for (const [k, d] of shared) {
    if (d.param === undefined) ctx.warnings.push(`shared.${k} is defined but no field uses it`);
  }
  const uncertain = new Set(ctx.params.filter((p) => p.distribution !== undefined).map((p) => p.path));
  const correlations = parseCorrelations(o, uncertain);
  return {
    name,
    description,
    functionalUnit,
    servers: work.servers,
    ...(workload ? { workload } : {}),
    cloud,
    ...(work.model ? { model: work.model } : {}),
    ...(work.data ? { data: work.data } : {}),
    ...(work.serviceLife ? { serviceLife: work.serviceLife } : {}),
    correlations,
    categories,
    impacts: ctx.impacts,
    params: ctx.params,
    warnings: ctx.warnings,
  };
}
