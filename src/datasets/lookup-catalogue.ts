import { rowsOf } from './dataset.js';
import { searchOrder, unknownKeyError, type LookupOptions } from './factor-source.js';
import { parseNumberCell } from './parse-cell.js';
import { CATALOGUE_FIELDS } from './schemas/index.js';
import type { DatasetRef, SourcedValue } from './types.js';

/** Bundled datasets searched for hardware entries, in order. */
export const DEFAULT_CATALOGUE_DATASETS: readonly string[] = ['hardware-catalogue'];

/** A text field of a catalogue entry (`process`, `memoryType`) with its provenance. */
export interface SourcedText {
  /** The field's value as text. */
  readonly text: string;
  /** The key it was found under: entry id and field, e.g. `xeon-platinum-8468.process`. */
  readonly key: string;
  /** The dataset (name and version) it was read from. */
  readonly dataset: DatasetRef;
  /** The published source the row cites. */
  readonly source: {
    /** Id of the source in the manifest. */
    readonly id: string;
    /** Full citation: authors, title, venue, year. */
    readonly citation: string;
    /** Where to read it (URL or DOI link). */
    readonly url: string;
  };
  /** Year the figure describes. */
  readonly year: number;
  /** The row's note, when it has one. */
  readonly note?: string;
}

/** A hardware entry: every field sourced on its own. Numeric fields are {@link SourcedValue}s in canonical units. */
export interface CatalogueEntry {
  /** Entry id, e.g. `xeon-platinum-8468`. */
  readonly id: string;
  /** The dataset (name and version) the entry was read from. */
  readonly dataset: DatasetRef;
  /** Every field of the entry by name, each with its own source. */
  readonly fields: Readonly<Record<string, SourcedValue | SourcedText>>;
}

/**
 * A hardware entry by id (`xeon-platinum-8468`, `nvidia-h100-sxm`, …), from
 * the first dataset searched that has it (a user catalogue first). Each field
 * carries its own source, year and note; numeric fields are in the canonical
 * unit of {@link CATALOGUE_FIELDS}. A study may override any field.
 *
 * @throws {@link InputError} for an unknown id, listing close matches
 * @example
 * lookupCatalogue('xeon-platinum-8468').fields.dieAreaCm2.key; // => 'xeon-platinum-8468.dieAreaCm2'
 * lookupCatalogue('xeon-platinum-8468').fields.dieAreaCm2.source.id; // => 'clemm2024'
 */
export function lookupCatalogue(id: string, options: LookupOptions = {}): CatalogueEntry {
  const datasets = searchOrder(options, DEFAULT_CATALOGUE_DATASETS);
  for (const d of datasets) {
    const rows = rowsOf(d, 'catalogue').filter((r) => r.id === id);
    if (rows.length === 0) continue;
    const dataset = { name: d.name, version: d.version };
    const fields: Record<string, SourcedValue | SourcedText> = {};
    for (const r of rows) {
      const src = d.manifest.sources.find((s) => s.id === r.source)!;
      const source = { id: src.id, citation: src.citation, url: src.url };
      const base = { key: `${id}.${r.field}`, dataset, source, year: r.year, ...(r.note !== undefined ? { note: r.note } : {}) };
      const spec = CATALOGUE_FIELDS[r.field];
      fields[r.field] = Object.freeze(
        spec.type === 'text' ? { text: r.value, ...base } : { value: parseNumberCell(r.value) as number, unit: spec.unit ?? '1', ...base },
      );
    }
    return Object.freeze({ id, dataset, fields: Object.freeze(fields) });
  }
  const ids = datasets.flatMap((d) => rowsOf(d, 'catalogue').map((r) => r.id));
  const names: Record<string, string> = {};
  for (const d of datasets) for (const r of rowsOf(d, 'catalogue')) if (r.field === 'name') names[r.id] = r.value;
  throw unknownKeyError('catalogue id', id, ids, { labels: names, where: datasets.map((d) => d.name).join(', ') });
}
