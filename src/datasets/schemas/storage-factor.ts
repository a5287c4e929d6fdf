import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** Memory and storage technologies with per-GB factors. */
export const STORAGE_TECHNOLOGIES = ['dram', 'ssd', 'hdd', 'hbm'] as const;

/** A row of a `storage-factor` table: manufacturing carbon per GB of capacity. */
export interface StorageFactorRow extends FactorRowBase {
  /** Storage technology: `dram`, `ssd`, `hdd` or `hbm`. */
  readonly technology: (typeof STORAGE_TECHNOLOGIES)[number];
  /** Process or product (`ddr3_50nm`, `nand_10nm`, `Exosx16`); empty = the set's generic value. */
  readonly process?: string;
  /** A fab yield the value is still to be divided by (ACT's convention); empty = already per GB of product. */
  readonly yield?: number;
}

/**
 * Schema `storage-factor`: kgCO2e per GB of memory or storage capacity by
 * technology and process (gCO2e/GB accepted); plausible range (0, 10]
 * kgCO2e/GB. A `yield` cell marks a value published per GB of good dies
 * that the lookup divides by that yield.
 *
 * @example
 * storageFactorSchema.key; // => ['technology', 'process']
 */
export const storageFactorSchema: RowSchema = {
  id: 'storage-factor',
  description: 'Manufacturing carbon of memory and storage per GB of capacity',
  columns: [
    { name: 'technology', type: 'string', required: true, description: 'dram, ssd, hdd or hbm', enum: STORAGE_TECHNOLOGIES },
    { name: 'process', type: 'string', required: false, description: 'process or product; empty for the generic value' },
    { name: 'yield', type: 'number', required: false, description: 'fab yield to divide the value by (ACT convention)', min: 0, max: 1, minExclusive: true },
    ...factorColumns('kgCO2e/GB', { min: 0, max: 10 }, { 'gCO2e/GB': 0.001 }),
  ],
  key: ['technology', 'process'],
  check: checkFactorRange,
};
