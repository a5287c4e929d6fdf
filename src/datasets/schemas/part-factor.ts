import { checkFactorRange, factorColumns, PER_ROW_UNIT, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** Units a part factor may have: per unit of the part, or per kg of it. */
export const PART_UNITS = ['kgCO2e', 'kgCO2e/kg'] as const;

/** A row of a `part-factor` table: manufacturing carbon of a whole part. */
export interface PartFactorRow extends FactorRowBase {
  /** What the part is: `power-supply`, `rack-case`, `fan`, `assembly`, … */
  readonly kind: string;
  /** `kgCO2e` (per part) or `kgCO2e/kg` (per kg of the part). */
  readonly unit: (typeof PART_UNITS)[number];
}

/**
 * Schema `part-factor`: manufacturing carbon of parts that are not modelled
 * by die or board area (power supply, chassis, fans, assembly), per unit or
 * per kg as the row's `unit` column says; plausible range (0, 10000].
 *
 * @example
 * partFactorSchema.key; // => ['kind']
 */
export const partFactorSchema: RowSchema = {
  id: 'part-factor',
  description: 'Manufacturing carbon of parts per unit or per kg',
  columns: [
    { name: 'kind', type: 'string', required: true, description: 'part id', pattern: /^[a-z][a-z0-9-]*$/, patternText: 'lower-case letters, digits and hyphens' },
    { name: 'unit', type: 'string', required: true, description: 'unit of value', enum: PART_UNITS },
    ...factorColumns(PER_ROW_UNIT, { min: 0, max: 10_000 }),
  ],
  key: ['kind'],
  check: checkFactorRange,
};
