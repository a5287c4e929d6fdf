import { FileError } from '../errors/index.js';
import { PER_ROW_UNIT, type RowSchema } from './schema.js';
import { findSchema, listSchemas } from './schemas/index.js';
import { parseStrictJson, type JsonValue } from './strict-json.js';
import type { DatasetManifest, DatasetSource, DatasetFieldSpec } from './types.js';

/** A validated manifest and where its parts are in the file (for later errors). */
export interface ManifestRead {
  /** The validated manifest. */
  readonly manifest: DatasetManifest;
  /** Line of `fields` entries, by column name, for unit errors. */
  readonly fieldLines: ReadonlyMap<string, number>;
}

type Obj = { readonly [key: string]: JsonValue };
const isObj = (v: JsonValue | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parse and validate `manifest.json`: every top-level field present and typed,
 * `name` lower-case with hyphens, `version` semantic (`1.0.0`), `year` an
 * integer, at least one source (`id`, `citation`, `url`) with unique ids, at
 * least one file (`path`, 64-hex `sha256`, `format` csv|json, a known
 * `schema`), and `fields` giving `unit` and `description` of each column.
 *
 * @param text - the manifest's text
 * @param file - its path, for error messages
 * @throws {@link FileError} with the line of the offending entry
 * @example
 * typeof readManifest; // => 'function'
 */
export function readManifest(text: string, file: string): ManifestRead {
  const { value, lines } = parseStrictJson(text, file);
  const at = (o: object, column: string) => ({ file, row: lines.get(o), column });
  if (!isObj(value)) throw new FileError({ file, row: 1 }, 'the manifest must be a JSON object', 'see docs/datasets.md for the format');
  const str = (o: Obj, key: string, prefix: string, pattern?: RegExp, patternText?: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') {
      throw new FileError(at(o, `${prefix}${key}`), `missing or empty text field "${key}"`, `add "${key}": "…"`);
    }
    if (pattern && !pattern.test(v)) throw new FileError(at(o, `${prefix}${key}`), `"${v}" has the wrong form`, `write ${patternText}`);
    return v;
  };
  const name = str(value, 'name', '', /^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
  const version = str(value, 'version', '', /^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0');
  const year = value.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new FileError(at(value, 'year'), `year must be an integer in [1990, 2100], got ${JSON.stringify(year)}`, 'give the year of the figures');
  }
  const list = (key: string): readonly JsonValue[] => {
    const v = value[key];
    if (!Array.isArray(v) || v.length === 0) throw new FileError(at(value, key), `"${key}" must be a non-empty array`, `list the dataset's ${key}`);
    return v as readonly JsonValue[];
  };
  const sources: DatasetSource[] = list('sources').map((s, k) => {
    if (!isObj(s)) throw new FileError(at(value, `sources[${k}]`), 'each source must be an object', 'write { "id", "citation", "url" }');
    const p = `sources[${k}].`;
    const src: DatasetSource = { id: str(s, 'id', p), citation: str(s, 'citation', p), url: str(s, 'url', p) };
    return s.accessed === undefined ? src : { ...src, accessed: str(s, 'accessed', p, /^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2026-11-23') };
  });
  const seen = new Set<string>();
  sources.forEach((s, k) => {
    if (seen.has(s.id)) throw new FileError({ file, column: `sources[${k}].id` }, `duplicate source id "${s.id}"`, 'give each source a distinct id');
    seen.add(s.id);
  });
  const files = list('files').map((f, k) => {
    if (!isObj(f)) throw new FileError(at(value, `files[${k}]`), 'each file must be an object', 'write { "path", "sha256", "format", "schema" }');
    const p = `files[${k}].`;
    const path = str(f, 'path', p, /^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]+$/, 'a relative path inside the dataset folder');
    const sha256 = str(f, 'sha256', p, /^[0-9a-f]{64}$/, '64 lower-case hex digits (run npx tsx scripts/update-checksums.ts)');
    const format = str(f, 'format', p, /^(csv|json)$/, 'csv or json') as 'csv' | 'json';
    const schema = str(f, 'schema', p);
    if (!findSchema(schema)) throw new FileError(at(f, `${p}schema`), `unknown schema "${schema}"`, `use one of ${listSchemas().join(', ')}`);
    return { path, sha256, format, schema };
  });
  const fieldsValue = value.fields;
  if (!isObj(fieldsValue)) throw new FileError(at(value, 'fields'), '"fields" must be an object', 'declare { "<column>": { "unit", "description" } }');
  const fields: Record<string, DatasetFieldSpec> = {};
  const fieldLines = new Map<string, number>();
  for (const [col, spec] of Object.entries(fieldsValue)) {
    if (!isObj(spec)) throw new FileError(at(fieldsValue, `fields.${col}`), 'each field must be an object', 'write { "unit": "…", "description": "…" }');
    fields[col] = { unit: str(spec, 'unit', `fields.${col}.`), description: str(spec, 'description', `fields.${col}.`) };
    fieldLines.set(col, lines.get(spec) ?? 1);
  }
  const manifest: DatasetManifest = {
    name,
    title: str(value, 'title', ''),
    version,
    licence: str(value, 'licence', ''),
    year,
    description: str(value, 'description', ''),
    sources,
    files,
    fields,
  };
  return { manifest, fieldLines };
}

/**
 * The factor converting each numeric column of `schema` from the unit the
 * manifest declares to the schema's canonical unit. A numeric column with a
 * canonical unit must be declared in `fields` — as `<file path>:<column>`
 * (that file only; takes precedence) or `<column>` (every file) — in that unit
 * or one the column accepts; a per-row-unit column is declared with unit
 * `see column unit`.
 *
 * @throws {@link FileError} naming the manifest and `fields.<column>.unit`
 * @example
 * typeof unitFactors; // => 'function'
 */
export function unitFactors(schema: RowSchema, read: ManifestRead, manifestFile: string, dataPath: string): Map<string, number> {
  const out = new Map<string, number>();
  const { fields } = read.manifest;
  for (const col of schema.columns) {
    if (col.type === 'string' || col.sameUnitAs !== undefined || (col.unit === undefined && col.unitColumn === undefined)) continue;
    const qualified = `${dataPath}:${col.name}`;
    const fieldKey = fields[qualified] !== undefined ? qualified : col.name;
    const declared = fields[fieldKey];
    const where = { file: manifestFile, row: read.fieldLines.get(fieldKey), column: `fields.${fieldKey}.unit` };
    const expected = col.unitColumn !== undefined ? PER_ROW_UNIT : col.unit!;
    if (!declared) {
      throw new FileError(
        { file: manifestFile, column: `fields.${qualified}` },
        `the unit of column ${col.name} of ${dataPath} (schema ${schema.id}) is not declared`,
        `add "fields": { "${qualified}": { "unit": "${expected}", "description": "…" } } (or "${col.name}" when every file's ${col.name} has that unit)`,
      );
    }
    if (declared.unit === expected) out.set(col.name, 1);
    else if (col.accepts && col.accepts[declared.unit] !== undefined) out.set(col.name, col.accepts[declared.unit]);
    else {
      const ok = [expected, ...Object.keys(col.accepts ?? {})].join(', ');
      throw new FileError(where, `unit "${declared.unit}" is not accepted for column ${col.name} of schema ${schema.id}`, `declare one of: ${ok}`);
    }
  }
  for (const col of schema.columns) if (col.sameUnitAs !== undefined) out.set(col.name, out.get(col.sameUnitAs) ?? 1);
  return out;
}
