import { HOURS_PER_YEAR } from '../lca/units.js';
import type { Workload } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject } from './read-object.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/**
 * Parse the workload: utilisation (required — too influential to default)
 * and hours of operation per year (default 8,760 h, always on).
 *
 * @throws {@link InputError} for any invalid field, naming its path
 */
export function parseWorkload(ctx: ParseContext, raw: unknown, path: string): Workload {
  const o = readObject(raw, path, STUDY_FIELDS.workload);
  const utilization = readParam(ctx, o.utilization, `${path}.utilization`, { kind: 'fraction' });
  const hoursPerYear = readParam(
    ctx,
    o.hoursPerYear,
    `${path}.hoursPerYear`,
    { kind: 'duration', rule: { min: 0, max: HOURS_PER_YEAR, fix: 'a year has at most 8,760 hours' } },
    o.hoursPerYear === undefined ? { status: 'default', factor: { value: HOURS_PER_YEAR, unit: 'h', source: { citation: 'library default: continuous operation, 365 d × 24 h = 8,760 h per year (as in Clemm et al. 2024, IV.C)' } } } : undefined,
  );
  return { utilization, hoursPerYear };
}
