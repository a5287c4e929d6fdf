import { InputError } from '../errors/index.js';
import { loadBundledDataset } from './bundled.js';
import { rowsOf, type Dataset } from './dataset.js';
import { methodSearchOrder, sourcedValue, unknownKeyError, type FactorSource } from './factor-source.js';
import { normaliseKeyPart } from './load-dataset.js';
import { IC_TECHNOLOGIES, type IcFactorRow, type IcTechnology, type ProcessNodeRow } from './schemas/index.js';
import type { SourcedValue } from './types.js';

/** The factor set used when a query names none: the seed paper's (Clemm et al. 2024). */
export const DEFAULT_IC_METHOD = 'clemm-2024';

/** The bundled dataset of `process-node` rows: vendor process names → nearest node of each factor set. */
export const PROCESS_NODES_DATASET = 'process-nodes';

/** What {@link lookupIcFactor} is asked for. */
export interface IcFactorQuery extends FactorSource {
  /** IC technology: `logic`, `dram`, `nand`, `hbm`, `other` … (see `IC_TECHNOLOGIES`). */
  readonly technology: IcTechnology;
  /** Process generation (`Intel 7`, `28 nm`); matched ignoring case, spaces and hyphens. Left out = the factor set's generic value. */
  readonly process?: string;
  /** The factor set = the dataset's name: `clemm-2024` (default), `act-2022`, `boavizta-uba`, or a user dataset's name. */
  readonly method?: string;
}

function findRow(d: Dataset, technology: string, process: string): IcFactorRow | undefined {
  return rowsOf(d, 'ic-factor').find((r) => r.technology === technology && normaliseKeyPart(r.process) === process);
}

/** The `process-node` row for this set and process: the user's datasets first, then the bundled table. */
function findNode(query: IcFactorQuery, set: string, process: string): { row: ProcessNodeRow; table: Dataset } | undefined {
  const tables = [...(query.datasets ?? []), ...(query.bundled === false ? [] : [loadBundledDataset(PROCESS_NODES_DATASET)])];
  for (const table of tables) {
    const row = rowsOf(table, 'process-node').find((r) => normaliseKeyPart(r.method) === normaliseKeyPart(set) && normaliseKeyPart(r.process) === process);
    if (row) return { row, table };
  }
  return undefined;
}

/**
 * Manufacturing carbon of an integrated circuit per cm² of die, in
 * kgCO2e/cm², by technology and process, from a named factor set. Published
 * sets disagree widely; the result records which set, source and year it
 * came from. A process the set does not list is looked up in the
 * `process-nodes` table (and `process-node` tables of the user's datasets):
 * `TSMC 4N` → `5nm` in `act-2022`, each mapping with its source; the
 * result's `assumption` says so. A process neither lists is refused with the
 * processes the set has (no silent generic fallback).
 *
 * @throws {@link InputError} for an unknown technology, method or process, listing what exists
 * @example
 * lookupIcFactor({ technology: 'logic', process: 'Intel 7' }).value; // => 3
 * lookupIcFactor({ technology: 'dram' }).value; // => 1.8
 * lookupIcFactor({ technology: 'dram' }).dataset.name; // => 'clemm-2024'
 * // TSMC 4N (H100) is not an ACT key: ACT's 5nm row, recorded as an assumption
 * lookupIcFactor({ technology: 'logic', process: 'TSMC 4N', method: 'act-2022' }).key; // => 'logic:5nm'
 */
export function lookupIcFactor(query: IcFactorQuery): SourcedValue {
  if (!IC_TECHNOLOGIES.includes(query.technology)) throw unknownKeyError('technology', query.technology, IC_TECHNOLOGIES);
  if (query.process !== undefined && (typeof query.process !== 'string' || query.process.trim() === '')) {
    throw new InputError({ path: 'process', received: query.process, expected: 'a process name such as "Intel 7" or "28 nm", or leave it out', fix: 'leave process out for the generic factor' });
  }
  const datasets = methodSearchOrder(query, DEFAULT_IC_METHOD);
  const wanted = normaliseKeyPart(query.process);
  for (const d of datasets) {
    const row = findRow(d, query.technology, wanted);
    if (row) return sourcedValue(d, row, 'kgCO2e/cm²', `${row.technology}:${row.process ?? 'generic'}`);
  }
  if (query.process !== undefined) {
    for (const d of datasets) {
      const node = findNode(query, d.name, wanted);
      const row = node && findRow(d, query.technology, normaliseKeyPart(node.row.node));
      if (node && row) {
        const src = node.table.manifest.sources.find((s) => s.id === node.row.source);
        const to = row.process === undefined ? 'generic row' : `"${row.process}" row`;
        const assumption = `process "${query.process}" is not a key of ${d.name}: its ${to} is used (${node.table.name} ${node.table.version}, source ${src?.id ?? node.row.source}: ${node.row.note ?? 'nearest node'})`;
        return Object.freeze({ ...sourcedValue(d, row, 'kgCO2e/cm²', `${row.technology}:${row.process ?? 'generic'}`), assumption });
      }
    }
  }
  const sameTech = datasets.flatMap((d) => rowsOf(d, 'ic-factor').filter((r) => r.technology === query.technology));
  if (sameTech.length === 0) {
    const techs = datasets.flatMap((d) => rowsOf(d, 'ic-factor').map((r) => r.technology));
    throw unknownKeyError('technology', query.technology, techs, { where: `factor set ${datasets.map((d) => d.name).join(', ')}; try another method` });
  }
  const processes = sameTech.map((r) => r.process ?? '(generic: leave process out)');
  throw unknownKeyError(`process (${query.technology})`, query.process ?? '(generic)', processes, { where: datasets.map((d) => d.name).join(', ') });
}
