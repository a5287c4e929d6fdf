import { InputError } from '../errors/index.js';
import type { Param } from '../system/index.js';
import { impactKind, type ExtraCategoryId, type ImpactRole } from '../units/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, type RawObject } from './read-object.js';
import { readDefaulted } from './read-defaulted.js';
import { readParam } from './read-param.js';

/** The categories an `impacts` block may name: every one but climate, whose factors are the object's own fields. */
const EXTRA: readonly ExtraCategoryId[] = ['water', 'adpe', 'pe'];

/**
 * Record a factor of a category besides climate under `key`, the path of the
 * climate factor it parallels: compiling the study in that category reads
 * it wherever the climate formula reads the climate factor.
 */
export function recordImpact(ctx: ParseContext, key: string, category: ExtraCategoryId, param: Param): void {
  const entry = ctx.impacts.get(key) ?? {};
  entry[category] = param;
  ctx.impacts.set(key, entry);
}

/**
 * The key an on-site factor (water evaporated by cooling per kWh of IT
 * energy…) is recorded under: the data centre's PUE param, since both
 * describe the facility.
 *
 * @param puePath - the path of the site's PUE param
 * @example
 * onSiteKey('cloud.pue'); // => 'cloud.pue#onSite'
 */
export function onSiteKey(puePath: string): string {
  return `${puePath}#onSite`;
}

/**
 * The key an on-site factor given per kWh of facility energy (not of IT
 * energy) is recorded under; the formulas multiply it by the PUE. Only the
 * industry default WUE (LBNL 2016, per kWh of a data centre's whole
 * electricity) is recorded so.
 *
 * @param puePath - the path of the site's PUE param
 * @example
 * onSitePerFacilityKey('cloud.pue'); // => 'cloud.pue#onSitePerFacilityKWh'
 */
export function onSitePerFacilityKey(puePath: string): string {
  return `${puePath}#onSitePerFacilityKWh`;
}

/**
 * Read an object's `impacts` block — per category besides climate, the
 * factors of the same fields the object gives for climate — e.g. an IC's
 * `{"adpe": {"factor": "5.87e-7 kgSbeq/cm2", "packaging": "0.0204 kgSbeq"}}`.
 * Each factor is parsed in its category's unit (a kgCO2e value in an `adpe`
 * block is refused) and recorded against the path of the climate field it
 * parallels (`keyOf(field)`, by default `<path>.<field>`).
 *
 * @param ctx - the parse context
 * @param o - the object (a component, accelerator, host, cloud or site)
 * @param path - its study path
 * @param fields - the factor fields the object may carry, and the role of each
 * @param keyOf - the key a field's factors are recorded under
 * @throws {@link InputError} for an unknown category or field, or a value in the wrong unit
 */
export function readImpacts(ctx: ParseContext, o: RawObject, path: string, fields: Readonly<Record<string, ImpactRole>>, keyOf: (field: string) => string = (f) => `${path}.${f}`): void {
  if (o.impacts === undefined) return;
  if (typeof o.impacts === 'object' && o.impacts !== null && 'climate' in o.impacts) {
    throw new InputError({
      path: `${path}.impacts.climate`,
      received: (o.impacts as RawObject).climate,
      expected: `climate factors as the object's own fields (${Object.keys(fields).join(', ')})`,
      problem: 'is not an impacts block',
      fix: `move the climate values to ${path}.${Object.keys(fields)[0]}; impacts holds the other categories (${EXTRA.join(', ')})`,
    });
  }
  const block = readObject(o.impacts, `${path}.impacts`, EXTRA);
  for (const category of EXTRA) {
    if (block[category] === undefined) continue;
    const at = `${path}.impacts.${category}`;
    const given = readObject(block[category], at, Object.keys(fields));
    for (const [field, role] of Object.entries(fields)) {
      if (given[field] === undefined) continue;
      const param = readParam(ctx, given[field], `${at}.${field}`, { kind: impactKind(category, role), rule: { min: 0 } });
      recordImpact(ctx, keyOf(field), category, param);
    }
    if (!ctx.categories.includes(category)) {
      ctx.warnings.push(`${at} is given but the study's categories (${ctx.categories.join(', ')}) leave ${category} out: add "${category}" to categories to compute it`);
    }
  }
}

