import { InputError } from '../errors/index.js';
import { REUSE_RULES, type Reuse, type ReuseRule } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, readSource, type RawObject } from './read-object.js';
import { readImpacts } from './read-impacts.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const LIFE = { min: 0, minExclusive: true, fix: 'a life must be finite and > 0 years; write it like "3 years"', plausible: { low: 0.5, high: 20, why: 'servers are used for about 3 to 7 years in each life' } } as const;

/**
 * Read a server group's `reuse`: the allocation rule (cut-off,
 * service-years, equal), the years of the first and second lives, the
 * refurbishment impact per server [kgCO2e] (charged to the second life) and
 * the life assessed (`life`, default first). The years of the life assessed
 * become the group's lifetime, so a study giving `lifetime` as well is
 * refused.
 *
 * @param ctx - the parse context
 * @param o - the server object
 * @param path - its study path (`servers[0]`)
 * @throws {@link InputError} for an unknown rule or life, `lifetime` given too, or a value out of range
 * @example
 * const study = defineStudy({ name: 'x', servers: [{ name: 'b', components: [{ type: 'part', name: 'case', perUnit: '10 kgCO2e' }],
 *   reuse: { rule: 'equal', firstLife: '4 years', secondLife: '3 years', life: 'second' }, power: { active: '100 W', idle: '50 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: 0.4 } });
 * study.servers[0].lifetime.value; // => 3
 */
export function readReuse(ctx: ParseContext, o: RawObject, path: string): Reuse | undefined {
  if (o.reuse === undefined) return undefined;
  const at = `${path}.reuse`;
  if (o.lifetime !== undefined) {
    throw new InputError({ path: `${path}.lifetime`, received: o.lifetime, expected: 'no lifetime beside reuse', problem: 'is given twice: reuse names the years of each life', fix: `remove ${path}.lifetime; the life assessed (${at}.life) sets it` });
  }
  const r = readObject(o.reuse, at, STUDY_FIELDS.reuse);
  const rule = r.rule as ReuseRule;
  if (!REUSE_RULES.includes(rule)) {
    throw new InputError({ path: `${at}.rule`, received: r.rule, expected: `one of ${REUSE_RULES.join(', ')}`, problem: r.rule === undefined ? 'is missing' : 'is not a known allocation rule', fix: 'cut-off: all to the first life; service-years: by years of each life; equal: 50/50' });
  }
  const life = r.life ?? 'first';
  if (life !== 'first' && life !== 'second') {
    throw new InputError({ path: `${at}.life`, received: r.life, expected: '"first" or "second"', problem: 'is not a life of the hardware' });
  }
  const src = readSource(r, at);
  const firstLife = readParam(ctx, r.firstLife, `${at}.firstLife`, { kind: 'lifetime', rule: LIFE }, undefined, src);
  const secondLife = readParam(ctx, r.secondLife, `${at}.secondLife`, { kind: 'lifetime', rule: LIFE }, undefined, src);
  const refurbishment = r.refurbishment === undefined ? undefined : readParam(ctx, r.refurbishment, `${at}.refurbishment`, { kind: 'carbon', rule: { min: 0 } }, undefined, src);
  readImpacts(ctx, r, at, { refurbishment: 'impact' });
  return { rule, firstLife, secondLife, life, ...(refurbishment !== undefined ? { refurbishment } : {}) };
}
