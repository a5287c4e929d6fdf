import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** A row of a `grid-intensity` table: average carbon intensity of electricity. */
export interface GridIntensityRow extends FactorRowBase {
  /** ISO 3166-1 alpha-2 code, `WORLD`, `EU`, a named supply (`renewable`) or a cloud region (`aws:eu-central-1`). */
  readonly location: string;
  /** Human-readable name (`Germany`), used to suggest codes. */
  readonly name?: string;
}

/**
 * Schema `grid-intensity`: annual average location-based carbon intensity of
 * electricity, one row per location and year. Values accepted in kgCO2e/kWh
 * or gCO2e/kWh; plausible range (0, 2] kgCO2e/kWh (a coal plant emits about
 * 0.82 kgCO2e/kWh over its life cycle).
 *
 * @example
 * gridIntensitySchema.key; // => ['location', 'year']
 */
export const gridIntensitySchema: RowSchema = {
  id: 'grid-intensity',
  description: 'Average carbon intensity of electricity by location and year',
  columns: [
    {
      name: 'location',
      type: 'string',
      required: true,
      description: 'ISO 3166-1 alpha-2 code, WORLD, EU, a named supply or provider:region',
      pattern: /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|WORLD|EU|[a-z][a-z0-9-]*|(?:aws|gcp|azure):[a-z0-9-]+)$/,
      patternText: 'an ISO code (DE, US-CA), WORLD, EU, a lower-case supply name (renewable) or provider:region (aws:eu-central-1)',
    },
    { name: 'name', type: 'string', required: false, description: 'human-readable name of the location' },
    ...factorColumns('kgCO2e/kWh', { min: 0, max: 2 }, { 'gCO2e/kWh': 0.001, 'tCO2e/kWh': 1000 }),
  ],
  key: ['location', 'year'],
  check: checkFactorRange,
};
