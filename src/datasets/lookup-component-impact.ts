import { InputError } from '../errors/index.js';
import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, type LookupOptions } from './factor-source.js';
import { COMPONENT_IMPACT_CATEGORIES, type ComponentImpactCategory } from './schemas/component-impact.js';
import type { SourcedValue } from './types.js';

/** Bundled datasets searched for component impacts, in order. */
export const DEFAULT_COMPONENT_IMPACT_DATASETS: readonly string[] = ['boavizta-uba-impacts'];

/** What {@link lookupComponentImpact} is asked for. */
export interface ComponentImpactQuery extends LookupOptions {
  /** The factor set (dataset name) the component's climate factor came from: `boavizta-uba`. */
  readonly factorSet: string;
  /** The climate row: `ic:<technology>` or `part:<kind>`. */
  readonly key: string;
  /** `water`, `adpe` or `pe`. */
  readonly category: ComponentImpactCategory;
}

/**
 * The twin, in another impact category, of a climate factor of a factor set:
 * the manufacturing impact of an IC per cm² of die (`ic:logic`) or of a part
 * (`part:motherboard` per part, `part:power-supply` per kg) in `adpe`
 * (kgSbeq) or `pe` (MJ), as the same source gives it. A row the datasets
 * lack is refused, never replaced by another source's figure.
 *
 * @throws {@link InputError} for an unknown category, or a key without a row in that category
 * @example
 * lookupComponentImpact({ factorSet: 'boavizta-uba', key: 'ic:logic', category: 'adpe' }).value; // => 5.87e-7
 * lookupComponentImpact({ factorSet: 'boavizta-uba', key: 'part:power-supply', category: 'pe' }).unit; // => 'MJ/kg'
 */
export function lookupComponentImpact(query: ComponentImpactQuery): SourcedValue {
  if (!(COMPONENT_IMPACT_CATEGORIES as readonly string[]).includes(query.category)) {
    throw new InputError({ path: 'category', received: query.category, expected: `one of ${COMPONENT_IMPACT_CATEGORIES.join(', ')}`, fix: "climate factors are the factor set's own rows: use lookupIcFactor or lookupPartFactor" });
  }
  const datasets = searchOrder(query, DEFAULT_COMPONENT_IMPACT_DATASETS);
  for (const d of datasets) {
    const row = rowsOf(d, 'component-impact').find((r) => r.factorSet === query.factorSet && r.key === query.key && r.category === query.category);
    if (row !== undefined) return sourcedValue(d, row, row.unit, `${row.factorSet}:${row.key}:${row.category}`);
  }
  const listed = datasets.flatMap((d) => rowsOf(d, 'component-impact')).filter((r) => r.factorSet === query.factorSet && r.category === query.category).map((r) => r.key);
  throw new InputError({
    path: 'key',
    received: query.key,
    expected: listed.length > 0 ? `one of ${[...new Set(listed)].join(', ')}` : `a key of factor set ${query.factorSet} with ${query.category} rows (the datasets searched have none)`,
    problem: `has no ${query.category} row for factor set ${query.factorSet} in the datasets searched (${datasets.map((d) => d.name).join(', ')})`,
    fix: `give the component's impacts.${query.category} block, or supply rows with { datasets: [loadUserDataset(path)] }`,
  });
}
