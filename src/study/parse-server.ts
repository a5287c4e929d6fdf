import { InputError } from '../errors/index.js';
import { DEFAULT_LIFETIME_YEARS } from '../lca/lifetime.js';
import type { CapacityTechnology, Component, IcTechnology, PowerDraw, PowerModel, Server } from '../system/index.js';
import { checkCount } from '../validate/index.js';
import { catalogueFallback, readCatalogue } from './catalogue-fields.js';
import type { CatalogueRecord, SourcedFactor } from './factor-lookup.js';
import { warnMethodSpread, type SpreadQuery } from './method-spread.js';
import { hbmFactor, readCapacityFactor, refuseSecondArea } from './read-capacity-factor.js';
import type { ParseContext } from './parse-context.js';
import type { ParamFallback } from './read-param.js';
import { readArray, readObject, readSource, readString, type RawObject } from './read-object.js';
import { readDatasetTwins, readImpacts } from './read-impacts.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';
import { readEndOfLife } from './parse-end-of-life.js';
import { readReuse } from './parse-reuse.js';
import { readTransport } from './parse-transport.js';

const TECHNOLOGIES: readonly IcTechnology[] = ['logic', 'dram', 'nand', 'hbm', 'other'];
const POSITIVE = { min: 0, minExclusive: true } as const;

function count(obj: RawObject, path: string): number {
  return obj.count === undefined ? 1 : checkCount(obj.count, `${path}.count`);
}

/** A numeric catalogue field as the fallback of a study field (reported as dataset); refused when `needed` and the entry lacks it. */
function fromEntry(entry: CatalogueRecord | undefined, field: string, path: string, needed: boolean): ParamFallback | undefined {
  const fallback = catalogueFallback(entry, field);
  if (fallback !== undefined) return fallback;
  if (needed && entry !== undefined) {
    throw new InputError({ path, received: undefined, expected: `a value, because catalogue entry "${entry.id}" has no ${field}`, problem: 'is missing', fix: `give ${path.split('.').pop()} in the study` });
  }
  return undefined;
}

/** A text field: the study's own, else the catalogue's. */
function textOf(o: RawObject, key: string, path: string, entry: CatalogueRecord | undefined, field: string, required: boolean): string | undefined {
  const own = readString(o, key, path, false);
  if (own !== undefined) return own;
  const t = entry?.fields[field]?.text;
  if (t !== undefined) return t;
  return required ? readString(o, key, path, true) : undefined;
}

/** A looked-up factor, its assumption (nearest node, interpolated layers) recorded in the warnings and its spread across factor sets checked. */
function looked(ctx: ParseContext, path: string, q: SpreadQuery, f: SourcedFactor, studyMethod: string | undefined): SourcedFactor {
  if (f.assumption !== undefined) ctx.warnings.push(`${path}: assumption: ${f.assumption}`);
  warnMethodSpread(ctx, path, q, f, studyMethod);
  return f;
}

function methodOf(o: RawObject, path: string, studyMethod: string | undefined): string | undefined {
  return readString(o, 'method', path, false) ?? studyMethod;
}

/** The footprint of a part `kind` (`power-supply`, `rack-case`) from the datasets, when the part names one. */
function partKindFactor(ctx: ParseContext, o: RawObject, path: string): SourcedFactor | undefined {
  if (o.kind === undefined || (o.perUnit !== undefined && o.massFactor !== undefined)) return undefined;
  if (typeof o.kind !== 'string') throw new InputError({ path: `${path}.kind`, received: o.kind, expected: 'a part kind such as "power-supply" or "rack-case"', problem: 'must be a string' });
  return ctx.lookup.partFactor(o.kind, `${path}.kind`);
}