/**
 * Give a component whose climate factor came from a factor set's dataset
 * row (status `dataset`, e.g. boavizta-uba's `ic:logic` per cm² of die) the
 * same source's factors in the other categories the study lists, where its
 * `impacts` block does not give them: from the datasets of
 * `component-impact` rows (`boavizta-uba-impacts`), recorded with status
 * `dataset` and that source. A factor set without a row for the category
 * leaves the factor missing: the figures that need it are not covered.
 *
 * @param ctx - the parse context
 * @param path - the component's study path
 * @param field - the climate field (`factor`, `perUnit`, `massFactor`)
 * @param climate - its param
 * @param key - the climate row (`ic:logic`, `part:motherboard`)
 * @param role - the field's role, for the category's unit
 */
export function readDatasetTwins(ctx: ParseContext, path: string, field: string, climate: Param, key: string, role: ImpactRole): void {
  const factorSet = climate.status === 'dataset' ? climate.source?.dataset?.name : undefined;
  if (factorSet === undefined || ctx.lookup.componentImpact === undefined) return;
  const lookup = (q: { factorSet: string; key: string; category: ExtraCategoryId }, at: string) => ctx.lookup.componentImpact!(q, at);
  for (const category of EXTRA) {
    if (!ctx.categories.includes(category) || ctx.impacts.get(`${path}.${field}`)?.[category] !== undefined) continue;
    const at = `${path}.impacts.${category}.${field}`;
    const found = tryLookup(() => lookup({ factorSet, key, category }, at));
    if (found !== undefined) recordImpact(ctx, `${path}.${field}`, category, readParam(ctx, undefined, at, { kind: impactKind(category, role), rule: { min: 0 } }, { status: 'dataset', factor: found }));
  }
}

/**
 * Read the impact factors of a site — the cloud block, or a server, job,
 * inference service or data store that gives its own grid or PUE —: its
 * `impacts.<category>.gridIntensity` (the category's amount per kWh of
 * electricity from this grid: litres of water consumed by generation, kg Sb
 * eq, MJ of primary energy) and `impacts.<category>.onSite` (per kWh of IT
 * energy in this data centre), and `wue`, the water usage effectiveness
 * [L/kWh of IT energy], the same as `impacts.water.onSite`.
 *
 * An entry that shares the cloud block's grid (or PUE) cannot give factors
 * for it: they would change every other entry's too.
 *
 * @param ctx - the parse context
 * @param o - the site object
 * @param path - its study path
 * @param grid - the site's grid-intensity param, and whether the site gives its own
 * @param pue - the site's PUE param, and whether the site gives its own
 * @param ownFactors - factor fields of the object itself its impacts block may also give (a data store's `embodiedPerGB`)
 * @throws {@link InputError} for a factor of a grid or PUE the site does not own, or `wue` given twice
 */
export function readSiteImpacts(ctx: ParseContext, o: RawObject, path: string, grid: { param: Param; own: boolean }, pue: { param: Param; own: boolean }, ownFactors: Readonly<Record<string, ImpactRole>> = {}): void {
  const needOwn = (field: string, own: boolean, what: string, fix: string): void => {
    if (!own) throw new InputError({ path: `${path}.${field}`, received: o[field] === undefined ? 'an impacts factor' : o[field], expected: `a factor of this entry's own ${what}`, problem: `describes the ${what} this entry shares with the cloud block`, fix });
  };
  if (o.wue !== undefined) {
    needOwn('wue', pue.own, 'data centre (pue)', 'give this entry its own pue with wue, or set wue on the cloud block');
    const blockWater = (o.impacts as RawObject | undefined)?.water as RawObject | undefined;
    if (blockWater?.onSite !== undefined) {
      throw new InputError({ path: `${path}.wue`, received: o.wue, expected: 'wue or impacts.water.onSite', problem: 'gives the on-site water twice', fix: 'keep one of them' });
    }
    const wue = readParam(ctx, o.wue, `${path}.wue`, { kind: 'water.intensity', rule: { min: 0, plausible: { low: 0, high: 10, why: 'data-centre WUE lies between 0 (dry cooling) and about 5 L/kWh' } } });
    recordImpact(ctx, onSiteKey(pue.param.path), 'water', wue);
    if (!ctx.categories.includes('water')) ctx.warnings.push(`${path}.wue is given but the study's categories (${ctx.categories.join(', ')}) leave water out: add "water" to categories to compute it`);
  }
  if (o.impacts !== undefined) {
    const block = o.impacts as RawObject;
    for (const c of EXTRA) {
      const f = (typeof block === 'object' && block !== null ? block[c] : undefined) as RawObject | undefined;
      if (typeof f !== 'object' || f === null) continue;
      if (f.gridIntensity !== undefined) needOwn('impacts', grid.own, 'grid (gridIntensity or location)', 'give this entry its own gridIntensity or location with these factors, or set them on the cloud block');
      if (f.onSite !== undefined) needOwn('impacts', pue.own, 'data centre (pue)', 'give this entry its own pue with these factors, or set them on the cloud block');
    }
    readImpacts(ctx, o, path, { gridIntensity: 'intensity', onSite: 'intensity', ...ownFactors }, (field) => (field === 'onSite' ? onSiteKey(pue.param.path) : field === 'gridIntensity' ? grid.param.path : `${path}.${field}`));
  }
  siteDefaults(ctx, o, path, grid, pue);
}

