import { InputError } from '../errors/index.js';
import { listBundledDatasets, loadBundledDataset } from './bundled.js';
import { closeMatches } from './close-matches.js';
import type { Dataset } from './dataset.js';
import type { FactorRowBase, SourcedValue, UncertaintySpec } from './types.js';

/**
 * Where lookups search for values: the caller's own datasets first (in the
 * order given), then the bundled datasets unless `bundled` is false. Load a
 * user dataset with {@link loadUserDataset}; it must use the same schemas.
 */
export interface FactorSource {
  /** User datasets, searched before the bundled ones, first match wins. */
  readonly datasets?: readonly Dataset[];
  /** Search the bundled datasets after the user's (default true). */
  readonly bundled?: boolean;
}

/** Options every lookup takes: a {@link FactorSource} and optionally one dataset by name. */
export interface LookupOptions extends FactorSource {
  /** Only search the dataset with this name (user datasets first, then bundled). */
  readonly dataset?: string;
}

/**
 * The datasets a lookup searches, in order: user datasets (only those named
 * `dataset` when it is given), then bundled ones — the one named `dataset`, or
 * else the lookup's default list (names not bundled are skipped).
 *
 * @throws {@link InputError} when `dataset` names neither a user nor a bundled dataset
 * @example
 * searchOrder({ dataset: 'clemm-2024' }, []).map((d) => d.name); // => ['clemm-2024']
 */
export function searchOrder(options: LookupOptions, defaults: readonly string[], path = 'dataset'): Dataset[] {
  const wanted = options.dataset;
  const user = (options.datasets ?? []).filter((d) => wanted === undefined || d.name === wanted);
  if (options.bundled === false) {
    if (wanted !== undefined && user.length === 0) throw unknownDataset(wanted, (options.datasets ?? []).map((d) => d.name), path);
    return user;
  }
  const bundledNames = new Set(listBundledDatasets().map((d) => d.name));
  if (wanted !== undefined) {
    if (user.length > 0) return user;
    if (!bundledNames.has(wanted)) throw unknownDataset(wanted, [...(options.datasets ?? []).map((d) => d.name), ...bundledNames], path);
    return [loadBundledDataset(wanted)];
  }
  return [...user, ...defaults.filter((n) => bundledNames.has(n)).map((n) => loadBundledDataset(n))];
}

/**
 * The datasets a lookup by factor set searches: with `method`, that dataset
 * only (a user dataset of that name first, else the bundled one); with no
 * method and no user datasets, the default set; with user datasets and no
 * method, the user datasets then the default set.
 *
 * @param query - the caller's `method`, `datasets` and `bundled`
 * @param defaultMethod - the bundled factor set used when none is named
 * @throws {@link InputError} at path `method` when it names no available dataset
 * @internal
 */
export function methodSearchOrder(query: FactorSource & { readonly method?: string }, defaultMethod: string): Dataset[] {
  return query.method !== undefined || !query.datasets?.length
    ? searchOrder({ ...query, dataset: query.method ?? defaultMethod }, [], 'method')
    : searchOrder(query, [defaultMethod], 'method');
}

function unknownDataset(name: string, known: readonly string[], path: string): InputError {
  const near = closeMatches(name, known);
  return new InputError({
    path,
    received: name,
    expected: `one of ${[...new Set(known)].join(', ')}`,
    problem: 'names no available dataset',
    fix: near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'pass the dataset in { datasets: [loadUserDataset(path)] }',
  });
}

/**
 * Turn a factor row into a {@link SourcedValue}: value, unit, key, dataset
 * name and version, the cited source, year, note and uncertainty range.
 *
 * @example
 * const ds = loadBundledDataset('clemm-2024');
 * sourcedValue(ds, rowsOf(ds, 'pcb-factor')[0], 'kgCO2e/cm²', '16').source.id; // => 'clemm2024'
 */
export function sourcedValue(dataset: Dataset, row: FactorRowBase, unit: string, key: string): SourcedValue {
  const src = dataset.manifest.sources.find((s) => s.id === row.source)!;
  const out: { -readonly [K in keyof SourcedValue]: SourcedValue[K] } = {
    value: row.value,
    unit,
    key,
    dataset: { name: dataset.name, version: dataset.version },
    source: { id: src.id, citation: src.citation, url: src.url },
    year: row.year,
  };
  if (row.min !== undefined && row.max !== undefined) {
    const dist = row.dist ?? 'uniform';
    const u: UncertaintySpec = dist === 'triangular' ? { dist, min: row.min, max: row.max, mode: row.value } : { dist, min: row.min, max: row.max };
    out.uncertainty = Object.freeze(u);
  }
  if (row.note !== undefined) out.note = row.note;
  return Object.freeze(out);
}

/**
 * The error for a key no dataset has: names the field, the value, the keys
 * available and the close matches.
 *
 * @example
 * unknownKeyError('location', 'UK', ['GB', 'DE'], { aliases: { UK: 'GB' } }).fix; // => 'did you mean "GB"?'
 */
export function unknownKeyError(
  path: string,
  received: unknown,
  candidates: readonly string[],
  options: { readonly aliases?: Readonly<Record<string, string>>; readonly labels?: Readonly<Record<string, string>>; readonly where?: string } = {},
): InputError {
  const unique = [...new Set(candidates)].sort();
  const near = closeMatches(String(received), unique, options);
  const shown = unique.length > 30 ? `${unique.slice(0, 30).join(', ')}, … (${unique.length} in all)` : unique.join(', ');
  return new InputError({
    path,
    received,
    expected: unique.length > 0 ? `one of ${shown}${options.where ? ` (${options.where})` : ''}` : `a key present in ${options.where ?? 'the datasets searched'} (none has any)`,
    problem: 'is not in the datasets searched',
    fix: near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'use a listed key, or supply your own table with { datasets: [loadUserDataset(path)] }',
  });
}
