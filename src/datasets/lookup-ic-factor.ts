import { InputError } from '../errors/index.js';
import { rowsOf } from './dataset.js';
import { methodSearchOrder, sourcedValue, unknownKeyError, type FactorSource } from './factor-source.js';
import { normaliseKeyPart } from './load-dataset.js';
import { IC_TECHNOLOGIES, type IcTechnology } from './schemas/index.js';
import type { SourcedValue } from './types.js';

/** The factor set used when a query names none: the seed paper's (Clemm et al. 2024). */
export const DEFAULT_IC_METHOD = 'clemm-2024';

/** What {@link lookupIcFactor} is asked for. */
export interface IcFactorQuery extends FactorSource {
  /** IC technology: `logic`, `dram`, `nand`, `hbm`, `other` … (see `IC_TECHNOLOGIES`). */
  readonly technology: IcTechnology;
  /** Process generation (`Intel 7`, `28 nm`); matched ignoring case, spaces and hyphens. Left out = the factor set's generic value. */
  readonly process?: string;
  /** The factor set = the dataset's name: `clemm-2024` (default), `act-2022`, `boavizta-uba`, or a user dataset's name. */
  readonly method?: string;
}

/**
 * Manufacturing carbon of an integrated circuit per cm² of die, in
 * kgCO2e/cm², by technology and process, from a named factor set. Published
 * sets disagree widely; the result records which set, source and year it
 * came from. A process the set does not list is refused with the processes it
 * has (no silent generic fallback).
 *
 * @throws {@link InputError} for an unknown technology, method or process, listing what exists
 * @example
 * lookupIcFactor({ technology: 'logic', process: 'Intel 7' }).value; // => 3
 * lookupIcFactor({ technology: 'dram' }).value; // => 1.8
 * lookupIcFactor({ technology: 'dram' }).dataset.name; // => 'clemm-2024'
 */
export function lookupIcFactor(query: IcFactorQuery): SourcedValue {
  if (!IC_TECHNOLOGIES.includes(query.technology)) throw unknownKeyError('technology', query.technology, IC_TECHNOLOGIES);
  if (query.process !== undefined && (typeof query.process !== 'string' || query.process.trim() === '')) {
    throw new InputError({ path: 'process', received: query.process, expected: 'a process name such as "Intel 7" or "28 nm", or leave it out', fix: 'leave process out for the generic factor' });
  }
  const datasets = methodSearchOrder(query, DEFAULT_IC_METHOD);
  const wanted = normaliseKeyPart(query.process);
  for (const d of datasets) {
    const row = rowsOf(d, 'ic-factor').find((r) => r.technology === query.technology && normaliseKeyPart(r.process) === wanted);
    if (row) return sourcedValue(d, row, 'kgCO2e/cm²', `${row.technology}:${row.process ?? 'generic'}`);
  }
  const sameTech = datasets.flatMap((d) => rowsOf(d, 'ic-factor').filter((r) => r.technology === query.technology));
  if (sameTech.length === 0) {
    const techs = datasets.flatMap((d) => rowsOf(d, 'ic-factor').map((r) => r.technology));
    throw unknownKeyError('technology', query.technology, techs, { where: `factor set ${datasets.map((d) => d.name).join(', ')}; try another method` });
  }
  const processes = sameTech.map((r) => r.process ?? '(generic: leave process out)');
  throw unknownKeyError(`process (${query.technology})`, query.process ?? '(generic)', processes, { where: datasets.map((d) => d.name).join(', ') });
}
