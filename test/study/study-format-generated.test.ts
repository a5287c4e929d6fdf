import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEGIN, DOC_FILE, END, renderFieldTables, renderSchemaJson, SCHEMA_FILE, spliceGenerated } from '../../scripts/schema/render.js';
import { STUDY_FIELDS } from '../../src/study/format/study-fields.js';
import { STUDY_SCHEMA } from '../../src/study/format/study-schema.js';

// The study format has one source, src/study/format/study-schema.ts; these files are
// generated from it by `npm run schema` and must not be edited by hand.
describe('files generated from the study format are up to date', () => {
  it(`${SCHEMA_FILE} is STUDY_SCHEMA written out, comment keys added (else run npm run schema)`, () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchemaJson(STUDY_SCHEMA));
  });

  it(`the field tables of ${DOC_FILE} are rendered from STUDY_SCHEMA (else run npm run schema)`, () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    expect(doc.split(BEGIN).length).toBe(2);
    expect(doc.split(END).length).toBe(2);
    expect(doc).toBe(spliceGenerated(doc, renderFieldTables(STUDY_SCHEMA)));
  });

  it('the docs tables name every field the parsers accept', () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    for (const keys of Object.values(STUDY_FIELDS)) for (const k of keys) expect(doc).toContain(`| \`${k}\` |`);
  });

  it('spliceGenerated refuses a page without the markers', () => {
    expect(() => spliceGenerated('# no markers', 'x')).toThrow(/markers/);
  });
});
