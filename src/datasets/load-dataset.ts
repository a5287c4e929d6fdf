import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES, readFileBytes, readTextFile, resolveStudyPath } from '../io/index.js';
import { cellText } from './cell-text.js';
import type { Dataset } from './dataset.js';
import { parseCsv } from './parse-csv.js';
import { readManifest, unitFactors } from './read-manifest.js';
import { findSchema } from './schemas/index.js';
import type { RowSchema } from './schema.js';
import { parseStrictJson } from './strict-json.js';
import { validateRows, type RawRecord } from './validate-rows.js';
import { BUNDLED_TAMPER_FIX } from './verify-bundled.js';

/**
 * Load and validate a dataset folder (`<dir>/manifest.json` and the data files
 * it lists). Checks the manifest, the SHA-256 of every file, every row against
 * its schema (types, declared units, plausible ranges, required cells, known
 * source ids) and that key columns are unique across the dataset. Synchronous.
 * Only regular files inside the folder (after resolving symbolic links) are
 * read, each at most `maxFileSize` bytes (default 64 MiB).
 *
 * @param dir - the dataset folder, e.g. `datasets/clemm-2024/1.0.0`
 * @param options - `bundled` marks a dataset shipped with the package; `maxFileSize` caps each file's size in bytes
 * @returns the frozen dataset
 * @throws {@link FileError} naming file, row and column of the first problem
 * @example
 * loadDataset(bundledDatasetsRoot() + '/clemm-2024/1.0.0').version; // => '1.0.0'
 */
export function loadDataset(dir: string, options: { readonly bundled?: boolean; readonly maxFileSize?: number } = {}): Dataset {
  const maxBytes = options.maxFileSize ?? DEFAULT_MAX_DATA_BYTES;
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new FileError({ file: manifestFile }, 'no manifest.json in the dataset folder', 'point at a folder holding manifest.json (datasets/<name>/<version>/)');
  }
  const read = readManifest(readTextFile(manifestFile, maxBytes), manifestFile);
  const { manifest } = read;
  const tables = new Map<string, Readonly<Record<string, unknown>>[]>();
  const keys = new Map<string, { file: string; row: number }>();
  const sourceIds = new Set(manifest.sources.map((s) => s.id));
  for (const [k, entry] of manifest.files.entries()) {
    const file = join(dir, entry.path);
    if (!existsSync(file)) throw new FileError({ file }, 'file listed in manifest.json is missing', 'add the file or remove it from the manifest');
    const bytes = readFileBytes(resolveStudyPath(entry.path, `${manifestFile}: files[${k}].path`, dir, [], 'dataset'), maxBytes);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== entry.sha256) {
      throw new FileError(
        { file },
        `checksum mismatch: manifest.json says sha256 ${entry.sha256}, the file has ${actual}`,
        options.bundled === true ? BUNDLED_TAMPER_FIX : 'if the data were edited on purpose, run `npx tsx scripts/update-checksums.ts`, review the diff and bump the version',
      );
    }
    const schema = findSchema(entry.schema)!;
    const text = bytes.toString('utf8');
    const records = entry.format === 'csv' ? csvRecords(text, file, schema) : jsonRecords(text, file);
    const rows = validateRows(schema, records, { file, sourceIds, unitFactors: unitFactors(schema, read, manifestFile, entry.path) });
    for (const row of rows) {
      const key = `${schema.id}|${schema.key.map((k) => normaliseKeyPart(row[k])).join('|')}`;
      const origin = row.origin as { file: string; row: number };
      const first = keys.get(key);
      if (first) {
        throw new FileError(
          { file: origin.file, row: origin.row, column: schema.key.join('+') },
          `duplicate key (${schema.key.map((k) => `${k} = ${row[k] === undefined ? '(empty)' : cellText(row[k])}`).join(', ')}); first defined in ${first.file}, row ${first.row}`,
          'keep one row per key',
        );
      }
      keys.set(key, origin);
    }
    tables.set(entry.schema, [...(tables.get(entry.schema) ?? []), ...rows]);
  }
  for (const [id, rows] of tables) tables.set(id, Object.freeze(rows) as Readonly<Record<string, unknown>>[]);
  return Object.freeze({ name: manifest.name, version: manifest.version, manifest, dir, bundled: options.bundled === true, tables });
}

/**
 * Load a user's own dataset (same format and schemas as the bundled ones):
 * `path` is the dataset folder or its `manifest.json`. Values found in it
 * record its name and version, like bundled ones.
 *
 * @param path - the dataset folder or its manifest.json
 * @param options - `maxFileSize` caps each file's size in bytes (default 64 MiB)
 * @throws {@link FileError} as {@link loadDataset} does
 * @example
 * loadUserDataset(bundledDatasetsRoot() + '/clemm-2024/1.0.0/manifest.json').bundled; // => false
 */
export function loadUserDataset(path: string, options: { readonly maxFileSize?: number } = {}): Dataset {
  const dir = existsSync(path) && statSync(path).isFile() ? join(path, '..') : path;
  return loadDataset(dir, { bundled: false, ...options });
}

/** Keys compare case-, space- and hyphen-insensitively, so `Intel 7` and `intel-7` collide. */
export function normaliseKeyPart(v: unknown): string {
  return cellText(v).toLowerCase().replace(/[\s_-]+/g, '');
}

function csvRecords(text: string, file: string, schema: RowSchema): RawRecord[] {
  const table = parseCsv(text, file);
  const columns = schema.columns.map((c) => c.name);
  const known = new Set(columns);
  for (const name of table.header) {
    if (!known.has(name)) {
      throw new FileError({ file, row: 1, column: table.header.indexOf(name) + 1 }, `unknown column for schema ${schema.id}`, `use only ${columns.join(', ')}`);
    }
  }
  for (const col of schema.columns) {
    if (col.required && !table.header.includes(col.name)) {
      throw new FileError({ file, row: 1, column: col.name }, `required column missing from the header (schema ${schema.id})`, `add a column ${col.name}: ${col.description}`);
    }
  }
  return table.rows.map((r) => ({ row: r.row, cells: Object.fromEntries(table.header.map((h, k) => [h, r.cells[k]])) }));
}

function jsonRecords(text: string, file: string): RawRecord[] {
  const { value, lines } = parseStrictJson(text, file);
  if (!Array.isArray(value)) throw new FileError({ file, row: 1 }, 'a JSON data file must be an array of row objects', 'write [ { … }, { … } ]');
  return (value as readonly unknown[]).map((item, k) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new FileError({ file, row: lines.get(value) ?? 1, column: `[${k}]` }, 'each element must be an object', 'write one { "column": value } object per row');
    }
    return { row: lines.get(item) ?? 1, cells: item as Record<string, unknown> };
  });
}
