import { InputError } from '../errors/index.js';
import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type LookupOptions } from './factor-source.js';
import { findByYear, type YearChoice } from './find-by-year.js';
import { LOCATION_ALIASES } from './location-aliases.js';
import type { SourcedValue } from './types.js';

/** Bundled datasets searched for grid intensities, in order. */
export const DEFAULT_GRID_DATASETS: readonly string[] = ['grid-intensity', 'clemm-2024'];

/** What {@link lookupGridIntensity} is asked for. */
export interface GridIntensityQuery extends LookupOptions, YearChoice {
  /** ISO 3166-1 alpha-2 code (`DE`), `WORLD`, `EU`, a named supply (`renewable`) or a cloud region (`aws:eu-central-1`, `gcp:europe-west3`, `azure:germanywestcentral`). */
  readonly location: string;
}

/**
 * Average carbon intensity of electricity at a location, in kgCO2e/kWh. The
 * year picks the row exactly; with no year the latest available is used and
 * recorded in `year`; `{ year, nearest: true }` takes the nearest year and
 * records it. Locations are matched exactly (codes are upper case, supplies
 * and cloud regions lower case); an unknown one is refused with close matches
 * (`UK` → `GB`, `Germany` → `DE`, `eu-central-1` → `aws:eu-central-1`), never
 * replaced by a world average.
 *
 * @throws {@link InputError} for an unknown location or a year without data
 * @example
 * lookupGridIntensity({ location: 'DE', year: 2022, dataset: 'clemm-2024' }).value; // => 0.4
 * lookupGridIntensity({ location: 'renewable', dataset: 'clemm-2024' }).value; // => 0.05
 */
export function lookupGridIntensity(query: GridIntensityQuery): SourcedValue {
  if (typeof query.location !== 'string' || query.location === '') {
    throw new InputError({ path: 'location', received: query.location, expected: 'an ISO 3166-1 alpha-2 code, WORLD, EU, a named supply or provider:region', fix: "write e.g. 'DE'" });
  }
  const datasets = searchOrder(query, DEFAULT_GRID_DATASETS);
  const found = findByYear(datasets, (d) => rowsOf(d, 'grid-intensity'), (r) => r.location === query.location, query, 'grid intensity');
  if (!found) {
    const rows = datasets.flatMap((d) => rowsOf(d, 'grid-intensity'));
    const labels: Record<string, string> = {};
    const aliases: Record<string, string> = { ...LOCATION_ALIASES };
    for (const r of rows) {
      if (r.name !== undefined) labels[r.location] = r.name;
      const colon = r.location.indexOf(':');
      if (colon > 0) aliases[r.location.slice(colon + 1)] = r.location;
    }
    throw unknownKeyError('location', query.location, rows.map((r) => r.location), { aliases, labels, where: datasets.map((d) => d.name).join(', ') });
  }
  return sourcedValue(found.dataset, found.row, 'kgCO2e/kWh', `${found.row.location}:${found.row.year}`);
}
