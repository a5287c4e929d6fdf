import { checkFactorRange, factorColumns, PER_ROW_UNIT, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** Impact categories an electricity-impact row may give, besides climate change (see `grid-intensity`). */
export const ELECTRICITY_IMPACT_CATEGORIES = ['water', 'adpe', 'pe'] as const;

/** One of {@link ELECTRICITY_IMPACT_CATEGORIES}. */
export type ElectricityImpactCategory = (typeof ELECTRICITY_IMPACT_CATEGORIES)[number];

/** The unit each category's value is written in, per kWh of electricity. */
export const ELECTRICITY_IMPACT_UNITS: Readonly<Record<ElectricityImpactCategory, string>> = Object.freeze({
  water: 'L/kWh',
  adpe: 'kgSbeq/kWh',
  pe: 'MJ/kWh',
});

/**
 * Plausible range of each category's value (exclusive of 0), in its unit. Water reaches 614 L/kWh
 * (Ghana 2017, Chini & Peer: hydropower reservoir evaporation charged to electricity; 1058 in 2010).
 */
const RANGES: Readonly<Record<ElectricityImpactCategory, readonly [number, number]>> = {
  water: [0, 1000],
  adpe: [0, 1e-5],
  pe: [0, 1000],
};

/** A row of an `electricity-impact` table: one impact of one kWh of electricity at a location. */
export interface ElectricityImpactRow extends FactorRowBase {
  /** ISO 3166-1 alpha-2 code (`FR`), `WORLD` or `EU`. */
  readonly location: string;
  /** Human-readable name (`France`), used to suggest codes. */
  readonly name?: string;
  /** The impact category. */
  readonly category: ElectricityImpactCategory;
  /** Unit of `value`: the category's unit ({@link ELECTRICITY_IMPACT_UNITS}). */
  readonly unit: string;
}

/**
 * Schema `electricity-impact`: impact per kWh of electricity by location,
 * category and year — water consumed (`water`, L/kWh), abiotic depletion of
 * elements (`adpe`, kgSbeq/kWh) and primary energy (`pe`, MJ/kWh). The `unit`
 * column must be the category's unit; plausible ranges (0, 1000] L/kWh,
 * (0, 1e-5] kgSbeq/kWh and (0, 1000] MJ/kWh.
 *
 * @example
 * electricityImpactSchema.key; // => ['location', 'category', 'year']
 */
export const electricityImpactSchema: RowSchema = {
  id: 'electricity-impact',
  description: 'Water, abiotic depletion (elements) and primary energy per kWh of electricity by location and year',
  columns: [
    {
      name: 'location',
      type: 'string',
      required: true,
      description: 'ISO 3166-1 alpha-2 code, WORLD or EU',
      pattern: /^(?:[A-Z]{2}|WORLD|EU)$/,
      patternText: 'an ISO 3166-1 alpha-2 code (DE), WORLD or EU',
    },
    { name: 'name', type: 'string', required: false, description: 'human-readable name of the location' },
    { name: 'category', type: 'string', required: true, description: 'impact category: water, adpe or pe', enum: ELECTRICITY_IMPACT_CATEGORIES },
    { name: 'unit', type: 'string', required: true, description: 'unit of value: L/kWh (water), kgSbeq/kWh (adpe), MJ/kWh (pe)', enum: Object.values(ELECTRICITY_IMPACT_UNITS) },
    ...factorColumns(PER_ROW_UNIT, { min: 0, max: 1000 }),
  ],
  key: ['location', 'category', 'year'],
  check: (row) => {
    const category = row.category as ElectricityImpactCategory;
    const unit = ELECTRICITY_IMPACT_UNITS[category];
    if (unit !== undefined && row.unit !== unit) {
      return { column: 'unit', problem: `unit "${String(row.unit)}" does not fit category ${category}`, fix: `write ${unit} for ${category}` };
    }
    const range = RANGES[category];
    if (range !== undefined && typeof row.value === 'number' && (row.value <= range[0] || row.value > range[1])) {
      return { column: 'value', problem: `${row.value} ${unit} lies outside the plausible range (${range[0]}, ${range[1]}] for ${category}`, fix: 'check the unit and the figure' };
    }
    return checkFactorRange(row);
  },
};
