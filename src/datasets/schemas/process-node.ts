import type { RowSchema } from '../schema.js';

/**
 * A row of a `process-node` table: which process key of a factor set stands
 * for a vendor's process name that the set does not list.
 */
export interface ProcessNodeRow {
  /** The factor set (dataset name) the mapping is for: `act-2022`, `clemm-2024` … */
  readonly method: string;
  /** The vendor's or catalogue's process name (`TSMC 4N`, `Intel 7`); matched ignoring case, spaces and hyphens. */
  readonly process: string;
  /** The process key of the factor set's row to use (`5nm`); absent = the set's generic row (process left out). */
  readonly node?: string;
  /** Id of one of the manifest's sources. */
  readonly source: string;
  /** Year the mapping refers to. */
  readonly year: number;
  /** Why this node is the nearest; caveats. */
  readonly note?: string;
}

/**
 * Schema `process-node`: maps a process name a factor set does not list
 * (`TSMC 4N`) to the nearest process row of that set (`5nm` in `act-2022`),
 * with the source that says the two belong to the same family. Key: method,
 * process. {@link lookupIcFactor} applies it and records the mapping as an
 * assumption of the result.
 *
 * @example
 * processNodeSchema.key; // => ['method', 'process']
 */
export const processNodeSchema: RowSchema = {
  id: 'process-node',
  description: 'The nearest process row of a factor set for a process name the set does not list',
  columns: [
    { name: 'method', type: 'string', required: true, description: 'factor set (dataset name) the mapping is for' },
    { name: 'process', type: 'string', required: true, description: "the vendor's or catalogue's process name" },
    { name: 'node', type: 'string', required: false, description: "process key of the set's row to use; empty = the set's generic row" },
    { name: 'source', type: 'string', required: true, description: "id of one of the manifest's sources" },
    { name: 'year', type: 'integer', required: true, description: 'year the mapping refers to', min: 1990, max: 2100 },
    { name: 'note', type: 'string', required: false, description: 'why this node is the nearest; caveats' },
  ],
  key: ['method', 'process'],
};