function parseComponent(ctx: ParseContext, raw: unknown, path: string, studyMethod: string | undefined): Component {
  const type = (raw as RawObject | null)?.type;
  if (type === 'ic') {
    refuseSecondArea(raw as RawObject, path, 'ic');
    const o = readObject(raw, path, STUDY_FIELDS.icComponent);
    const entry = readCatalogue(ctx, o, path);
    const method = methodOf(o, path, studyMethod);
    const technology = (o.technology ?? entry?.fields.technology?.text) as IcTechnology;
    if (!TECHNOLOGIES.includes(technology)) {
      throw new InputError({ path: `${path}.technology`, received: o.technology, expected: `one of ${TECHNOLOGIES.join(', ')}`, problem: 'is not a known IC technology', fix: 'use "logic" for processors and other CMOS logic, "other" for less complex ICs' });
    }
    const process = textOf(o, 'process', path, entry, 'process', false);
    const src = readSource(o, path);
    const dieArea = readParam(ctx, o.dieArea, `${path}.dieArea`, { kind: 'area', rule: POSITIVE }, o.dieArea === undefined ? fromEntry(entry, 'dieAreaCm2', `${path}.dieArea`, true) : undefined, src);
    const factor = readParam(ctx, o.factor, `${path}.factor`, { kind: 'areaFactor', rule: POSITIVE }, o.factor === undefined ? { status: 'dataset', factor: looked(ctx, `${path}.factor`, { kind: 'ic', technology: technology === 'hbm' ? 'dram' : technology, process }, technology === 'hbm' ? hbmFactor(ctx, `${path}.factor`, process, method) : ctx.lookup.icFactor({ technology, process, method }, `${path}.factor`), studyMethod) } : undefined);
    const packaging = o.packaging === undefined ? undefined : readParam(ctx, o.packaging, `${path}.packaging`, { kind: 'carbon', rule: { min: 0 } });
    readImpacts(ctx, o, path, { factor: 'areaFactor', packaging: 'impact' });
    readDatasetTwins(ctx, path, 'factor', factor, `ic:${technology}`, 'areaFactor');
    return { type: 'ic', name: textOf(o, 'name', path, entry, 'name', true) as string, technology, process, dieArea, count: count(o, path), factor, packaging };
  }
  if (type === 'pcb') {
    const o = readObject(raw, path, STUDY_FIELDS.pcbComponent);
    const entry = readCatalogue(ctx, o, path);
    const method = methodOf(o, path, studyMethod);
    const layers = o.layers ?? entry?.fields.layers?.value;
    if (typeof layers !== 'number' || !Number.isInteger(layers) || layers < 1 || layers > 64) {
      throw new InputError({ path: `${path}.layers`, received: layers, expected: 'an integer number of copper layers in [1, 64]', problem: layers === undefined ? 'is missing' : 'is invalid' });
    }
    const area = readParam(ctx, o.area, `${path}.area`, { kind: 'area', rule: POSITIVE }, o.area === undefined ? fromEntry(entry, 'boardAreaCm2', `${path}.area`, true) : undefined, readSource(o, path));
    const factor = readParam(ctx, o.factor, `${path}.factor`, { kind: 'areaFactor', rule: POSITIVE }, o.factor === undefined ? { status: 'dataset', factor: looked(ctx, `${path}.factor`, { kind: 'pcb', layers }, ctx.lookup.pcbFactor({ layers, method }, `${path}.factor`), studyMethod) } : undefined);
    readImpacts(ctx, o, path, { factor: 'areaFactor' });
    return { type: 'pcb', name: textOf(o, 'name', path, entry, 'name', true) as string, area, layers, count: count(o, path), factor };
  }
  if (type === 'part') {
    const o = readObject(raw, path, STUDY_FIELDS.partComponent);
    const entry = readCatalogue(ctx, o, path);
    const src = readSource(o, path);
    const kindFactor = partKindFactor(ctx, o, path);
    const perKg = kindFactor?.unit === 'kgCO2e/kg';
    const byMass = o.mass !== undefined || o.massFactor !== undefined || perKg;
    const perUnitFallback =
      !byMass && o.perUnit === undefined
        ? kindFactor !== undefined
          ? { status: 'dataset' as const, factor: kindFactor }
          : fromEntry(entry, 'embodiedKgCO2e', `${path}.perUnit`, false)
        : undefined;
    if (byMass === (o.perUnit !== undefined || perUnitFallback !== undefined)) {
      throw new InputError({ path, received: Object.keys(o), expected: 'either "mass" with "massFactor", or "perUnit"', problem: 'must give its footprint one way', fix: 'give mass [kg] and massFactor [kgCO2e/kg], or perUnit [kgCO2e]' });
    }
    const name = textOf(o, 'name', path, entry, 'name', o.kind === undefined) ?? (o.kind as string);
    if (byMass) {
      const mass = readParam(ctx, o.mass, `${path}.mass`, { kind: 'mass', rule: POSITIVE }, o.mass === undefined ? fromEntry(entry, 'massKg', `${path}.mass`, false) : undefined, src);
      const massFactor = readParam(ctx, o.massFactor, `${path}.massFactor`, { kind: 'massFactor', rule: { min: 0 } }, o.massFactor === undefined && perKg ? { status: 'dataset', factor: kindFactor } : undefined, src);
      readImpacts(ctx, o, path, { massFactor: 'massFactor' });
      readDatasetTwins(ctx, path, 'massFactor', massFactor, `part:${String(o.kind)}`, 'massFactor');
      return { type: 'part', name, count: count(o, path), mass, massFactor };
    }
    const perUnit = readParam(ctx, o.perUnit, `${path}.perUnit`, { kind: 'carbon', rule: { min: 0 } }, perUnitFallback, src);
    readImpacts(ctx, o, path, { perUnit: 'impact' });
    readDatasetTwins(ctx, path, 'perUnit', perUnit, `part:${String(o.kind)}`, 'impact');
    return { type: 'part', name, count: count(o, path), perUnit };
  }
  if (type === 'memory' || type === 'storage') {
    refuseSecondArea(raw as RawObject, path, 'capacity');
    const o = readObject(raw, path, STUDY_FIELDS.capacityComponent);
    const entry = readCatalogue(ctx, o, path);
    const technology = o.technology as CapacityTechnology;
    const allowed: readonly CapacityTechnology[] = type === 'memory' ? ['dram', 'hbm'] : ['ssd', 'hdd'];
    if (!allowed.includes(technology)) {
      throw new InputError({ path: `${path}.technology`, received: o.technology, expected: `one of ${allowed.join(', ')} for ${type}`, problem: `is not a ${type} technology`, fix: type === 'memory' ? 'SSDs and HDDs are "type": "storage"' : 'DRAM and HBM are "type": "memory"' });
    }
    readString(o, 'method', path, false);
    readString(o, 'process', path, false);
    const src = readSource(o, path);
    const capacity = readParam(ctx, o.capacity, `${path}.capacity`, { kind: 'data', rule: POSITIVE }, o.capacity === undefined ? (fromEntry(entry, 'capacityGB', `${path}.capacity`, false) ?? fromEntry(entry, 'memoryGB', `${path}.capacity`, true)) : undefined, src);
    const { density, factor } = readCapacityFactor(ctx, o, path, technology, studyMethod);
    return { type, name: textOf(o, 'name', path, entry, 'name', true) as string, technology, capacity, ...(density ? { density } : {}), count: count(o, path), factor };
  }
  throw new InputError({ path: `${path}.type`, received: type, expected: '"ic", "pcb", "memory", "storage" or "part"', problem: type === undefined ? 'is missing' : 'is not a known component type' });
}

