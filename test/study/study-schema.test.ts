import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A small JSON Schema checker (the subset the study schema uses: $ref, oneOf, type,
// enum, const, required, properties, additionalProperties, items, minItems, pattern),
// so that every example is checked against schema/study.schema.json without a dependency.
type S = Record<string, any>;
const schema: S = JSON.parse(readFileSync('schema/study.schema.json', 'utf8'));

function check(v: unknown, s: S, path: string): string[] {
  if (s.$ref) return check(v, schema.$defs[s.$ref.replace('#/$defs/', '')], path);
  if (s.oneOf) {
    const ok = (s.oneOf as S[]).filter((o) => check(v, o, path).length === 0).length;
    return ok >= 1 ? [] : [`${path}: matches none of oneOf`];
  }
  const errs: string[] = [];
  if (s.enum && !s.enum.includes(v)) errs.push(`${path}: ${JSON.stringify(v)} not in enum`);
  if (s.const !== undefined && v !== s.const) errs.push(`${path}: not ${s.const}`);
  if (s.type === 'number' && typeof v !== 'number') errs.push(`${path}: not a number`);
  if (s.type === 'integer' && !Number.isInteger(v)) errs.push(`${path}: not an integer`);
  if (s.type === 'string' && typeof v !== 'string') errs.push(`${path}: not a string`);
  if (s.pattern && typeof v === 'string' && !new RegExp(s.pattern).test(v)) errs.push(`${path}: does not match the pattern`);
  if (s.type === 'array') {
    if (!Array.isArray(v)) return [`${path}: not an array`];
    if (s.minItems !== undefined && v.length < s.minItems) errs.push(`${path}: too few items`);
    v.forEach((x, i) => errs.push(...check(x, s.items ?? {}, `${path}[${i}]`)));
  }
  if (s.type === 'object' || s.properties) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return [`${path}: not an object`];
    for (const r of s.required ?? []) if (!(r in v)) errs.push(`${path}.${r}: missing`);
    for (const [k, x] of Object.entries(v)) {
      const p = s.properties?.[k];
      if (p) errs.push(...check(x, p, `${path}.${k}`));
      else if (s.additionalProperties === false && !['note', 'notes'].includes(k)) errs.push(`${path}.${k}: not in the schema`);
      else if (typeof s.additionalProperties === 'object') errs.push(...check(x, s.additionalProperties, `${path}.${k}`));
    }
  }
  return errs;
}

describe('schema/study.schema.json', () => {
  for (const f of readdirSync('examples').filter((n) => n.endsWith('.json'))) {
    it(`schema/study.schema.json accepts examples/${f}`, () => {
      expect(check(JSON.parse(readFileSync(`examples/${f}`, 'utf8')), schema, 'study')).toEqual([]);
    });
  }

  it('schema/study.schema.json refuses a misspelt job field and an unknown functional unit', () => {
    const s = { name: 'x', cloud: { gridIntensity: 0.4 }, model: { jobs: [{ energy: '1 kWh', runz: 2 }] } };
    expect(check(s, schema, 'study')).toEqual(['study.model.jobs[0].runz: not in the schema']);
    expect(check({ name: 'x', cloud: {}, functionalUnit: 'per hour' }, schema, 'study')).toEqual(['study.functionalUnit: matches none of oneOf']);
  });
});
