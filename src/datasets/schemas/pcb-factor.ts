import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** A row of a `pcb-factor` table: manufacturing carbon per cm² of board. */
export interface PcbFactorRow extends FactorRowBase {
  /** Number of copper layers. */
  readonly layers: number;
}

/**
 * Schema `pcb-factor`: kgCO2e per cm² of printed circuit board by layer
 * count (1–64). Values accepted in kgCO2e/cm² or kgCO2e/m² (1 m² = 10⁴ cm²);
 * plausible range (0, 1] kgCO2e/cm².
 *
 * @example
 * pcbFactorSchema.key; // => ['layers']
 */
export const pcbFactorSchema: RowSchema = {
  id: 'pcb-factor',
  description: 'Manufacturing carbon of printed circuit boards per cm², by layer count',
  columns: [
    { name: 'layers', type: 'integer', required: true, description: 'number of copper layers', min: 1, max: 64 },
    ...factorColumns('kgCO2e/cm²', { min: 0, max: 1 }, { 'kgCO2e/m²': 1e-4, 'gCO2e/cm²': 0.001 }),
  ],
  key: ['layers'],
  check: checkFactorRange,
};
