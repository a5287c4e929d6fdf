import { InputError } from '../errors/index.js';
import { splitSamples } from '../mc/index.js';
import type { DesignRowRange } from '../sensitivity/index.js';

/**
 * Split the rows [0, R) of a design into K consecutive shards whose sizes
 * differ by at most one (the first R mod K get ⌈R/K⌉ rows), as
 * `ailca sensitivity --shards` does: the split of `splitSamples`, with rows
 * for samples. A Saltelli design has n(d + 2) rows, n(2d + 2) with second order.
 *
 * @param rows - R, the rows of the design
 * @param shards - K, an integer in [1, R]
 * @returns K ranges [start, end), in order, covering [0, R)
 * @throws {@link InputError} (path `shards`) when K is not a whole number in [1, R]: more shards than rows would leave some empty
 * @example
 * splitDesignRows(10, 3); // => [{ start: 0, end: 4 }, { start: 4, end: 7 }, { start: 7, end: 10 }]
 */
export function splitDesignRows(rows: number, shards: number): DesignRowRange[] {
  try {
    return splitSamples(rows, shards);
  } catch (e) {
    if (!(e instanceof InputError) || e.path !== 'shards') throw e;
    throw new InputError({
      path: 'shards',
      received: shards,
      expected: `a whole number in [1, ${rows}] (at most one shard per design row)`,
      problem: typeof shards === 'number' && shards > rows ? `is more than the ${rows} rows of the design: some shards would be empty` : 'is not a valid shard count',
      fix: `ask for fewer shards, e.g. ${Math.max(1, Math.min(rows, 100))}, or more base samples`,
    });
  }
}
