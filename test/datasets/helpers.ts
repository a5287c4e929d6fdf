import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A data file for {@link writeDataset}: text, format, schema, and the unit of its value column. */
export interface TestFile {
  readonly path: string;
  readonly text: string;
  readonly schema: string;
  readonly format?: 'csv' | 'json';
  readonly valueUnit?: string;
}

/**
 * Write a dataset folder in a fresh temp dir, with correct checksums unless
 * `badChecksum` is set, and return the folder.
 */
export function writeDataset(
  files: readonly TestFile[],
  options: { name?: string; version?: string; badChecksum?: boolean; manifestPatch?: Record<string, unknown>; fields?: Record<string, unknown> } = {},
): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ailca-ds-')), options.name ?? 'my-factors', options.version ?? '1.0.0');
  mkdirSync(dir, { recursive: true });
  const fields: Record<string, unknown> = { ...options.fields };
  for (const f of files) {
    writeFileSync(join(dir, f.path), f.text);
    if (f.valueUnit !== undefined) fields[`${f.path}:value`] = { unit: f.valueUnit, description: 'value' };
  }
  const manifest = {
    name: options.name ?? 'my-factors',
    title: 'Test factors',
    version: options.version ?? '1.0.0',
    licence: 'CC0-1.0',
    year: 2025,
    description: 'A dataset written by a test',
    sources: [{ id: 'lab', citation: 'Our lab measurements, 2025', url: 'https://example.org/lab' }],
    files: files.map((f) => ({
      path: f.path,
      sha256: options.badChecksum ? '0'.repeat(64) : createHash('sha256').update(f.text).digest('hex'),
      format: f.format ?? 'csv',
      schema: f.schema,
    })),
    fields,
    ...options.manifestPatch,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Run `f`, expecting it to throw; return the error. */
export function thrown(f: () => unknown): Error & Record<string, unknown> {
  try {
    f();
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected an error, none was thrown');
}
