import { checkFactorRange, factorColumns, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** A row of a `material-factor` table: cradle-to-gate carbon per kg of material. */
export interface MaterialFactorRow extends FactorRowBase {
  /** Material name, e.g. `aluminium` or `steel`. */
  readonly material: string;
}

/**
 * Schema `material-factor`: kgCO2e per kg of material (steel, aluminium …);
 * plausible range (0, 1000] kgCO2e/kg.
 *
 * @example
 * materialFactorSchema.key; // => ['material']
 */
export const materialFactorSchema: RowSchema = {
  id: 'material-factor',
  description: 'Cradle-to-gate carbon per kg of material',
  columns: [
    { name: 'material', type: 'string', required: true, description: 'material id', pattern: /^[a-z][a-z0-9-]*$/, patternText: 'lower-case letters, digits and hyphens' },
    ...factorColumns('kgCO2e/kg', { min: 0, max: 1000 }, { 'gCO2e/g': 1 }),
  ],
  key: ['material'],
  check: checkFactorRange,
};
