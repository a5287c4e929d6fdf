import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** A row of a `pue` table: power usage effectiveness of a data centre fleet. */
export interface PueRow extends FactorRowBase {
  /** What the PUE describes: `industry`, `google`, `aws`, `azure`, … */
  readonly key: string;
}

/**
 * Schema `pue`: power usage effectiveness (total facility energy ÷ IT energy,
 * dimensionless, unit `1`), one row per key and year; plausible range [1, 3].
 *
 * @example
 * pueSchema.key; // => ['key', 'year']
 */
export const pueSchema: RowSchema = {
  id: 'pue',
  description: 'Power usage effectiveness of data centres by operator and year',
  columns: [
    { name: 'key', type: 'string', required: true, description: 'industry, or an operator id', pattern: /^[a-z][a-z0-9-]*$/, patternText: 'lower-case letters, digits and hyphens' },
    ...factorColumns('1', { min: 1, max: 3 }),
  ],
  key: ['key', 'year'],
  check: checkFactorRange,
};
