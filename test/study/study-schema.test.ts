import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type AnySchema } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { datasetLookup, parseStudy } from '../../src/study/index.js';

// schema/study.schema.json (generated from src/study/format/study-schema.ts) checked
// with a real JSON Schema validator, in strict mode so that a keyword it does not know
// is an error rather than ignored.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;

const schema = readJson('schema/study.schema.json') as AnySchema;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

function errorsOf(study: Json): string[] {
  return validate(study) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** examples/xeon-8468.json with the value at `path` set (or, for undefined, removed). */
function xeonWith(...changes: [path: (string | number)[], value: Json | undefined][]): Json {
  const study = readJson('examples/xeon-8468.json');
  for (const [path, value] of changes) {
    let node = study as Record<string | number, Json>;
    for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return study;
}

/** The study files shipped or used by the project: examples (one has scenarios) and the benchmark studies. */
const studies = [
  ...readdirSync('examples').filter((n) => n.endsWith('.json')).map((n) => join('examples', n)),
  ...readdirSync(join('bench', 'studies')).filter((n) => n.endsWith('.json')).map((n) => join('bench', 'studies', n)),
];

describe('schema/study.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('covers a study with scenarios', () => {
    expect(studies.some((f) => (readJson(f) as Record<string, Json>).scenarios !== undefined)).toBe(true);
  });

  for (const f of studies) {
    it(`accepts ${f}`, () => {
      expect(errorsOf(readJson(f))).toEqual([]);
    });
  }

  it('accepts the comment keys on any object, as the parser does', () => {
    const s = xeonWith(
      [['$comment'], 'top'],
      [['notes'], ['a']],
      [['cloud', 'note'], 'from the provider'],
      [['servers', 0, 'components', 0, '$comment'], 'die'],
      [['workload', 'notes'], { why: 'measured' }],
    );
    expect(errorsOf(s)).toEqual([]);
    expect(() => parseStudy(s, { lookup: datasetLookup() })).not.toThrow();
  });

  it('refuses a misspelt job field', () => {
    const s = { name: 'x', cloud: { gridIntensity: 0.4 }, model: { jobs: [{ energy: '1 kWh', runz: 2 }] } };
    expect(errorsOf(s)).toContain('/model/jobs/0 must NOT have additional properties');
  });

  it('refuses an unknown functional unit', () => {
    expect(errorsOf({ name: 'x', cloud: {}, functionalUnit: 'per hour' })).toContain('/functionalUnit must match exactly one schema in oneOf');
  });

  it('refuses a study without a name or cloud', () => {
    expect(errorsOf(xeonWith([['name'], undefined], [['cloud'], undefined]))).toEqual(
      expect.arrayContaining(["/ must have required property 'name'", "/ must have required property 'cloud'"]),
    );
  });

  it('refuses a misspelt workload field, a component of no known type, a year out of range and a list where a value goes', () => {
    expect(errorsOf(xeonWith([['workload'], { utilisation: 0.75 }]))).toContain('/workload must NOT have additional properties');
    expect(errorsOf(xeonWith([['servers', 0, 'components', 0], { type: 'gpu', name: 'X' }])).some((e) => e.startsWith('/servers/0/components/0 '))).toBe(true);
    expect(errorsOf(xeonWith([['cloud', 'year'], 1800]))).toContain('/cloud/year must be >= 1990');
    expect(errorsOf(xeonWith([['servers', 0, 'lifetime'], ['5 years']])).some((e) => e.startsWith('/servers/0/lifetime '))).toBe(true);
  });

  it('refuses a scenario without its set, like the scenario reader', () => {
    expect(errorsOf(xeonWith([['scenarios'], [{ name: 'renewable' }]]))).toContain("/scenarios/0 must have required property 'set'");
  });

  it('agrees with the parser on a study both refuse for an unknown field', () => {
    const s = xeonWith([['cloud', 'gridintensity'], 0.4]);
    expect(errorsOf(s)).toContain('/cloud must NOT have additional properties');
    expect(() => parseStudy(s, { lookup: datasetLookup() })).toThrow(/cloud\.gridintensity/);
  });
});
