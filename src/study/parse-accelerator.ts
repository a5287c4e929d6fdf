import { InputError } from '../errors/index.js';
import type { AcceleratorPower, AcceleratorUse, Param } from '../system/index.js';
import { checkCount, checkFraction } from '../validate/index.js';
import type { ParseContext } from './parse-context.js';
import { catalogueFallback, readCatalogue } from './catalogue-fields.js';
import { readArray, readObject, readSource, readString, type RawObject } from './read-object.js';
import { readImpacts } from './read-impacts.js';
import { readTransport } from './parse-transport.js';
import { readEndOfLife } from './parse-end-of-life.js';
import { readParam } from './read-param.js';
import { isLinearPower, readLinearPower } from './read-linear-power.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const ACCELERATOR_PLAUSIBLE = { low: 1, high: 2000, why: 'an accelerator draws between a few watts and about 1,000 W; was the value given in kW?' };

/** What the caller needs read besides the power. */
export interface AcceleratorNeeds {
  /** The rated power is needed (power fraction, LLMCarbon's rule or the energy allocation rule). */
  readonly tdp: boolean;
  /** Embodied carbon is allocated, so the catalogue's figure is read when the study gives none. */
  readonly embodied: boolean;
}

function parseProfile(ctx: ParseContext, o: RawObject, path: string): AcceleratorPower {
  const steps = readArray(o, 'profile', path, true).map((raw, i) => {
    const p = `${path}.profile[${i}]`;
    const s = readObject(raw, p, STUDY_FIELDS.profileStep);
    const share = checkFraction(s.share, `${p}.share`);
    const power = readParam(ctx, s.power, `${p}.power`, { kind: 'power', rule: { min: 0, plausible: ACCELERATOR_PLAUSIBLE } }, undefined, readSource(s, p));
    return { share, power };
  });
  const total = steps.reduce((a, s) => a + s.share, 0);
  if (Math.abs(total - 1) > 1e-9) {
    throw new InputError({ path: `${path}.profile`, received: `shares summing to ${total}`, expected: 'shares that sum to 1 (the whole job)', problem: 'does not cover the job', fix: 'give the share of the job spent at each power so that the shares add up to 1' });
  }
  return { kind: 'profile', steps };
}

/**
 * Parse the accelerators of a job or a service: catalogue id (`nvidia-v100`),
 * count, and one way to give the average power — `power` (measured average
 * per accelerator), `powerFraction` of the TDP, or a `profile` of shares of
 * the job at given powers. TDP and embodied carbon come from the catalogue
 * when the study leaves them out (reported as dataset).
 *
 * @throws {@link InputError} for an invalid field, or two ways of giving the power
 */
export function parseAccelerator(ctx: ParseContext, raw: unknown, path: string, needs: AcceleratorNeeds): AcceleratorUse {
  const o = readObject(raw, path, STUDY_FIELDS.accelerator);
  const entry = readCatalogue(ctx, o, path);
  const name = readString(o, 'name', path, false) ?? entry?.fields.name?.text ?? readString(o, 'name', path, true);
  const count = o.count === undefined ? 1 : checkCount(o.count, `${path}.count`);
  const ways = ['power', 'powerFraction', 'profile'].filter((k) => o[k] !== undefined);
  if (ways.length > 1) {
    throw new InputError({ path, received: ways.join(' and '), expected: 'one of power, powerFraction or profile', problem: 'gives the average power twice', fix: 'keep the one you measured or estimated' });
  }
  const src = readSource(o, path);
  const needTdp = needs.tdp || o.powerFraction !== undefined || o.tdp !== undefined;
  const tdpFallback = o.tdp === undefined ? catalogueFallback(entry, 'tdpW') : undefined;
  if (needTdp && o.tdp === undefined && tdpFallback === undefined) {
    throw new InputError({ path: `${path}.tdp`, received: undefined, expected: `the rated power of one accelerator (e.g. "300 W")${entry ? `, because catalogue entry "${entry.id}" has no tdpW` : ''}`, problem: 'is missing', fix: 'give tdp, or the measured average power as power' });
  }
  const tdp: Param | undefined = needTdp ? readParam(ctx, o.tdp, `${path}.tdp`, { kind: 'power', rule: { min: 0, minExclusive: true, plausible: ACCELERATOR_PLAUSIBLE } }, tdpFallback, src) : undefined;
  let power: AcceleratorPower | undefined;
  if (o.power !== undefined && isLinearPower(o.power)) power = { kind: 'linear', model: readLinearPower(ctx, o.power, `${path}.power`, ACCELERATOR_PLAUSIBLE) };
  else if (o.power !== undefined) power = { kind: 'power', power: readParam(ctx, o.power, `${path}.power`, { kind: 'power', rule: { min: 0, plausible: ACCELERATOR_PLAUSIBLE } }, undefined, src) };
  else if (o.powerFraction !== undefined) power = { kind: 'fraction', fraction: readParam(ctx, o.powerFraction, `${path}.powerFraction`, { kind: 'fraction' }, undefined, src), tdp: tdp as Param };
  else if (o.profile !== undefined) power = parseProfile(ctx, o, path);
  const embodiedFallback = o.embodied === undefined && needs.embodied ? catalogueFallback(entry, 'embodiedKgCO2e') : undefined;
  if (o.embodied === undefined && !needs.embodied && catalogueFallback(entry, 'embodiedKgCO2e') !== undefined) {
    ctx.warnings.push(`${path}: the embodied carbon of catalogue entry "${entry?.id}" is left out: nothing allocates it (give a job an allocation block, or describe serving hardware as a server)`);
  }
  const embodied = o.embodied !== undefined || embodiedFallback !== undefined ? readParam(ctx, o.embodied, `${path}.embodied`, { kind: 'carbon', rule: { min: 0 } }, embodiedFallback, src) : undefined;
  readImpacts(ctx, o, path, { embodied: 'impact' });
  const life = readAcceleratorLifeCycle(ctx, o, path, needs.embodied);
  return { name: name as string, ...(entry ? { catalogue: entry.id } : {}), count, ...(power ? { power } : {}), ...(tdp ? { tdp } : {}), ...(embodied ? { embodied } : {}), ...life };
}

/**
 * The accelerators' transport legs and end of life (per accelerator, with its
 * `mass` as the default mass), allocated to the job like their embodied
 * carbon; refused where nothing allocates them (no allocation block).
 */
function readAcceleratorLifeCycle(ctx: ParseContext, o: RawObject, path: string, allocated: boolean): Pick<AcceleratorUse, 'transport' | 'endOfLife'> {
  const field = ['transport', 'endOfLife'].find((f) => o[f] !== undefined);
  if (field === undefined) return {};
  if (!allocated) {
    throw new InputError({ path: `${path}.${field}`, received: o[field], expected: `${field} of accelerators whose embodied impact a job allocates`, problem: 'is not charged to anything: nothing allocates the accelerators\' hardware', fix: 'give the job an allocation block, or describe the hardware as a server group' });
  }
  const mass = o.mass === undefined ? undefined : readParam(ctx, o.mass, `${path}.mass`, { kind: 'mass', rule: { min: 0, minExclusive: true, plausible: { low: 0.1, high: 100, why: 'an accelerator card or module weighs between about 100 g and a few kg' } } }, undefined, readSource(o, path));
  const transport = readTransport(ctx, o, path, mass);
  const endOfLife = readEndOfLife(ctx, o, path, [], mass);
  return { ...(transport ? { transport } : {}), ...(endOfLife ? { endOfLife } : {}) };
}
