/**
 * Writes the files generated from the study format's one source,
 * src/study/format/study-schema.ts: schema/study.schema.json and the field
 * tables of docs/study-format.md (between its markers).
 *
 *   npm run schema           # regenerate
 *   npm run schema -- --check  # exit 1 when a generated file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { STUDY_SCHEMA } from '../../src/study/format/study-schema.js';
import { DOC_FILE, renderFieldTables, renderSchemaJson, SCHEMA_FILE, spliceGenerated } from './render.js';

const check = process.argv.includes('--check');
const files: [string, string][] = [
  [SCHEMA_FILE, renderSchemaJson(STUDY_SCHEMA)],
  [DOC_FILE, spliceGenerated(readFileSync(DOC_FILE, 'utf8'), renderFieldTables(STUDY_SCHEMA))],
];
let stale = 0;
for (const [file, text] of files) {
  if (readFileSync(file, 'utf8') === text) continue;
  stale += 1;
  if (check) console.error(`${file} is stale: run npm run schema`);
  else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (check && stale > 0) process.exit(1);
