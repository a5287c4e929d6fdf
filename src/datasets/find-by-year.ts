import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import type { Dataset } from './dataset.js';
import type { FactorRowBase } from './types.js';

/** A row found by {@link findByYear}, with the dataset it came from. */
export interface FoundRow<R> {
  /** The dataset the row was found in. */
  readonly dataset: Dataset;
  /** The matching row. */
  readonly row: R;
}

/** How {@link findByYear} chooses among a key's years. */
export interface YearChoice {
  /** The year wanted; left out = the latest year available (the result records it). */
  readonly year?: number;
  /** With `year`: take the nearest available year (earlier on a tie) instead of refusing. */
  readonly nearest?: boolean;
}

/**
 * Pick the row for a key and year across datasets searched in order. An exact
 * year is searched in every dataset first; with no year the latest year of
 * the first dataset that has the key is taken; with `nearest` the nearest
 * year of that dataset. Otherwise the error lists the years available.
 * Returns undefined when no dataset has the key at all.
 *
 * @throws {@link InputError} for a year no dataset has (without `nearest`), or a year that is not an integer
 * @example
 * typeof findByYear; // => 'function'
 */
export function findByYear<R extends FactorRowBase>(
  datasets: readonly Dataset[],
  rowsOfDataset: (d: Dataset) => readonly R[],
  matches: (row: R) => boolean,
  choice: YearChoice,
  path: string,
): FoundRow<R> | undefined {
  if (choice.year !== undefined) checkNumber(choice.year, `${path}.year`, { min: 1990, max: 2100, integer: true });
  if (choice.nearest === true && choice.year === undefined) {
    throw new InputError({ path: `${path}.nearest`, received: true, expected: 'nearest: true only together with a year', fix: 'pass { year, nearest: true } or leave both out for the latest year' });
  }
  const perDataset = datasets.map((dataset) => ({ dataset, rows: rowsOfDataset(dataset).filter(matches) })).filter((d) => d.rows.length > 0);
  if (perDataset.length === 0) return undefined;
  if (choice.year !== undefined) {
    for (const { dataset, rows } of perDataset) {
      const row = rows.find((r) => r.year === choice.year);
      if (row) return { dataset, row };
    }
  }
  const { dataset, rows } = perDataset[0];
  if (choice.year === undefined) {
    return { dataset, row: rows.reduce((a, b) => (b.year > a.year ? b : a)) };
  }
  if (choice.nearest === true) {
    const y = choice.year;
    const best = rows.reduce((a, b) => {
      const da = Math.abs(a.year - y);
      const db = Math.abs(b.year - y);
      return db < da || (db === da && b.year < a.year) ? b : a;
    });
    return { dataset, row: best };
  }
  const available = perDataset.map((d) => `${d.rows.map((r) => r.year).sort().join(', ')} (${d.dataset.name})`).join('; ');
  throw new InputError({
    path: `${path}.year`,
    received: choice.year,
    expected: `a year with data: ${available}`,
    problem: 'has no row',
    fix: 'pass one of the years listed, leave the year out for the latest, or pass { year, nearest: true } to take the nearest (recorded in the result)',
  });
}
