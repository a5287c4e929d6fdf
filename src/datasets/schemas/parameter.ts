import { checkFactorRange, factorColumns, PER_ROW_UNIT, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** The canonical units a parameter may have. */
export const PARAMETER_UNITS = [
  'kgCO2e', 'kgCO2e/kg', 'kgCO2e/cm²', 'kgCO2e/kWh', 'kgCO2e/GB', 'kWh', 'kWh/cm²', 'W', 'W/GB',
  'h', 'years', 'GB', 'GB/cm²', 'cm²', 'mm²', 'kg', '1', 'kWh/GB', 'W/TB',
] as const;

/** A row of a `parameter` table: a named scalar such as DRAM power per die. */
export interface ParameterRow extends FactorRowBase {
  /** Parameter id: `dram-power-per-die`, `server-lifetime`, … */
  readonly key: string;
  /** One of {@link PARAMETER_UNITS}. */
  readonly unit: (typeof PARAMETER_UNITS)[number];
}

/**
 * Schema `parameter`: named scalars with a per-row canonical unit (lifetimes,
 * power per DRAM die, densities, yields). Values must be ≥ 0 and finite.
 *
 * @example
 * parameterSchema.key; // => ['key']
 */
export const parameterSchema: RowSchema = {
  id: 'parameter',
  description: 'Named scalar parameters with a per-row unit',
  columns: [
    { name: 'key', type: 'string', required: true, description: 'parameter id', pattern: /^[a-z][a-z0-9-]*$/, patternText: 'lower-case letters, digits and hyphens' },
    { name: 'unit', type: 'string', required: true, description: 'canonical unit of value', enum: PARAMETER_UNITS },
    ...factorColumns(PER_ROW_UNIT, { min: 0, max: 1e9 }),
  ],
  key: ['key'],
  check: checkFactorRange,
};
