import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type LookupOptions } from './factor-source.js';
import { findByYear, type YearChoice } from './find-by-year.js';
import type { SourcedValue } from './types.js';

/** Bundled datasets searched for PUE values, in order. */
export const DEFAULT_PUE_DATASETS: readonly string[] = ['pue'];

/**
 * Power usage effectiveness (total facility energy ÷ IT energy; unit `1`) of
 * the industry average or a cloud provider's fleet (`industry`, `aws`, `gcp`, `azure`),
 * for a year (exact; latest when left out; `nearest: true` to take the
 * nearest and record it).
 *
 * @throws {@link InputError} for an unknown key (with close matches) or a year without data
 * @example
 * lookupPue('industry', { year: 2022 }).value; // => 1.55
 */
export function lookupPue(key: string, options: LookupOptions & YearChoice = {}): SourcedValue {
  const datasets = searchOrder(options, DEFAULT_PUE_DATASETS);
  const found = findByYear(datasets, (d) => rowsOf(d, 'pue'), (r) => r.key === key, options, 'pue');
  if (!found) throw unknownKeyError('pue key', key, datasets.flatMap((d) => rowsOf(d, 'pue').map((r) => r.key)), { where: datasets.map((d) => d.name).join(', ') });
  return sourcedValue(found.dataset, found.row, '1', `${found.row.key}:${found.row.year}`);
}