/**
 * The factors of a site's categories the study does not give, from the
 * bundled datasets: the electricity of the site's `location` in each
 * category (electricity-impacts: ADPe, PE; electricity-water: the country's
 * water with its range, else the world average as a default, with a warning), and for water the WUE of the provider its location names
 * (wue dataset), or on the cloud block the industry default, reported as a
 * default. A location the dataset lacks leaves the factor missing: the
 * figures that need it are reported as not covered, naming it.
 */
function siteDefaults(ctx: ParseContext, o: RawObject, path: string, grid: { param: Param; own: boolean }, pue: { param: Param; own: boolean }): void {
  const location = typeof o.location === 'string' ? o.location : undefined;
  for (const category of EXTRA) {
    if (!ctx.categories.includes(category)) continue;
    if (grid.own && location !== undefined && ctx.impacts.get(grid.param.path)?.[category] === undefined) {
      const at = `${path}.impacts.${category}.gridIntensity`;
      const found = tryLookup(() => ctx.lookup.electricityImpact({ location, category }, at));
      // water: a country's own figure (electricity-water, Chini & Peer, with its min-max range) where
      // the datasets have one; else the world average (Mekonnen et al. 2015) stands in, reported as a
      // default and warned of, never 0 and never silent
      const world = found === undefined && category === 'water' && location !== 'WORLD' ? tryLookup(() => ctx.lookup.electricityImpact({ location: 'WORLD', category }, at)) : undefined;
      if (world !== undefined) {
        ctx.warnings.push(`${at}: no water intensity of electricity for ${location} in the datasets searched; the world average (${world.value} L/kWh) is used as a default: give impacts.water.gridIntensity for the site's own grid`);
      }
      const factor = found ?? world;
      if (factor !== undefined) {
        // a row's range (the country water figures' min and max) becomes the param's distribution
        recordImpact(ctx, grid.param.path, category, readDefaulted(ctx, undefined, at, { kind: impactKind(category, 'intensity'), rule: { min: 0 } }, () => factor, found !== undefined ? 'dataset' : 'default'));
      }
    }
    if (category === 'water' && pue.own && ctx.impacts.get(onSiteKey(pue.param.path))?.water === undefined) {
      const at = `${path}.wue`;
      const provider = location !== undefined && /^[a-z]+:/.test(location) ? location : undefined;
      const found = provider !== undefined ? tryLookup(() => ctx.lookup.wue({ location: provider }, at)) : undefined;
      const factor = found ?? (path === 'cloud' ? ctx.lookup.wue({ location: 'default' }, at) : undefined);
      if (factor === undefined) continue;
      // WUE is per kWh of IT energy (The Green Grid); the industry default (the wue dataset's `default`
      // row, Shehabi et al. 2016) is per kWh of the data centres' whole electricity, so it is recorded
      // per kWh of facility energy and the formulas multiply it by the PUE.
      const key = found !== undefined ? onSiteKey(pue.param.path) : onSitePerFacilityKey(pue.param.path);
      if (found === undefined) ctx.warnings.push(`${at}: no WUE given; the industry default ${factor.value} L/kWh (Shehabi et al. 2016) is used, per kWh of facility energy, i.e. applied to IT energy × PUE: give wue (L/kWh of IT energy) for the data centre's own figure`);
      recordImpact(ctx, key, 'water', readParam(ctx, undefined, at, { kind: 'water.intensity', rule: { min: 0 } }, { status: found !== undefined ? 'dataset' : 'default', factor }));
    }
  }
}

/** A dataset lookup, or undefined when the dataset has no row for the query (the figure is then not covered). */
function tryLookup<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
}
