import { checkNumber } from '../validate/index.js';
import { rowsOf } from './dataset.js';
import { methodSearchOrder, sourcedValue, unknownKeyError, type FactorSource } from './factor-source.js';
import { DEFAULT_IC_METHOD } from './lookup-ic-factor.js';
import type { SourcedValue } from './types.js';

/** What {@link lookupPcbFactor} is asked for. */
export interface PcbFactorQuery extends FactorSource {
  /** Number of copper layers, an integer ≥ 1. */
  readonly layers: number;
  /** The factor set = dataset name: `clemm-2024` (default), `act-2022`, or a user dataset's name. */
  readonly method?: string;
}

/**
 * Manufacturing carbon of a printed circuit board per cm², in kgCO2e/cm², by
 * layer count, from a named factor set. Layer counts the set does not list are
 * refused with the ones it has (no interpolation).
 *
 * @throws {@link InputError} for a layer count that is not an integer ≥ 1, or one the set lacks
 * @example
 * lookupPcbFactor({ layers: 16 }).value; // => 0.06
 */
export function lookupPcbFactor(query: PcbFactorQuery): SourcedValue {
  checkNumber(query.layers, 'layers', { min: 1, max: 64, integer: true, fix: 'give the number of copper layers, e.g. 16' });
  const datasets = methodSearchOrder(query, DEFAULT_IC_METHOD);
  for (const d of datasets) {
    const row = rowsOf(d, 'pcb-factor').find((r) => r.layers === query.layers);
    if (row) return sourcedValue(d, row, 'kgCO2e/cm²', `${row.layers} layers`);
  }
  const layers = datasets.flatMap((d) => rowsOf(d, 'pcb-factor').map((r) => String(r.layers)));
  throw unknownKeyError('layers', query.layers, layers, { where: datasets.map((d) => d.name).join(', ') });
}
