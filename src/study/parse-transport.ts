import { InputError } from '../errors/index.js';
import { TRANSPORT_MODES, type Param, type TransportLeg, type TransportMode } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readArray, readObject, readSource, type RawObject } from './read-object.js';
import { readDefaulted } from './read-defaulted.js';
import { readImpacts } from './read-impacts.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const DISTANCE = { min: 0, minExclusive: true, fix: 'give the distance carried, like "1200 km"', plausible: { low: 1, high: 40_000, why: 'no freight leg is longer than half the Earth\'s circumference; was the value given in m?' } } as const;

/**
 * Read a server group's `transport` legs: each a mode (truck, ship, air,
 * rail), a distance [km], a mass per server [kg] (default the server's
 * `mass`) and a factor [kgCO2e/(t·km)] (default the bundled
 * transport-factors dataset's, with its range), with `impacts` for the other
 * categories.
 *
 * @param ctx - the parse context
 * @param o - the server object
 * @param path - its study path (`servers[0]`)
 * @param serverMass - the server's mass param, when it gives one
 * @throws {@link InputError} for an unknown mode, a missing mass, or a value out of range
 * @example
 * const study = defineStudy({ name: 'x', servers: [{ name: 'b', mass: '25 kg', components: [{ type: 'part', name: 'case', perUnit: '10 kgCO2e' }],
 *   transport: [{ mode: 'ship', distance: '9000 km' }], power: { active: '100 W', idle: '50 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: 0.4 } });
 * study.servers[0].transport?.[0].factor.value; // => 0.01536
 */
export function readTransport(ctx: ParseContext, o: RawObject, path: string, serverMass: Param | undefined): TransportLeg[] | undefined {
  if (o.transport === undefined) return undefined;
  return readArray(o, 'transport', path, true).map((raw, i) => {
    const at = `${path}.transport[${i}]`;
    const leg = readObject(raw, at, STUDY_FIELDS.transportLeg);
    const mode = leg.mode as TransportMode;
    if (!TRANSPORT_MODES.includes(mode)) {
      throw new InputError({ path: `${at}.mode`, received: leg.mode, expected: `one of ${TRANSPORT_MODES.join(', ')}`, problem: leg.mode === undefined ? 'is missing' : 'is not a known mode of freight', fix: 'road freight is "truck", sea freight "ship"' });
    }
    const src = readSource(leg, at);
    const distance = readParam(ctx, leg.distance, `${at}.distance`, { kind: 'distance', rule: DISTANCE }, undefined, src);
    if (leg.mass === undefined && serverMass === undefined) {
      throw new InputError({ path: `${at}.mass`, received: undefined, expected: 'the mass carried per server, like "25 kg"', problem: 'is missing, and the server gives no mass', fix: `give ${at}.mass, or the server's mass (${path}.mass)` });
    }
    const mass = leg.mass === undefined ? (serverMass as Param) : readParam(ctx, leg.mass, `${at}.mass`, { kind: 'mass', rule: { min: 0, minExclusive: true } }, undefined, src);
    const factor = readDefaulted(ctx, leg.factor, `${at}.factor`, { kind: 'freightFactor', rule: { min: 0 } }, () => ctx.lookup.transportFactor(mode, `${at}.mode`));
    readImpacts(ctx, leg, at, { factor: 'freightFactor' });
    return { mode, distance, mass, factor };
  });
}
