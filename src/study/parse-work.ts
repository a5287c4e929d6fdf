import { InputError } from '../errors/index.js';
import type { Cloud, DataElement, FunctionalUnit, ModelElement, Param, Server } from '../system/index.js';
import { parseData } from './parse-data.js';
import type { ParseContext } from './parse-context.js';
import { checkJobIds, parseModel, parseServiceLife } from './parse-model.js';
import { parseSite, SITE_FIELDS } from './parse-site.js';
import type { RawObject } from './read-object.js';
import { readParam } from './read-param.js';
import type { WorkloadLookup } from './workload-lookup.js';

/** The model and data elements of a study, with servers given their site. */
export interface Work {
  readonly servers: readonly Server[];
  readonly model?: ModelElement;
  readonly data?: DataElement;
  readonly serviceLife?: Param;
}

/** Give servers with a `gridIntensity`, `location` or `pue` of their own their site. */
function serverSites(ctx: ParseContext, o: RawObject, servers: readonly Server[], cloud: Cloud): Server[] {
  const raws = Array.isArray(o.servers) ? (o.servers as RawObject[]) : [];
  return servers.map((s, i) => {
    const r = raws[i] ?? {};
    if (!SITE_FIELDS.some((k) => r[k] !== undefined)) return s;
    const site = parseSite(ctx, r, `servers[${i}]`, cloud);
    return { ...s, ...(site.gridIntensity !== cloud.gridIntensity ? { gridIntensity: site.gridIntensity } : {}), ...(site.pue !== cloud.pue ? { pue: site.pue } : {}) };
  });
}

function checkFunctionalUnit(ctx: ParseContext, fu: FunctionalUnit, model: ModelElement | undefined): ModelElement | undefined {
  if (typeof fu === 'string') return model;
  if (fu.per === 'training-run') {
    if (!model?.jobs.some((j) => j.runsPerYear === undefined && j.phase !== 'retraining')) {
      throw new InputError({ path: 'functionalUnit', received: fu.per, expected: 'a study with one-off model jobs (development, training…)', problem: 'has no training run to report', fix: 'add model.jobs, or choose another functional unit' });
    }
    return model;
  }
  if (fu.per === 'hour') return model; // checked against the workload by parseStudy
  const inf = model?.inference;
  if (inf === undefined) throw new InputError({ path: 'functionalUnit', received: fu.per, expected: 'a study with model.inference (the requests it serves)', problem: 'has nothing to divide by', fix: 'add model.inference with requestsPerYear' });
  if (fu.per === 'token' && inf.tokensPerRequest === undefined) throw new InputError({ path: 'model.inference.tokensPerRequest', received: undefined, expected: 'tokens per request, for the per-token functional unit', problem: 'is missing' });
  if (fu.per === 'image' && inf.imagesPerRequest === undefined) {
    const imagesPerRequest = readParam(ctx, undefined, 'model.inference.imagesPerRequest', { kind: 'number' }, { status: 'default', factor: { value: 1, unit: '1', source: { citation: 'library default: one image per request' } } });
    return { ...(model as ModelElement), inference: { ...inf, imagesPerRequest } };
  }
  return model;
}

/**
 * Parse the model and data elements of a study (after its cloud block) and
 * check them against the servers and the functional unit: job ids unique,
 * jobs that refer to servers find them, per-request units have requests.
 *
 * @throws {@link InputError} naming the field for anything inconsistent
 */
export function parseWork(ctx: ParseContext, o: RawObject, servers: readonly Server[], cloud: Cloud, fu: FunctionalUnit, lookup: WorkloadLookup): Work {
  const sited = serverSites(ctx, o, servers, cloud);
  if (o.model === undefined && o.data === undefined) {
    const i = sited.findIndex((s) => s.use === 'jobs');
    if (i >= 0) throw new InputError({ path: `servers[${i}].use`, received: 'jobs', expected: 'jobs in model.jobs that run on it', problem: 'is counted only through jobs, but the study has none', fix: 'set "use": "standing" or add the jobs' });
    if (typeof fu !== 'string' && fu.per !== 'hour') throw new InputError({ path: 'functionalUnit', received: fu.per, expected: '"year" or "lifetime" for a study without a model block', problem: 'has nothing to count', fix: 'add a model block (jobs, inference) or use "year"' });
    return { servers: sited };
  }
  const serviceLife = parseServiceLife(ctx, typeof o.model === 'object' && o.model !== null ? (o.model as RawObject) : undefined);
  const parsed = o.model === undefined ? undefined : parseModel(ctx, o.model, cloud, sited);
  const data = o.data === undefined ? undefined : parseData(ctx, o.data, cloud, sited, serviceLife, lookup, parsed?.jobs.length ?? 0);
  const jobs = [...(parsed?.jobs ?? []), ...(data?.preprocessing ?? [])];
  checkJobIds(jobs);
  sited.forEach((s, i) => {
    if (s.use === 'jobs' && !jobs.some((j) => j.server === s.id)) {
      throw new InputError({ path: `servers[${i}].use`, received: 'jobs', expected: 'a server that some job refers to ("server": "' + s.id + '")', problem: 'is counted only through jobs, but no job runs on it', fix: 'refer to it from a job, or set "use": "standing"' });
    }
  });
  const model = checkFunctionalUnit(ctx, fu, parsed);
  return { servers: sited, serviceLife, ...(model ? { model } : {}), ...(data ? { data } : {}) };
}
