import { InputError } from '../errors/index.js';
import { listBundledDatasets, loadBundledDataset } from './bundled.js';
import { closeMatches } from './close-matches.js';
import { cellText } from './cell-text.js';
import type { Dataset } from './dataset.js';
import { findSchema } from './schemas/index.js';

/**
 * One line per bundled dataset (latest version): name, version, year of the
 * figures, licence and title — the text of `ailca datasets list`.
 *
 * @returns printable text, one dataset per line, sorted by name
 * @example
 * listDatasets().split('\n').some((l) => l.startsWith('clemm-2024 1.0.0 (2024)')); // => true
 */
export function listDatasets(): string {
  const latest = new Map<string, string>();
  for (const d of listBundledDatasets()) latest.set(d.name, d.version);
  return [...latest.keys()]
    .sort()
    .map((name) => {
      const m = loadBundledDataset(name).manifest;
      return `${m.name} ${m.version} (${m.year}) — ${m.title} [${m.licence.split(';')[0]}]`;
    })
    .join('\n');
}

/**
 * A dataset's manifest as printable text (title, version, year, licence,
 * description, sources, files with their schema and row count, units), or,
 * with `key`, the rows whose key columns contain that text — the text of
 * `ailca datasets show NAME [KEY]`. Accepts a loaded dataset (e.g. a user's)
 * or a bundled dataset's name.
 *
 * @param dataset - a bundled dataset's name or a loaded {@link Dataset}
 * @param key - optional text to look for in the rows' key columns (case-insensitive)
 * @throws {@link InputError} for an unknown dataset name, or a key matching no row
 * @example
 * describeDataset('clemm-2024', 'DE').includes('0.4 kgCO2e/kWh'); // => true
 */
export function describeDataset(dataset: string | Dataset, key?: string): string {
  const ds = typeof dataset === 'string' ? loadBundledDataset(dataset) : dataset;
  const m = ds.manifest;
  if (key === undefined) {
    const lines = [
      `${m.name} ${m.version} — ${m.title}`,
      `year of figures: ${m.year}; licence: ${m.licence}`,
      '',
      m.description,
      '',
      'Sources:',
      ...m.sources.map((s) => `  [${s.id}] ${s.citation}. ${s.url}${s.accessed ? ` (accessed ${s.accessed})` : ''}`),
      '',
      'Files:',
      ...m.files.map((f) => `  ${f.path} (${f.format}, schema ${f.schema}, sha256 ${f.sha256.slice(0, 12)}…)`),
      '',
      'Tables:',
      ...[...ds.tables].map(([schema, rows]) => `  ${schema}: ${rows.length} rows`),
    ];
    return lines.join('\n');
  }
  const needle = key.toLowerCase();
  const out: string[] = [];
  for (const [schemaId, rows] of ds.tables) {
    const schema = findSchema(schemaId)!;
    const unitOf = (row: Readonly<Record<string, unknown>>) => {
      const col = schema.columns.find((c) => c.name === 'value');
      if (row.unit !== undefined) return cellText(row.unit);
      return col?.unitColumn ? cellText(row[col.unitColumn]) : (col?.unit ?? '');
    };
    for (const row of rows) {
      const k = schema.key.map((c) => cellText(row[c])).join(' ');
      if (!k.toLowerCase().includes(needle)) continue;
      const value = row.value === undefined ? '' : ` = ${cellText(row.value)} ${unitOf(row)}`.trimEnd();
      const range = row.min !== undefined ? ` [${cellText(row.min)}, ${cellText(row.max)}]${row.dist ? ` ${cellText(row.dist)}` : ''}` : '';
      out.push(`${schemaId} ${k.trim()}${value}${range} (${cellText(row.source)}, ${cellText(row.year)})${row.note ? ` — ${cellText(row.note)}` : ''}`);
    }
  }
  if (out.length === 0) {
    const keys = [...ds.tables].flatMap(([schemaId, rows]) => rows.map((r) => findSchema(schemaId)!.key.map((c) => cellText(r[c])).join(' ').trim()));
    const near = closeMatches(key, keys);
    throw new InputError({ path: 'key', received: key, expected: `text found in a key of dataset ${m.name}`, problem: 'matches no row', fix: near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'run describeDataset(name) to see the tables' });
  }
  return out.join('\n');
}

