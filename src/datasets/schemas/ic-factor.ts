import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

import type { IcTechnology } from '../../system/index.js';

export type { IcTechnology };

/** IC technologies that have their own per-area factors (the model's {@link IcTechnology}). */
export const IC_TECHNOLOGIES: readonly IcTechnology[] = ['logic', 'dram', 'nand', 'hbm', 'other'];

/** A row of an `ic-factor` table: manufacturing carbon per cm² of die. */
export interface IcFactorRow extends FactorRowBase {
  /** IC technology: `logic`, `dram`, `nand`, `hbm` or `other`. */
  readonly technology: IcTechnology;
  /** Process generation (`Intel 7`, `28 nm`); empty = the factor set's generic value for the technology. */
  readonly process?: string;
}

/**
 * Schema `ic-factor`: kgCO2e per cm² of die by technology and process.
 * Values accepted in kgCO2e/cm², gCO2e/cm² or kgCO2e/mm²; plausible range
 * (0, 50] kgCO2e/cm² (published factors span about 0.5–10).
 *
 * @example
 * icFactorSchema.key; // => ['technology', 'process']
 */
export const icFactorSchema: RowSchema = {
  id: 'ic-factor',
  description: 'Manufacturing carbon of integrated circuits per cm² of die, by technology and process',
  columns: [
    { name: 'technology', type: 'string', required: true, description: 'logic, dram, nand, hbm or other', enum: IC_TECHNOLOGIES },
    { name: 'process', type: 'string', required: false, description: 'process generation; empty for the generic value' },
    // Unit factors: 1 g = 0.001 kg; 1 mm² = 0.01 cm², so x kg/mm² = 100x kg/cm².
    ...factorColumns('kgCO2e/cm²', { min: 0, max: 50 }, { 'gCO2e/cm²': 0.001, 'kgCO2e/mm²': 100 }),
  ],
  key: ['technology', 'process'],
  check: checkFactorRange,
};
