import { InputError } from '../errors/index.js';
import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type LookupOptions } from './factor-source.js';
import { findByYear, type YearChoice } from './find-by-year.js';
import { LOCATION_ALIASES } from './location-aliases.js';
import { ELECTRICITY_IMPACT_CATEGORIES, ELECTRICITY_IMPACT_UNITS, type ElectricityImpactCategory } from './schemas/electricity-impact.js';
import type { SourcedValue } from './types.js';

/**
 * Bundled datasets searched for electricity impacts, in order: the countries' water
 * (electricity-water, Chini & Peer 2017) first, then electricity-impacts (ADPe, PE, world water).
 */
export const DEFAULT_ELECTRICITY_IMPACT_DATASETS: readonly string[] = ['electricity-water', 'electricity-impacts'];

/** What {@link lookupElectricityImpact} is asked for. */
export interface ElectricityImpactQuery extends LookupOptions, YearChoice {
  /** ISO 3166-1 alpha-2 code (`FR`), `WORLD` or `EU`. */
  readonly location: string;
  /** `water` (L/kWh), `adpe` (kgSbeq/kWh) or `pe` (MJ/kWh). */
  readonly category: ElectricityImpactCategory;
}

/**
 * Impact of one kWh of electricity at a location, in one category: water
 * consumed (`water`, L/kWh), abiotic depletion of elements (`adpe`,
 * kgSbeq/kWh) or primary energy (`pe`, MJ/kWh). The year picks the row
 * exactly; with no year the latest available is used and recorded in `year`;
 * `{ year, nearest: true }` takes the nearest. A location without a row for
 * the category is refused (with close matches), never replaced by a world or
 * regional average; pass `WORLD` to use the world figure on purpose.
 * Water comes from `electricity-water` for 144 countries (Chini & Peer,
 * 2017, median with a triangular min–max range; hydropower reservoir
 * evaporation included) and from `electricity-impacts` for `WORLD`.
 *
 * @throws {@link InputError} for an unknown category, a location without a row in that category, or a year without data
 * @example
 * lookupElectricityImpact({ location: 'FR', category: 'pe' }).value; // => 11.289
 * lookupElectricityImpact({ location: 'FR', category: 'adpe' }).unit; // => 'kgSbeq/kWh'
 * lookupElectricityImpact({ location: 'WORLD', category: 'water' }).value; // => 15.27
 * lookupElectricityImpact({ location: 'US', category: 'water' }).value; // => 2.48754190029285
 * lookupElectricityImpact({ location: 'US', category: 'water' }).uncertainty?.dist; // => 'triangular'
 */
export function lookupElectricityImpact(query: ElectricityImpactQuery): SourcedValue {
  if (typeof query.location !== 'string' || query.location === '') {
    throw new InputError({ path: 'location', received: query.location, expected: 'an ISO 3166-1 alpha-2 code, WORLD or EU', fix: "write e.g. 'FR'" });
  }
  if (!(ELECTRICITY_IMPACT_CATEGORIES as readonly string[]).includes(query.category)) {
    throw new InputError({
      path: 'category',
      received: query.category,
      expected: `one of ${ELECTRICITY_IMPACT_CATEGORIES.join(', ')}`,
      fix: 'climate change per kWh is a grid intensity: use lookupGridIntensity',
    });
  }
  const category = query.category;
  const datasets = searchOrder(query, DEFAULT_ELECTRICITY_IMPACT_DATASETS);
  const found = findByYear(
    datasets,
    (d) => rowsOf(d, 'electricity-impact').filter((r) => r.category === category),
    (r) => r.location === query.location,
    query,
    `electricity impact (${category})`,
  );
  if (!found) {
    const rows = datasets.flatMap((d) => rowsOf(d, 'electricity-impact'));
    const inCategory = rows.filter((r) => r.category === category);
    const labels: Record<string, string> = {};
    for (const r of inCategory) if (r.name !== undefined) labels[r.location] = r.name;
    const where = datasets.map((d) => d.name).join(', ');
    const other = [...new Set(rows.filter((r) => r.location === query.location).map((r) => r.category))];
    const e = unknownKeyError('location', query.location, inCategory.map((r) => r.location), { aliases: LOCATION_ALIASES, labels, where });
    if (other.length === 0) throw e;
    throw new InputError({
      path: 'location',
      received: query.location,
      expected: inCategory.length > 0 ? e.expected : `a location with ${category} data (${where} has none)`,
      problem: `has no ${category} row (only ${other.join(', ')}) in the datasets searched`,
      fix:
        inCategory.length > 0
          ? `use a location listed, pass 'WORLD' to use the world figure on purpose, or supply your own ${category} row with { datasets: [loadUserDataset(path)] }`
          : `supply your own ${category} rows with { datasets: [loadUserDataset(path)] }`,
    });
  }
  return sourcedValue(found.dataset, found.row, ELECTRICITY_IMPACT_UNITS[category], `${found.row.location}:${category}:${found.row.year}`);
}
