import { InputError } from '../errors/index.js';
import { FUNCTIONAL_UNITS, FUNCTIONAL_UNITS_PER, type FunctionalUnit, type FunctionalUnitPer } from '../system/index.js';
import { checkNumber } from '../validate/index.js';
import { readObject } from './read-object.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const PER = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)?\s*(training-run|request|token|image|hour)s?\s*$/i;
const EXPECTED = '"year", "lifetime", "training-run", "request", "1000 tokens", "image", "hour", or {"per": "request", "count": 1000}';

function perUnit(text: string, path: string): { per: FunctionalUnitPer; count?: number } {
  const m = PER.exec(text);
  if (!m) throw new InputError({ path, received: text, expected: EXPECTED, problem: 'is not a known functional unit' });
  const per = (m[2]).toLowerCase() as FunctionalUnitPer;
  return m[1] === undefined ? { per } : { per, count: checkNumber(Number(m[1]), path, { min: 0, minExclusive: true }) };
}

/**
 * Read a study's functional unit: `"year"` (default) or `"lifetime"`, or a
 * count of units of service — `"training-run"`, `"request"`,
 * `"1000 tokens"`, `"image"`, or `{"per": "request", "count": 1000}`.
 *
 * @param raw - the `functionalUnit` field as written
 * @throws {@link InputError} for an unknown unit or a count that is not > 0
 * @example
 * parseFunctionalUnit('1000 tokens'); // => { per: 'token', count: 1000 }
 * parseFunctionalUnit({ per: 'request', count: 100 }); // => { per: 'request', count: 100 }
 * parseFunctionalUnit(undefined); // => 'year'
 */
export function parseFunctionalUnit(raw: unknown, path = 'functionalUnit'): FunctionalUnit {
  const fu = raw ?? 'year';
  if (typeof fu === 'string') {
    if (Object.hasOwn(FUNCTIONAL_UNITS, fu)) return fu as FunctionalUnit;
    const p = perUnit(fu, path);
    return { per: p.per, count: p.count ?? 1 };
  }
  if (typeof fu === 'object' && fu !== null && !Array.isArray(fu)) {
    const o = readObject(fu, path, STUDY_FIELDS.functionalUnit);
    if (typeof o.per !== 'string') throw new InputError({ path: `${path}.per`, received: o.per, expected: Object.keys(FUNCTIONAL_UNITS_PER).join(', '), problem: 'is missing' });
    const p = perUnit(o.per, `${path}.per`);
    if (p.count !== undefined && o.count !== undefined) throw new InputError({ path: `${path}.count`, received: o.count, expected: 'the count once', problem: `is given twice ("${o.per}" already has one)` });
    const count = o.count === undefined ? (p.count ?? 1) : checkNumber(o.count, `${path}.count`, { min: 0, minExclusive: true });
    return { per: p.per, count };
  }
  throw new InputError({ path, received: fu, expected: EXPECTED, problem: 'is not a known functional unit' });
}

/**
 * The functional unit in words, with the unit of its value.
 *
 * @param fu - a parsed functional unit
 * @returns `label`, the unit in words, and `unit`, the unit of a footprint per functional unit
 * @example
 * describeFunctionalUnit({ per: 'token', count: 1000 }); // => { label: 'footprint per 1000 tokens', unit: 'kgCO2e/1000 tokens' }
 * describeFunctionalUnit('year'); // => { label: 'footprint per year of operation', unit: 'kgCO2e/year' }
 */
export function describeFunctionalUnit(fu: FunctionalUnit): {
  /** The functional unit in words (`footprint per 1000 tokens`). */
  label: string;
  /** Unit of a footprint per functional unit (`kgCO2e/year`, `kgCO2e/1000 tokens`). */
  unit: string;
} {
  if (fu === 'year') return { label: 'footprint per year of operation', unit: 'kgCO2e/year' };
  if (fu === 'lifetime') return { label: 'footprint over the service life', unit: 'kgCO2e' };
  const noun = fu.per === 'training-run' ? 'training run' : fu.per;
  const what = fu.count === 1 ? noun : `${fu.count} ${noun}s`;
  return { label: `footprint per ${what}`, unit: `kgCO2e/${what}` };
}
