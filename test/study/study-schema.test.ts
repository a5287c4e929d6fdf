import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { datasetLookup, parseStudy } from '../../src/study/index.js';

// schema/study.schema.json (generated from src/study/format/study-schema.ts) checked
// with a real JSON Schema validator, in strict mode so that a keyword it does not know
// is an error rather than ignored.
const schema = JSON.parse(readFileSync('schema/study.schema.json', 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

function errorsOf(study: unknown): string[] {
  return validate(study) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** The study files shipped or used by the project: examples (one has scenarios) and the benchmark studies. */
const studies = [
  ...readdirSync('examples').filter((n) => n.endsWith('.json')).map((n) => join('examples', n)),
  ...readdirSync(join('bench', 'studies')).filter((n) => n.endsWith('.json')).map((n) => join('bench', 'studies', n)),
];

const base = () => JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));

describe('schema/study.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('covers a study with scenarios', () => {
    expect(studies.some((f) => JSON.parse(readFileSync(f, 'utf8')).scenarios !== undefined)).toBe(true);
  });

  for (const f of studies) {
    it(`accepts ${f}`, () => {
      expect(errorsOf(JSON.parse(readFileSync(f, 'utf8')))).toEqual([]);
    });
  }

  it('accepts the comment keys on any object, as the parser does', () => {
    const s = base();
    s.$comment = 'top';
    s.notes = ['a'];
    s.cloud.note = 'from the provider';
    s.servers[0].components[0].$comment = 'die';
    s.workload.notes = { why: 'measured' };
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
    const s = base();
    delete s.name;
    delete s.cloud;
    expect(errorsOf(s)).toEqual(expect.arrayContaining(["/ must have required property 'name'", "/ must have required property 'cloud'"]));
  });

  it('refuses a misspelt workload field, a component of no known type, a year out of range and a list where a value goes', () => {
    const s = base();
    s.workload = { utilisation: 0.75 };
    expect(errorsOf(s)).toContain('/workload must NOT have additional properties');
    const t = base();
    t.servers[0].components.push({ type: 'gpu', name: 'X' });
    expect(errorsOf(t).some((e) => e.startsWith(`/servers/0/components/${t.servers[0].components.length - 1} `))).toBe(true);
    const u = base();
    u.cloud.year = 1800;
    expect(errorsOf(u)).toContain('/cloud/year must be >= 1990');
    const v = base();
    v.servers[0].lifetime = ['5 years'];
    expect(errorsOf(v).some((e) => e.startsWith('/servers/0/lifetime '))).toBe(true);
  });

  it('refuses a scenario without its set, like the scenario reader', () => {
    const s = base();
    s.scenarios = [{ name: 'renewable' }];
    expect(errorsOf(s)).toContain("/scenarios/0 must have required property 'set'");
  });

  it('agrees with the parser on a study both refuse for an unknown field', () => {
    const s = base();
    s.cloud.gridintensity = 0.4;
    expect(errorsOf(s)).toContain('/cloud must NOT have additional properties');
    expect(() => parseStudy(s, { lookup: datasetLookup() })).toThrow(/cloud\.gridintensity/);
  });
});
