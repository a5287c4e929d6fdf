import { rowsOf } from './dataset.js';
import { methodSearchOrder, sourcedValue, unknownKeyError, type FactorSource } from './factor-source.js';
import { normaliseKeyPart } from './load-dataset.js';
import { STORAGE_TECHNOLOGIES, type StorageFactorRow } from './schemas/index.js';
import type { SourcedValue } from './types.js';

/** The per-GB factor set used when a query names none: the cross-source spread. */
export const DEFAULT_STORAGE_METHOD = 'memory-storage-per-gb';

/** What {@link lookupStorageFactor} is asked for. */
export interface StorageFactorQuery extends FactorSource {
  /** Storage technology (see `STORAGE_TECHNOLOGIES`). */
  readonly technology: (typeof STORAGE_TECHNOLOGIES)[number];
  /** Process or product (`ddr3_50nm`, `nand_10nm`); left out = the set's generic value. */
  readonly process?: string;
  /** Factor set = dataset name: `memory-storage-per-gb` (default), `act-2022`, or a user dataset's name. */
  readonly method?: string;
}

/**
 * Manufacturing carbon of memory or storage per GB of capacity, in
 * kgCO2e/GB. Rows published per GB of good dies (ACT's convention, marked by
 * a `yield` cell) are divided by that yield here, range included, and the
 * note says so.
 *
 * @throws {@link InputError} for an unknown technology, method or process, listing what exists
 * @example
 * // ACT, DDR3 50 nm: 600 g/GB ÷ yield 0.875
 * lookupStorageFactor({ technology: 'dram', process: 'ddr3_50nm', method: 'act-2022' }).value; // => 0.6857142857142857
 */
export function lookupStorageFactor(query: StorageFactorQuery): SourcedValue {
  if (!STORAGE_TECHNOLOGIES.includes(query.technology)) throw unknownKeyError('technology', query.technology, STORAGE_TECHNOLOGIES);
  const datasets = methodSearchOrder(query, DEFAULT_STORAGE_METHOD);
  const wanted = normaliseKeyPart(query.process);
  for (const d of datasets) {
    const row = rowsOf(d, 'storage-factor').find((r) => r.technology === query.technology && normaliseKeyPart(r.process) === wanted);
    if (row) return sourcedValue(d, perProduct(row), 'kgCO2e/GB', `${row.technology}:${row.process ?? 'generic'}`);
  }
  const rows = datasets.flatMap((d) => rowsOf(d, 'storage-factor').filter((r) => r.technology === query.technology));
  if (rows.length === 0) {
    throw unknownKeyError('technology', query.technology, datasets.flatMap((d) => rowsOf(d, 'storage-factor').map((r) => r.technology)), { where: datasets.map((d) => d.name).join(', ') });
  }
  throw unknownKeyError(`process (${query.technology})`, query.process ?? '(generic)', rows.map((r) => r.process ?? '(generic: leave process out)'), { where: datasets.map((d) => d.name).join(', ') });
}

function perProduct(row: StorageFactorRow): StorageFactorRow {
  const y = row.yield;
  if (y === undefined) return row;
  const note = `${row.note ? `${row.note}; ` : ''}published ${row.value} kgCO2e/GB ÷ yield ${y}`;
  return {
    ...row,
    value: row.value / y,
    ...(row.min !== undefined && row.max !== undefined ? { min: row.min / y, max: row.max / y } : {}),
    note,
  };
}
