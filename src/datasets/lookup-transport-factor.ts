import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type LookupOptions } from './factor-source.js';
import type { SourcedValue } from './types.js';

/** Bundled datasets searched for freight transport factors, in order. */
export const DEFAULT_TRANSPORT_DATASETS: readonly string[] = ['transport-factors'];

/**
 * Emissions of freight by mode per tonne carried one kilometre
 * [kgCO2e/(t·km)]: `truck`, `rail`, `air`, `ship`.
 *
 * @throws {@link InputError} for an unknown mode, listing close matches
 * @example
 * lookupTransportFactor('truck').value; // => 0.14993
 * lookupTransportFactor('ship').unit; // => 'kgCO2e/(t·km)'
 */
export function lookupTransportFactor(mode: string, options: LookupOptions = {}): SourcedValue {
  const datasets = searchOrder(options, DEFAULT_TRANSPORT_DATASETS);
  for (const d of datasets) {
    const row = rowsOf(d, 'transport-factor').find((r) => r.mode === mode);
    if (row) return sourcedValue(d, row, 'kgCO2e/(t·km)', row.mode);
  }
  throw unknownKeyError('transport mode', mode, datasets.flatMap((d) => rowsOf(d, 'transport-factor').map((r) => r.mode)), { aliases: { road: 'truck', lorry: 'truck', sea: 'ship', boat: 'ship', plane: 'air', train: 'rail' }, where: datasets.map((d) => d.name).join(', ') });
}
