import { InputError } from '../errors/index.js';
import { DEFAULT_RECYCLING_FACTOR, DEFAULT_RECYCLING_IMPACTS } from '../lca/end-of-life.js';
import { impactKind } from '../units/index.js';
import { EOL_TREATMENTS, type Component, type EolTreatment, type Param, type ServerEndOfLife } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, readSource, readString, type RawObject } from './read-object.js';
import { readImpacts, recordImpact } from './read-impacts.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/**
 * With the default recycling factor, the same source's factors in the
 * categories the study lists and the entry gives none for (reported as
 * defaults at `<entry>.impacts.<category>.factor`).
 */
function defaultCategoryFactors(ctx: ParseContext, e: RawObject, at: string): void {
  for (const category of ['adpe', 'pe'] as const) {
    if (!ctx.categories.includes(category)) continue;
    const own = ((e.impacts as RawObject | undefined)?.[category] as RawObject | undefined)?.factor;
    if (own !== undefined) continue;
    const param = readParam(ctx, undefined, `${at}.impacts.${category}.factor`, { kind: impactKind(category, 'massFactor') }, { status: 'default', factor: DEFAULT_RECYCLING_IMPACTS[category] });
    recordImpact(ctx, `${at}.factor`, category, param);
  }
}

const FACTOR = { min: 0, plausible: { low: 0, high: 50, why: 'treating a kg of electronics emits between a few grams and a few kg of CO2e' } } as const;

/**
 * Read a server group's `endOfLife`: one entry or a list, each a treatment
 * (recycling, landfill, incineration), the part it treats (a component's
 * name; default the whole server), a mass per server or part [kg] (default
 * the server's `mass`, or the part's), a factor [kgCO2e/kg] (default for
 * recycling: {@link DEFAULT_RECYCLING_FACTOR}, with the same source's ADPe
 * and primary-energy factors in the categories the study lists; required
 * otherwise) and an optional credit [kgCO2e/kg] (module D), with `impacts`
 * for the other categories.
 *
 * @param ctx - the parse context
 * @param o - the server object
 * @param path - its study path (`servers[0]`)
 * @param components - the server's parsed components
 * @param serverMass - the server's mass param, when it gives one
 * @throws {@link InputError} for an unknown treatment or part, a missing mass or factor, or a value out of range
 * @example
 * const study = defineStudy({ name: 'x', servers: [{ name: 'b', mass: '25 kg', components: [{ type: 'part', name: 'case', perUnit: '10 kgCO2e' }],
 *   endOfLife: { treatment: 'recycling' }, power: { active: '100 W', idle: '50 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: 0.4 } });
 * study.servers[0].endOfLife?.[0].factor.value; // => 1.5062
 */
export function readEndOfLife(ctx: ParseContext, o: RawObject, path: string, components: readonly Component[], serverMass: Param | undefined): ServerEndOfLife[] | undefined {
  if (o.endOfLife === undefined) return undefined;
  const list = Array.isArray(o.endOfLife) ? o.endOfLife.map((e, i) => [e, `${path}.endOfLife[${i}]`] as const) : [[o.endOfLife, `${path}.endOfLife`] as const];
  if (list.length === 0) throw new InputError({ path: `${path}.endOfLife`, received: [], expected: 'an end-of-life entry, or a list of one or more', problem: 'is empty', fix: 'remove endOfLife, or give an entry' });
  return list.map(([raw, at]) => {
    const e = readObject(raw, at, STUDY_FIELDS.endOfLife);
    const treatment = e.treatment as EolTreatment;
    if (!EOL_TREATMENTS.includes(treatment)) {
      throw new InputError({ path: `${at}.treatment`, received: e.treatment, expected: `one of ${EOL_TREATMENTS.join(', ')}`, problem: e.treatment === undefined ? 'is missing' : 'is not a known treatment' });
    }
    const partName = readString(e, 'part', at, false);
    const part = partName === undefined ? undefined : components.findIndex((c) => c.name === partName);
    if (part === -1) {
      throw new InputError({ path: `${at}.part`, received: partName, expected: `the name of one of the server's components (${components.map((c) => c.name).join(', ')})`, problem: 'names no component', fix: 'copy the component\'s name, or leave part out to treat the whole server' });
    }
    const component = part === undefined ? undefined : components[part];
    const ownMass = component?.type === 'part' ? component.mass : undefined;
    const fallbackMass = component === undefined ? serverMass : ownMass;
    if (e.mass === undefined && fallbackMass === undefined) {
      throw new InputError({ path: `${at}.mass`, received: undefined, expected: 'the mass treated, like "20 kg"', problem: component === undefined ? 'is missing, and the server gives no mass' : `is missing, and part "${partName}" gives no mass`, fix: component === undefined ? `give ${at}.mass, or the server's mass (${path}.mass)` : `give ${at}.mass` });
    }
    const src = readSource(e, at);
    const mass = e.mass === undefined ? (fallbackMass as Param) : readParam(ctx, e.mass, `${at}.mass`, { kind: 'mass', rule: { min: 0, minExclusive: true } }, undefined, src);
    if (e.factor === undefined && treatment !== 'recycling') {
      throw new InputError({ path: `${at}.factor`, received: undefined, expected: 'the impact of the treatment per kg, like "0.5 kgCO2e/kg"', problem: `is missing: ${treatment} has no default factor`, fix: 'give the factor from an LCA database or the treatment operator, with its source' });
    }
    const factor = readParam(ctx, e.factor, `${at}.factor`, { kind: 'massFactor', rule: FACTOR }, { status: 'default', factor: DEFAULT_RECYCLING_FACTOR }, src);
    const credit = e.credit === undefined ? undefined : readParam(ctx, e.credit, `${at}.credit`, { kind: 'massFactor', rule: FACTOR }, undefined, src);
    readImpacts(ctx, e, at, { factor: 'massFactor', credit: 'massFactor' });
    if (e.factor === undefined) defaultCategoryFactors(ctx, e, at);
    return { treatment, mass, factor, ...(credit !== undefined ? { credit } : {}), ...(part !== undefined ? { part } : {}), perServer: component?.count ?? 1 };
  });
}
