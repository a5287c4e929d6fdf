import type { JsonSchema } from './json-schema.js';
import { STUDY_SCHEMA } from './study-schema.js';

/** Keys any study object may carry for its readers, without effect; never listed as fields. */
export const COMMENT_KEYS: readonly string[] = ['$schema', '$comment', 'note', 'notes'];

function def(name: string): JsonSchema {
  const d = STUDY_SCHEMA.$defs?.[name];
  if (d === undefined) throw new Error(`study schema: no $defs.${name}`);
  return d;
}

function at(s: JsonSchema | undefined, ...keys: (string | number)[]): JsonSchema {
  let n: unknown = s;
  for (const k of keys) n = (n as Record<string | number, unknown> | undefined)?.[k];
  if (n === undefined) throw new Error(`study schema: nothing at ${keys.join('.')}`);
  return n as JsonSchema;
}

/** The fields of an object schema, in order, without the comment keys. */
function fields(s: JsonSchema, except: readonly string[] = []): readonly string[] {
  if (s.properties === undefined) throw new Error('study schema: not an object schema');
  return Object.keys(s.properties).filter((k) => !COMMENT_KEYS.includes(k) && !except.includes(k));
}

const server = def('server');
const component = def('component');
const job = def('job');
const accelerator = def('accelerator');

/**
 * The keys each object of a study may carry, read from {@link STUDY_SCHEMA}
 * (the one description of the study format), in the order error messages
 * list them. The parsers pass these to `readObject`, so the JSON Schema, the
 * docs and the parsers cannot disagree on which fields exist.
 *
 * @internal
 * @example
 * // a misspelt job field is refused with the fields of the schema's job definition:
 * const fixOf = (f) => { try { f(); } catch (e) { return e.fix; } };
 * fixOf(() => parseStudy({ name: 'x', cloud: { gridIntensity: 0.4 }, model: { jobs: [{ energy: '1 kWh', runz: 2 }] } }, { lookup: datasetLookup() })); // => 'did you mean "runs"?'
 */
export const STUDY_FIELDS = {
  /** The top level; `scenarios` is read by `src/scenarios` before the study is parsed. */
  study: fields(STUDY_SCHEMA, ['scenarios']),
  functionalUnit: fields(at(STUDY_SCHEMA.properties?.functionalUnit, 'oneOf', 2)),
  factors: fields(at(STUDY_SCHEMA.properties?.factors)),
  correlation: fields(at(STUDY_SCHEMA.properties?.correlations, 'items')),
  workload: fields(at(STUDY_SCHEMA.properties?.workload)),
  cloud: fields(at(STUDY_SCHEMA.properties?.cloud)),
  gridSeries: fields(at(STUDY_SCHEMA.properties?.cloud, 'properties', 'gridIntensity', 'oneOf', 1)),
  model: fields(at(STUDY_SCHEMA.properties?.model)),
  data: fields(at(STUDY_SCHEMA.properties?.data)),
  /** One entry of `scenarios` (read by `src/scenarios`). */
  scenario: fields(at(STUDY_SCHEMA.properties?.scenarios, 'items')),
  /** A value with its source: `{"value": "350 W", "source": "…"}`. */
  sourcedValue: fields(at(def('value'), 'oneOf', 2)),
  /** A shared draw: `{"shared": "grid"}`. */
  sharedValue: fields(at(def('value'), 'oneOf', 3)),
  server: fields(server),
  serverPower: fields(at(server, 'properties', 'power')),
  powerDraw: fields(at(server, 'properties', 'power', 'properties', 'active', 'oneOf', 1, 'items')),
  icComponent: fields(at(component, 'oneOf', 0)),
  pcbComponent: fields(at(component, 'oneOf', 1)),
  partComponent: fields(at(component, 'oneOf', 2)),
  /** `memory` and `storage` components (footprint by capacity). */
  capacityComponent: fields(at(component, 'oneOf', 3)),
  accelerator: fields(accelerator),
  profileStep: fields(at(accelerator, 'properties', 'profile', 'items')),
  job: fields(job),
  jobCompute: fields(at(job, 'properties', 'compute')),
  jobHost: fields(at(job, 'properties', 'host')),
  jobIdle: fields(at(job, 'properties', 'idle')),
  jobLoadSeries: fields(at(job, 'properties', 'loadSeries')),
  allocation: fields(at(job, 'properties', 'allocation')),
  inference: fields(def('inference')),
  inferenceCompute: fields(at(def('inference'), 'properties', 'compute')),
  storage: fields(def('storage')),
  transfer: fields(def('transfer')),
  transportLeg: fields(def('transportLeg')),
  endOfLife: fields(def('endOfLife')),
  reuse: fields(def('reuse')),
} as const;
