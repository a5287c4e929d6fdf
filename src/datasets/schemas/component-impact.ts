import { checkFactorRange, factorColumns, PER_ROW_UNIT, type RowSchema } from '../schema.js';
import type { FactorRowBase } from '../types.js';

/** Categories a component-impact row may give, besides climate change (whose factors are the factor set's own rows). */
export const COMPONENT_IMPACT_CATEGORIES = ['water', 'adpe', 'pe'] as const;

/** One of {@link COMPONENT_IMPACT_CATEGORIES}. */
export type ComponentImpactCategory = (typeof COMPONENT_IMPACT_CATEGORIES)[number];

/** Units a row may have, by category: per cm² of die or board, per part, or per kg of the part. */
export const COMPONENT_IMPACT_UNITS: Readonly<Record<ComponentImpactCategory, readonly string[]>> = Object.freeze({
  water: ['L/cm2', 'L', 'L/kg'],
  adpe: ['kgSbeq/cm2', 'kgSbeq', 'kgSbeq/kg'],
  pe: ['MJ/cm2', 'MJ', 'MJ/kg'],
});

/** A row of a `component-impact` table: a climate factor's twin in another impact category. */
export interface ComponentImpactRow extends FactorRowBase {
  /** The factor set (dataset name) whose climate row this row parallels: `boavizta-uba`. */
  readonly factorSet: string;
  /** Which climate row: `ic:<technology>` (an ic-factor row, per cm² of die) or `part:<kind>` (a part-factor row). */
  readonly key: string;
  /** The impact category. */
  readonly category: ComponentImpactCategory;
  /** Unit of `value`, in the category's unit (see {@link COMPONENT_IMPACT_UNITS}). */
  readonly unit: string;
}

/**
 * Schema `component-impact`: the manufacturing impact of a component in the
 * categories besides climate change, per row of a factor set's climate
 * table — `ic:logic` per cm² of die, `part:motherboard` per part,
 * `part:power-supply` per kg — so that a component whose climate factor
 * comes from that factor set gets the same source's factors in the other
 * categories. The `unit` column must be one of the category's units and
 * match the climate row's basis (per cm² for `ic:`); plausible range
 * (0, 10000].
 *
 * @example
 * componentImpactSchema.key; // => ['factorSet', 'key', 'category']
 */
export const componentImpactSchema: RowSchema = {
  id: 'component-impact',
  description: 'Manufacturing impact of components in water, ADPe and primary energy, parallel to a factor set\'s climate rows',
  columns: [
    { name: 'factorSet', type: 'string', required: true, description: 'the dataset whose climate rows these parallel', pattern: /^[a-z][a-z0-9-]*$/, patternText: 'a dataset name' },
    { name: 'key', type: 'string', required: true, description: 'ic:<technology> or part:<kind>', pattern: /^(?:ic|part):[a-z][a-z0-9-]*$/, patternText: 'ic:<technology> or part:<kind>' },
    { name: 'category', type: 'string', required: true, description: 'impact category: water, adpe or pe', enum: COMPONENT_IMPACT_CATEGORIES },
    { name: 'unit', type: 'string', required: true, description: 'unit of value', enum: [...new Set(Object.values(COMPONENT_IMPACT_UNITS).flat())] },
    ...factorColumns(PER_ROW_UNIT, { min: 0, max: 10_000 }),
  ],
  key: ['factorSet', 'key', 'category'],
  check: (row) => {
    const category = row.category as ComponentImpactCategory;
    const units = COMPONENT_IMPACT_UNITS[category];
    if (units !== undefined && !units.includes(String(row.unit))) {
      return { column: 'unit', problem: `unit "${String(row.unit)}" does not fit category ${category}`, fix: `write one of ${units.join(', ')}` };
    }
    if (String(row.key).startsWith('ic:') && !String(row.unit).endsWith('/cm2')) {
      return { column: 'unit', problem: `an ic: row is per cm² of die, not ${String(row.unit)}`, fix: `write ${units?.[0] ?? 'a unit per cm2'}` };
    }
    return checkFactorRange(row);
  },
};
