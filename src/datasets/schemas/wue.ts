import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** A row of a `wue` table: water usage effectiveness of a data centre fleet or region. */
export interface WueRow extends FactorRowBase {
  /** What the WUE describes: `default` (industry), a provider (`aws`, `azure`, `gcp`, `meta`) or `provider:region`. */
  readonly key: string;
}

/**
 * Schema `wue`: water usage effectiveness, litres of water consumed on site
 * per kWh of IT energy (L/kWh), one row per key and year; plausible range
 * [0, 20] L/kWh.
 *
 * @example
 * wueSchema.key; // => ['key', 'year']
 */
export const wueSchema: RowSchema = {
  id: 'wue',
  description: 'Water usage effectiveness of data centres by operator (or region) and year',
  columns: [
    {
      name: 'key',
      type: 'string',
      required: true,
      description: 'default, an operator id, or operator:region',
      pattern: /^[a-z][a-z0-9-]*(?::[a-z0-9-]+)?$/,
      patternText: 'lower-case letters, digits and hyphens, optionally provider:region',
    },
    ...factorColumns('L/kWh', { min: 0, max: 20 }),
  ],
  key: ['key', 'year'],
  check: checkFactorRange,
};