const POWER_PLAUSIBLE = { low: 1, high: 20000, why: 'a server draws between a few watts and a few tens of kilowatts; was the value given in kW?' };

function parsePower(ctx: ParseContext, raw: unknown, path: string): PowerModel {
  const o = readObject(raw, path, STUDY_FIELDS.serverPower);
  let active: PowerDraw[];
  if (Array.isArray(o.active)) {
    const list = readArray(o, 'active', path, true);
    active = list.map((entry, i) => {
      const p = `${path}.active[${i}]`;
      const e = readObject(entry, p, STUDY_FIELDS.powerDraw);
      const item = readCatalogue(ctx, e, p);
      const power = readParam(ctx, e.power, `${p}.power`, { kind: 'power', rule: { min: 0 } }, e.power === undefined ? fromEntry(item, 'tdpW', `${p}.power`, true) : undefined, readSource(e, p));
      return { name: textOf(e, 'name', p, item, 'name', true) as string, power, count: count(e, p) };
    });
    // the same plausibility rule as a single active power, applied to the steps' sum (one step may be a 0.2 W die)
    const total = active.reduce((sum, d) => sum + d.power.value * d.count, 0);
    if (total < POWER_PLAUSIBLE.low || total > POWER_PLAUSIBLE.high) {
      ctx.warnings.push(`${path}.active sums to ${total} W (${active.map((d) => `${d.power.value} W × ${d.count}`).join(' + ')}), outside the plausible range [${POWER_PLAUSIBLE.low}, ${POWER_PLAUSIBLE.high}] W: ${POWER_PLAUSIBLE.why}`);
    }
  } else {
    active = [{ name: 'active', power: readParam(ctx, o.active, `${path}.active`, { kind: 'power', rule: { min: 0, plausible: POWER_PLAUSIBLE } }), count: 1 }];
  }
  const idle = readParam(ctx, o.idle, `${path}.idle`, { kind: 'power', rule: { min: 0, plausible: POWER_PLAUSIBLE } });
  // average power = u × active + (1 − u) × idle: an idle draw above the active draw (most often the two
  // swapped) makes a busier server draw less, and silently lowers every operational figure; the
  // idle/max power of jobs and hosts is refused the same way (readLinearPower)
  const activeTotal = active.reduce((sum, d) => sum + d.power.value * d.count, 0);
  if (idle.value > activeTotal) {
    throw new InputError({
      path: `${path}.idle`,
      received: idle.value,
      expected: `a power in [0, ${activeTotal}] W: at most the active power (${active.map((d) => `${d.power.value} W × ${d.count}`).join(' + ')} = ${activeTotal} W)`,
      problem: 'is greater than the active power',
      fix: 'idle is the draw when the server is not busy and active its draw when it is: check whether the two are swapped, and that active lists every part that draws power',
    });
  }
  return { active, idle };
}

