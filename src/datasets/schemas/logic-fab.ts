import type { FactorRowBase } from '../types.js';
import type { RowSchema } from '../schema.js';

/** A row of a `logic-fab` table: ACT's fab parameters of one CMOS logic process node. */
export interface LogicFabRow extends Omit<FactorRowBase, 'value' | 'min' | 'max' | 'dist'> {
  /** Process node as ACT names it: `28nm` … `3nm`. */
  readonly node: string;
  /** Fab electricity per cm² of die, kWh/cm². */
  readonly epa: number;
  /** Fab gases per cm² at 95 % abatement, kgCO2e/cm². */
  readonly gpa95: number;
  /** Fab gases per cm² at 99 % abatement, kgCO2e/cm². */
  readonly gpa99: number;
  /** Raw materials per cm², kgCO2e/cm². */
  readonly mpa: number;
}

const perArea = (name: string, description: string) =>
  ({ name, type: 'number', required: true, description, unit: 'kgCO2e/cm²', accepts: { 'gCO2e/cm²': 0.001 }, min: 0, max: 20, minExclusive: true }) as const;

/**
 * Schema `logic-fab`: per process node, the fab's electricity per area (EPA,
 * kWh/cm²), gas emissions per area at 95 % and 99 % abatement (GPA) and
 * materials per area (MPA), both in kgCO2e/cm² (gCO2e/cm² accepted) — the
 * inputs of ACT's carbon per area (Gupta et al., ISCA 2022, Table 1).
 *
 * @example
 * logicFabSchema.key; // => ['node']
 */
export const logicFabSchema: RowSchema = {
  id: 'logic-fab',
  description: 'Fab parameters of CMOS logic by process node (ACT model inputs)',
  columns: [
    { name: 'node', type: 'string', required: true, description: 'process node, e.g. 28nm', pattern: /^\d+(?:\.\d+)?nm$/, patternText: 'a node such as 28nm' },
    { name: 'epa', type: 'number', required: true, description: 'fab electricity per cm² of die', unit: 'kWh/cm²', min: 0, max: 20, minExclusive: true },
    perArea('gpa95', 'fab gases per cm² at 95 % abatement'),
    perArea('gpa99', 'fab gases per cm² at 99 % abatement'),
    perArea('mpa', 'raw materials per cm²'),
    { name: 'source', type: 'string', required: true, description: "id of one of the manifest's sources" },
    { name: 'year', type: 'integer', required: true, description: 'year the figure describes', min: 1990, max: 2100 },
    { name: 'note', type: 'string', required: false, description: 'how the figure was derived; caveats' },
  ],
  key: ['node'],
  check: (row) =>
    typeof row.gpa95 === 'number' && typeof row.gpa99 === 'number' && row.gpa99 > row.gpa95
      ? { column: 'gpa99', problem: `gpa99 ${row.gpa99} exceeds gpa95 ${row.gpa95}, but more abatement cannot emit more`, fix: 'check the two columns are not swapped' }
      : undefined,
};
