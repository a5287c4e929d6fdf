import { InputError } from '../errors/index.js';
import type { Allocation, AllocationRule, Server } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { DEFAULT_LIFETIME_YEARS } from '../lca/lifetime.js';
import { readObject, readString } from './read-object.js';
import { readParam } from './read-param.js';
import { checkNumber } from '../validate/index.js';
import type { Param } from '../system/index.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const RULES: readonly AllocationRule[] = ['time', 'energy', 'flops'];

/**
 * The share of a host a job holds: a fraction in (0, 1], or `{"vcpus": k,
 * "of": n}` for k of a host's n vCPUs (k ≤ n), recorded as k ÷ n with the
 * rule as its source.
 */
function readShare(ctx: ParseContext, raw: unknown, path: string): Param {
  const rule = { minExclusive: true, fix: 'the share of the host the job holds, in (0, 1]: 12 of 96 vCPUs is 0.125 or {"vcpus": 12, "of": 96}' };
  if (typeof raw === 'object' && raw !== null && ('vcpus' in raw || 'of' in raw)) {
    const o = readObject(raw, path, ['vcpus', 'of', 'source']);
    const vcpus = checkNumber(o.vcpus, `${path}.vcpus`, { min: 0, minExclusive: true, fix: 'the vCPUs of the instance, > 0' });
    const of = checkNumber(o.of, `${path}.of`, { min: vcpus, fix: `the vCPUs of the whole host, at least the instance's ${vcpus}` });
    const cited = typeof o.source === 'string' ? `; ${o.source}` : '';
    return readParam(ctx, { value: vcpus / of, source: `${vcpus} of ${of} vCPUs of the host${cited}` }, path, { kind: 'fraction', rule });
  }
  return readParam(ctx, raw, path, { kind: 'fraction', rule });
}

/**
 * Parse how a job is charged its share of shared hardware's embodied carbon:
 * `rule` (`time`, the default; `energy`; `flops`), the hardware `lifetime`
 * (the referenced server's own lifetime input when the job runs on a study
 * server, else the library default of 4 years) and the expected
 * `utilization` over that lifetime — required: it decides the share and no
 * default fits both a busy supercomputer and an idle cloud fleet.
 *
 * @throws {@link InputError} for a missing utilisation or an unknown rule
 */
export function parseAllocation(ctx: ParseContext, raw: unknown, path: string, server: Server | undefined): Allocation {
  if (raw === undefined) {
    throw new InputError({
      path,
      received: undefined,
      expected: '{"utilization": <expected share of the hardware lifetime busy>, "lifetime": "<years>"}',
      problem: 'is missing, but the job has embodied carbon to allocate',
      fix: 'give allocation.utilization (e.g. 0.85, the figure IDRIS gave for Jean Zay), or set the embodied carbon to 0 to leave it out on purpose',
    });
  }
  const o = readObject(raw, path, STUDY_FIELDS.allocation);
  const rule = (readString(o, 'rule', path, false) ?? 'time') as AllocationRule;
  if (!RULES.includes(rule)) {
    throw new InputError({ path: `${path}.rule`, received: o.rule, expected: `one of ${RULES.join(', ')}`, problem: 'is not a known allocation rule', fix: 'see docs/allocation.md' });
  }
  const lifetime =
    o.lifetime === undefined && server !== undefined
      ? server.lifetime
      : readParam(
          ctx,
          o.lifetime,
          `${path}.lifetime`,
          { kind: 'lifetime', rule: { min: 0, minExclusive: true, fix: 'a lifetime must be finite and > 0 years', plausible: { low: 0.5, high: 20, why: 'data-centre hardware is used for about 3 to 7 years' } } },
          o.lifetime === undefined ? { status: 'default', factor: DEFAULT_LIFETIME_YEARS } : undefined,
        );
  // readParam refuses 0 (minExclusive): it would divide the embodied carbon by zero
  const utilization = readParam(ctx, o.utilization, `${path}.utilization`, {
    kind: 'fraction',
    rule: { minExclusive: true, fix: 'give the expected share of the lifetime the hardware is busy; 0 would divide the embodied carbon by zero', plausible: { low: 0.05, high: 1, why: 'hardware busy less than 5 % of its life charges each job a very large share' } },
  });
  return { rule, lifetime, utilization, ...(o.share !== undefined ? { share: readShare(ctx, o.share, `${path}.share`) } : {}) };
}