/**
 * Parse one server of a study: identity, count, lifetime, bill of materials
 * (ICs, boards, other parts — factors looked up when not given), power model,
 * optional utilisation and use (`standing` or `jobs`). Grid and PUE
 * overrides (`gridIntensity`, `location`, `year`, `pue`) are read after the
 * cloud block, by `parseStudy`.
 *
 * @throws {@link InputError} for any invalid field, naming its path
 */
export function parseServer(ctx: ParseContext, raw: unknown, path: string, index: number, method: string | undefined): Server {
  const o = readObject(raw, path, STUDY_FIELDS.server);
  const name = readString(o, 'name', path) as string;
  const id = readString(o, 'id', path, false) ?? `server${index + 1}`;
  const reuse = readReuse(ctx, o, path);
  const lifetime = reuse !== undefined ? (reuse.life === 'first' ? reuse.firstLife : reuse.secondLife) : readParam(ctx, o.lifetime, `${path}.lifetime`, {
    kind: 'lifetime',
    rule: { min: 0, minExclusive: true, fix: 'a lifetime must be finite and > 0 years; write it like "5 years"', plausible: { low: 0.5, high: 20, why: 'servers are used for about 3 to 7 years' } },
  }, o.lifetime === undefined ? { status: 'default', factor: DEFAULT_LIFETIME_YEARS } : undefined);
  const components = readArray(o, 'components', path, true).map((c, i) => parseComponent(ctx, c, `${path}.components[${i}]`, method));
  const power = o.power === undefined && o.use === 'jobs' ? undefined : parsePower(ctx, o.power, `${path}.power`);
  const utilization = o.utilization === undefined ? undefined : readParam(ctx, o.utilization, `${path}.utilization`, { kind: 'fraction' });
  const use = o.use ?? 'standing';
  if (use !== 'standing' && use !== 'jobs') {
    throw new InputError({ path: `${path}.use`, received: o.use, expected: '"standing" (counted whole, all year) or "jobs" (counted through the shares allocated to the jobs that run on it)', problem: 'is not a known use' });
  }
  const mass = o.mass === undefined ? undefined : readParam(ctx, o.mass, `${path}.mass`, { kind: 'mass', rule: { ...POSITIVE, plausible: { low: 0.1, high: 2000, why: 'a server weighs between a few hundred grams (an edge board) and about a tonne (a full rack)' } } });
  const transport = readTransport(ctx, o, path, mass);
  const endOfLife = readEndOfLife(ctx, o, path, components, mass);
  // transport and end of life of a jobs server reach the study through the jobs' allocated shares, as its
  // manufacturing; reuse splits a standing group's life in two, which a job's allocation lifetime does not know
  if (use === 'jobs' && o.reuse !== undefined) {
    throw new InputError({ path: `${path}.reuse`, received: o.reuse, expected: 'reuse on a standing server group', problem: 'is not supported on a "use": "jobs" server: the jobs\' allocation lifetime, not the group\'s lives, spreads its embodied impact', fix: 'remove reuse, or model the hardware as a standing server group' });
  }
  const lifeCycle = { ...(transport ? { transport } : {}), ...(endOfLife ? { endOfLife } : {}), ...(reuse ? { reuse } : {}) };
  return { id, name, count: count(o, path), lifetime, components, ...(power ? { power } : {}), utilization, ...(o.use !== undefined ? { use } : {}), ...lifeCycle };
}
