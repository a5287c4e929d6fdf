import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type FactorSource } from './factor-source.js';
import { lookupGridIntensity } from './lookup-grid-intensity.js';
import { lookupParameter } from './lookup-keyed.js';
import type { SourcedValue } from './types.js';

/** What {@link actLogicParameters} is asked for. */
export interface ActLogicQuery extends FactorSource {
  /** Process node: `28nm` … `3nm` (`28 nm` and `N28` are accepted spellings of `28nm`). */
  readonly node: string;
  /** Gas abatement level in percent: 95, 97 (ACT's default: mean of 95 and 99) or 99. */
  readonly abatement?: 95 | 97 | 99;
  /** Where the fab is, as a grid-intensity location of the act-2022 dataset (`TW`, `KR`, `US`) or a source (`coal`, `wind`); default `TW`, ACT's default. */
  readonly fabLocation?: string;
  /** Year of the fab location's intensity; default 2022, ACT's default table. */
  readonly fabYear?: number;
  /** An explicit fab intensity in kgCO2e/kWh instead of a location. */
  readonly fabIntensity?: number;
  /** Fab yield in (0, 1]; default ACT's 0.875. */
  readonly yieldFraction?: number;
}

/** Every parameter of ACT's logic model for one node, each traceable. */
export interface ActLogicParameters {
  /** EPA: fab electricity per die area [kWh/cm²]. */
  readonly epa: SourcedValue;
  /** GPA: fab gas emissions per die area at the chosen abatement [kgCO2e/cm²]. */
  readonly gpa: SourcedValue;
  /** MPA: raw-material emissions per die area [kgCO2e/cm²]. */
  readonly mpa: SourcedValue;
  /** Carbon intensity of the fab's electricity [kgCO2e/kWh]. */
  readonly fabIntensity: SourcedValue;
  /** Fab yield Y, a fraction in (0, 1]. */
  readonly yieldFraction: SourcedValue;
  /** Packaging per IC, kgCO2e. */
  readonly packagingPerIc: SourcedValue;
}

const ACT = 'act-2022';

/**
 * The parameters of ACT's carbon per area for a logic node, each as a
 * {@link SourcedValue} so that a study can compile CPA = (CI_fab × EPA + GPA
 * + MPA) / Y into its expression graph and make any of them uncertain. GPA at
 * 97 % abatement is ACT's mean of the 95 % and 99 % columns and carries a
 * uniform range between them. A caller-given fab intensity or yield is
 * returned with source id `user`.
 *
 * @throws {@link InputError} for an unknown node, abatement level or fab location, or both a location and an intensity
 * @example
 * const p = actLogicParameters({ node: '28nm', abatement: 95, fabLocation: 'coal' });
 * [p.epa.value, p.gpa.value, p.mpa.value, p.fabIntensity.value, p.yieldFraction.value]; // => [0.9, 0.175, 0.5, 0.82, 0.875]
 */
export function actLogicParameters(query: ActLogicQuery): ActLogicParameters {
  const abatement = query.abatement ?? 97;
  if (![95, 97, 99].includes(abatement)) {
    throw new InputError({ path: 'abatement', received: abatement, expected: '95, 97 or 99 (percent of fab gases abated)', fix: '97 is ACT’s default' });
  }
  if (query.fabIntensity !== undefined && query.fabLocation !== undefined) {
    throw new InputError({ path: 'fabIntensity', received: query.fabIntensity, expected: 'either fabLocation or fabIntensity, not both', fix: 'remove one of them' });
  }
  const datasets = searchOrder({ ...query, dataset: ACT }, [], 'dataset');
  const node = normaliseNode(query.node);
  const found = datasets.map((d) => ({ d, row: rowsOf(d, 'logic-fab').find((r) => r.node === node) })).find((x) => x.row);
  if (!found) throw unknownKeyError('node', query.node, datasets.flatMap((d) => rowsOf(d, 'logic-fab').map((r) => r.node)), { where: ACT });
  const { d, row } = found as { d: (typeof datasets)[number]; row: NonNullable<(typeof found)['row']> };
  const base = { source: row.source, year: row.year, origin: row.origin };
  const gpaValue = abatement === 95 ? row.gpa95 : abatement === 99 ? row.gpa99 : (row.gpa95 + row.gpa99) / 2;
  const gpaRow =
    abatement === 97
      ? { ...base, value: gpaValue, min: row.gpa99, max: row.gpa95, dist: 'uniform' as const, note: 'ACT default: mean of the 95 % and 99 % abatement columns; range between them' }
      : { ...base, value: gpaValue };
  const user = (value: number, unit: string, key: string): SourcedValue =>
    Object.freeze({ value, unit, key, dataset: { name: 'user', version: '' }, source: { id: 'user', citation: 'given by the caller', url: '' } });
  const fabIntensity =
    query.fabIntensity !== undefined
      ? user(checkNumber(query.fabIntensity, 'fabIntensity', { min: 0, max: 2, unit: 'kgCO2e/kWh' }), 'kgCO2e/kWh', 'fabIntensity')
      : lookupGridIntensity({ ...query, location: query.fabLocation ?? 'TW', year: isSource(query.fabLocation) ? undefined : (query.fabYear ?? 2022), dataset: ACT });
  const yieldFraction =
    query.yieldFraction !== undefined
      ? user(checkNumber(query.yieldFraction, 'yieldFraction', { min: 0, max: 1, minExclusive: true }), '1', 'yieldFraction')
      : lookupParameter('fab-yield', { ...query, dataset: ACT });
  return Object.freeze({
    epa: sourcedValue(d, { ...base, value: row.epa }, 'kWh/cm²', `epa:${node}`),
    gpa: sourcedValue(d, gpaRow, 'kgCO2e/cm²', `gpa${abatement}:${node}`),
    mpa: sourcedValue(d, { ...base, value: row.mpa }, 'kgCO2e/cm²', `mpa:${node}`),
    fabIntensity,
    yieldFraction,
    packagingPerIc: lookupParameter('ic-packaging', { ...query, dataset: ACT }),
  });
}

/** ACT's generation-source rows (coal, wind …) have one year only. */
function isSource(location: string | undefined): boolean {
  return location !== undefined && /^[a-z]/.test(location);
}

function normaliseNode(node: unknown): string {
  if (typeof node !== 'string') return String(node);
  const m = /^\s*N?(\d+(?:\.\d+)?)\s*(?:nm)?\s*$/i.exec(node);
  return m ? `${m[1]}nm` : node;
}
