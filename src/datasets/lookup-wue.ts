import { InputError } from '../errors/index.js';
import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type LookupOptions } from './factor-source.js';
import { findByYear, type YearChoice } from './find-by-year.js';
import type { SourcedValue } from './types.js';

/** Bundled datasets searched for WUE values, in order. */
export const DEFAULT_WUE_DATASETS: readonly string[] = ['wue'];

/** Names users write for the operators the data key by id. */
const OPERATOR_ALIASES: Readonly<Record<string, string>> = {
  microsoft: 'azure',
  amazon: 'aws',
  facebook: 'meta',
  industry: 'default',
};

/** What {@link lookupWue} is asked for. */
export interface WueQuery extends LookupOptions, YearChoice {
  /** `default` (the industry default, asked for explicitly), a provider (`aws`, `azure`, `meta`) or a cloud region (`aws:us-east-1`). */
  readonly location: string;
}

/**
 * Water usage effectiveness (litres of water consumed on site per kWh of IT
 * energy, L/kWh) of a provider's fleet or region. A cloud region
 * (`aws:us-east-1`) takes the region's row when the data have one, else the
 * provider's fleet figure (the note says so). A country or a provider without
 * a published figure (`gcp`) is refused: the industry default is returned
 * only for `location: 'default'`, so that using it is a visible choice. The
 * year picks the row exactly; with no year the latest available is used.
 *
 * @throws {@link InputError} for a location without a figure (with close matches) or a year without data
 * @example
 * lookupWue({ location: 'aws:us-east-1' }).value; // => 0.12
 * lookupWue({ location: 'default' }).value; // => 1.8
 */
export function lookupWue(query: WueQuery): SourcedValue {
  const location = query.location;
  if (typeof location !== 'string' || location === '') {
    throw new InputError({ path: 'location', received: location, expected: "'default', a provider (aws, azure, meta) or provider:region", fix: "write e.g. 'aws:us-east-1', or 'default' for the industry default" });
  }
  const datasets = searchOrder(query, DEFAULT_WUE_DATASETS);
  const colon = location.indexOf(':');
  const provider = colon > 0 ? location.slice(0, colon) : undefined;
  for (const key of provider !== undefined ? [location, provider] : [location]) {
    const found = findByYear(datasets, (d) => rowsOf(d, 'wue'), (r) => r.key === key, query, 'wue');
    if (!found) continue;
    const v = sourcedValue(found.dataset, found.row, 'L/kWh', `${found.row.key}:${found.row.year}`);
    if (key === location) return v;
    const note = `fleet figure of ${provider} used for ${location} (no region figure)${v.note !== undefined ? `; ${v.note}` : ''}`;
    return Object.freeze({ ...v, note });
  }
  const keys = datasets.flatMap((d) => rowsOf(d, 'wue').map((r) => r.key));
  const e = unknownKeyError('location', location, keys, { aliases: OPERATOR_ALIASES, where: datasets.map((d) => d.name).join(', ') });
  if (!/^[A-Z]{2}$|^WORLD$|^EU$/.test(location) && provider === undefined) throw e;
  throw new InputError({
    path: 'location',
    received: location,
    expected: e.expected,
    problem: provider === undefined ? 'is a place, not a data-centre operator: no WUE is published for it' : `has no WUE: ${provider} publishes no figure in the datasets searched`,
    fix: "pass location 'default' to use the industry default explicitly, or supply your own wue row with { datasets: [loadUserDataset(path)] }",
  });
}
