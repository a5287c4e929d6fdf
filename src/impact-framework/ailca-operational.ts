import { lookupGridIntensity, lookupPue } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { observationNumber, pluginConfig } from './plugin-config.js';
import type { IfMapping, IfObservation, IfParameterMetadata, IfPlugin, IfPluginParametersMetadata } from './plugin-types.js';
import { GRAMS_PER_KG } from './units.js';

const SUM = { time: 'sum', component: 'sum' } as const;
const AVG = { time: 'avg', component: 'avg' } as const;

/** Watt-hours per kilowatt-hour and seconds per hour: W × s ÷ 3,600,000 = kWh. */
const WATT_SECONDS_PER_KWH = 3_600_000;

/** Parameters {@link AilcaOperational} reads from each observation: `energy`, or `power` with `duration`. */
export const OPERATIONAL_INPUTS: IfParameterMetadata = {
  energy: { description: 'IT energy of the component over the observation (without the data-centre overhead)', unit: 'kWh', 'aggregation-method': SUM },
  power: { description: 'average IT power of the component over the observation, when energy is not given', unit: 'W', 'aggregation-method': AVG },
  duration: { description: 'length of the observation', unit: 'seconds', 'aggregation-method': SUM },
};

/** Parameters {@link AilcaOperational} adds. */
export const OPERATIONAL_OUTPUTS: IfParameterMetadata = {
  'carbon-operational': { description: 'operational carbon: IT energy × PUE × grid intensity (ailca\'s grid-intensity and pue datasets)', unit: 'gCO2e', 'aggregation-method': SUM },
  'ailca/grid-intensity': { description: 'grid carbon intensity ailca used', unit: 'gCO2e/kWh', 'aggregation-method': AVG },
  'ailca/pue': { description: 'power usage effectiveness ailca used', unit: 'none', 'aggregation-method': AVG },
};

const FIELDS = ['location', 'year', 'pue', 'pue-year'];

function readPue(name: string, c: Record<string, unknown>): number {
  const pue = c.pue;
  if (typeof pue === 'string') {
    const year = c['pue-year'] === undefined ? {} : { year: checkNumber(c['pue-year'], `${name}.config.pue-year`, { integer: true }) };
    return lookupPue(pue, year).value;
  }
  if (pue === undefined) throw new InputError({ path: `${name}.config.pue`, received: pue, expected: 'a PUE ≥ 1 or a key of ailca\'s pue dataset (`industry`)', problem: 'is missing', fix: 'write e.g. `pue: 1.2` or `pue: industry` with `pue-year: 2022`' });
  return checkNumber(pue, `${name}.config.pue`, { min: 1 });
}

/**
 * Impact Framework plugin: operational carbon from energy (or power × time)
 * with ailca's grid-intensity and PUE datasets. The config gives
 * `location` (an ISO 3166-1 alpha-2 code, `WORLD`, `EU` or a cloud region
 * such as `aws:eu-central-1`, looked up with `lookupGridIntensity`), an
 * optional `year` (the latest row when absent), and `pue`: a number ≥ 1 or
 * a key of the pue dataset (`industry`, with an optional `pue-year`). Each
 * observation gives `energy` [kWh] (IT energy) or `power` [W] averaged over
 * its `duration` [s], not both; the plugin adds `carbon-operational`
 * [gCO2e] = kWh × PUE × intensity [kgCO2e/kWh] × 1000, and the figures used
 * as `ailca/grid-intensity` [gCO2e/kWh] and `ailca/pue`. Use it in a
 * manifest as `path: ailca/impact-framework`, `method: AilcaOperational`.
 *
 * @param config - the manifest's `config`: `location`, `year`, `pue`, `pue-year`
 * @param parametersMetadata - the manifest's `parameter-metadata`, overriding the plugin's
 * @param mapping - the manifest's `mapping`: renames of `energy`, `power`, `duration` and the outputs
 * @returns the plugin
 * @throws {@link InputError} for an unknown location or PUE key, a missing `pue`, or an observation with both or neither of `energy` and `power`
 * @example
 * const plugin = AilcaOperational({ location: 'FR', year: 2019, pue: 1.5 });
 * const [out] = await plugin.execute([{ duration: 3600, energy: 2 }]);
 * const kg = lookupGridIntensity({ location: 'FR', year: 2019 }).value;
 * Math.abs(out['carbon-operational'] - 2 * 1.5 * kg * 1000) < 1e-9; // => true
 */
export function AilcaOperational(config?: Record<string, unknown>, parametersMetadata?: IfPluginParametersMetadata, mapping?: IfMapping): IfPlugin {
  const name = 'AilcaOperational';
  const c = pluginConfig(name, config);
  for (const k of Object.keys(c)) {
    if (!FIELDS.includes(k)) throw new InputError({ path: `${name}.config.${k}`, received: c[k], expected: `a field among ${FIELDS.join(', ')}`, problem: 'is not a field' });
  }
  if (typeof c.location !== 'string') throw new InputError({ path: `${name}.config.location`, received: c.location, expected: 'a grid location of ailca\'s grid-intensity dataset (`DE`, `WORLD`, `aws:eu-central-1`)', problem: c.location === undefined ? 'is missing' : 'is invalid' });
  const year = c.year === undefined ? {} : { year: checkNumber(c.year, `${name}.config.year`, { integer: true }) };
  const intensityKg = lookupGridIntensity({ location: c.location, ...year }).value;
  const pue = readPue(name, c);
  const map = mapping ?? {};
  const outName = (k: string): string => map[k] ?? k;
  return {
    metadata: { inputs: { ...OPERATIONAL_INPUTS, ...parametersMetadata?.inputs }, outputs: parametersMetadata?.outputs ?? OPERATIONAL_OUTPUTS },
    execute: (inputs: IfObservation[]): Promise<IfObservation[]> => Promise.resolve(inputs.map((input, i) => {
      const energy = observationNumber(input, 'energy', map, i);
      const power = observationNumber(input, 'power', map, i);
      if ((energy === undefined) === (power === undefined)) {
        throw new InputError({ path: `inputs[${i}]`, received: { energy, power }, expected: 'exactly one of energy [kWh] and power [W]', problem: energy === undefined ? 'has neither energy nor power' : 'has both energy and power', fix: 'give the IT energy, or the average power over the observation\'s duration' });
      }
      let kWh: number;
      if (energy !== undefined) {
        kWh = checkNumber(energy, `inputs[${i}].energy`, { min: 0, unit: 'kWh' });
      } else {
        const duration = observationNumber(input, 'duration', map, i);
        if (duration === undefined) throw new InputError({ path: `inputs[${i}].duration`, received: undefined, expected: 'the observation\'s length in seconds (power × duration gives the energy)', problem: 'is missing' });
        kWh = checkNumber(power, `inputs[${i}].power`, { min: 0, unit: 'W' }) * checkNumber(duration, `inputs[${i}].duration`, { min: 0, unit: 's' }) / WATT_SECONDS_PER_KWH;
      }
      return { ...input, [outName('carbon-operational')]: kWh * pue * intensityKg * GRAMS_PER_KG, [outName('ailca/grid-intensity')]: intensityKg * GRAMS_PER_KG, [outName('ailca/pue')]: pue };
    })),
  };
}
