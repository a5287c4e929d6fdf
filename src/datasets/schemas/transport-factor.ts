import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** A row of a `transport-factor` table: emissions of freight by mode per tonne-kilometre. */
export interface TransportFactorRow extends FactorRowBase {
  /** The mode of freight: `truck`, `rail`, `air`, `ship`. */
  readonly mode: string;
}

/**
 * Schema `transport-factor`: emissions of freight per tonne carried one
 * kilometre [kgCO2e/(t·km)], one row per mode; plausible range (0, 5]
 * (sea freight about 0.01, air freight about 0.5 to 2).
 *
 * @example
 * transportFactorSchema.key; // => ['mode']
 */
export const transportFactorSchema: RowSchema = {
  id: 'transport-factor',
  description: 'Emissions of freight transport per tonne-kilometre by mode',
  columns: [
    { name: 'mode', type: 'string', required: true, description: 'mode of freight', enum: ['truck', 'ship', 'air', 'rail'] },
    ...factorColumns('kgCO2e/(t·km)', { min: 0, max: 5 }),
  ],
  key: ['mode'],
  check: checkFactorRange,
};
