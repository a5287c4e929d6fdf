import { InputError } from '../errors/index.js';
import { DEFAULT_SERVICE_LIFE_YEARS } from '../lca/lifetime.js';
import type { Cloud, Job, ModelElement, Param, Server } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { parseInference } from './parse-inference.js';
import { parseJob } from './parse-job.js';
import { readArray, readObject, type RawObject } from './read-object.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/**
 * The years the model is in service (`model.serviceLife`, default 1 year,
 * reported as a default): one-off jobs are amortised over it, recurring ones
 * repeat in each of its years, and stored data is kept for it unless the
 * storage gives its own duration.
 *
 * @throws {@link InputError} for a service life that is not > 0 years
 */
export function parseServiceLife(ctx: ParseContext, model: RawObject | undefined): Param {
  const raw = model?.serviceLife;
  return readParam(
    ctx,
    raw,
    'model.serviceLife',
    { kind: 'lifetime', rule: { min: 0, minExclusive: true, fix: 'the service life must be finite and > 0 years; write it like "2 years"', plausible: { low: 0.02, high: 30, why: 'models are served for weeks to a few years' } } },
    raw === undefined ? { status: 'default', factor: DEFAULT_SERVICE_LIFE_YEARS } : undefined,
  );
}

/** Check that job ids are unique across the model and data elements. */
export function checkJobIds(jobs: readonly Job[]): void {
  const seen = new Set<string>();
  for (const j of jobs) {
    if (seen.has(j.id)) throw new InputError({ path: `${j.path}.id`, received: j.id, expected: 'an id no other job uses', problem: 'is a duplicate' });
    seen.add(j.id);
  }
}

/**
 * Parse the model element (`model`; `serviceLife` is read by
 * {@link parseServiceLife}): `jobs` (development,
 * training, hyperparameter search, retraining…), `inference` and
 * `accuracy` (a fraction, for the Green Score).
 *
 * @throws {@link InputError} for any invalid field, naming its path
 */
export function parseModel(ctx: ParseContext, raw: unknown, cloud: Cloud, servers: readonly Server[]): ModelElement {
  const o = readObject(raw, 'model', STUDY_FIELDS.model);
  const jobs = o.jobs === undefined ? [] : readArray(o, 'jobs', 'model', false).map((j, i) => parseJob(ctx, j, `model.jobs[${i}]`, i, { cloud, servers, defaultPhase: 'training' }));
  const inference = o.inference === undefined ? undefined : parseInference(ctx, o.inference, 'model.inference', cloud);
  const accuracy = o.accuracy === undefined ? undefined : readParam(ctx, o.accuracy, 'model.accuracy', { kind: 'fraction', rule: { minExclusive: true } });
  if (jobs.length === 0 && inference === undefined) {
    throw new InputError({ path: 'model', received: Object.keys(o), expected: 'jobs or inference', problem: 'describes no work', fix: 'add model.jobs (training…) or model.inference, or remove the model block' });
  }
  return { jobs, ...(inference ? { inference } : {}), ...(accuracy ? { accuracy } : {}) };
}
