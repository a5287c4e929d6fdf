import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { configUncertainty, observationNumber, pluginConfig, type UncertaintyConfig } from './plugin-config.js';
import type { IfMapping, IfObservation, IfParameterMetadata, IfPlugin, IfPluginParametersMetadata } from './plugin-types.js';
import { OPERATIONAL_JOB, operationalStudy } from './operational-study.js';
import { figureFields, studyFigure, uncertainOutputs, type StudyFigure } from './study-figure.js';
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

/** Parameters {@link AilcaOperational} adds (the percentile outputs are named after `uncertainty.percentiles`). */
export const OPERATIONAL_OUTPUTS: IfParameterMetadata = {
  'carbon-operational': { description: 'operational carbon: IT energy × energy-scale × PUE × grid intensity × grid-intensity-scale (ailca\'s grid-intensity and pue datasets; base case)', unit: 'gCO2e', 'aggregation-method': SUM },
  'carbon-operational-mean': { description: 'Monte Carlo mean of carbon-operational (with config.uncertainty)', unit: 'gCO2e', 'aggregation-method': SUM },
  'ailca/grid-intensity': { description: 'grid carbon intensity ailca used (base case, grid-intensity-scale applied)', unit: 'gCO2e/kWh', 'aggregation-method': AVG },
  'ailca/pue': { description: 'power usage effectiveness ailca used (base case)', unit: 'none', 'aggregation-method': AVG },
};

/**
 * The outputs' metadata for a config: {@link OPERATIONAL_OUTPUTS} and, with
 * uncertainty, one entry per percentile (they add over time, not over components).
 * @param u - the uncertainty request, if any
 * @returns the output parameters' metadata
 * @example
 * Object.keys(operationalOutputs({ samples: 100, seed: 1, percentiles: [5, 95] })); // => ['carbon-operational', 'ailca/grid-intensity', 'ailca/pue', 'carbon-operational-mean', 'carbon-operational-p5', 'carbon-operational-p95']
 * operationalOutputs(undefined)['carbon-operational-mean']; // => undefined
 */
export function operationalOutputs(u: UncertaintyConfig | undefined): IfParameterMetadata {
  const { 'carbon-operational-mean': mean, ...base } = OPERATIONAL_OUTPUTS;
  return uncertainOutputs('carbon-operational', base, mean, u);
}

const FIELDS = ['location', 'year', 'grid-intensity', 'grid-intensity-scale', 'pue', 'pue-year', 'energy-scale', 'uncertainty'];

/**
 * Impact Framework plugin: operational carbon from energy (or power × time)
 * with ailca's grid-intensity and PUE datasets. The config gives the grid
 * as `location` (an ISO 3166-1 alpha-2 code, `WORLD`, `EU` or a cloud region
 * such as `aws:eu-central-1`, looked up in the grid-intensity dataset) with
 * an optional `year` (the latest row when absent), or as `grid-intensity`
 * [kgCO2e/kWh] instead; and `pue`: a number ≥ 1, a key of the pue dataset
 * (`industry`, with an optional `pue-year`) or a distribution. Each
 * observation gives `energy` [kWh] (IT energy) or `power` [W] averaged over
 * its `duration` [s], not both; the plugin adds `carbon-operational`
 * [gCO2e] = kWh × energy-scale × PUE × intensity [kgCO2e/kWh] ×
 * grid-intensity-scale × 1000, and the figures used as
 * `ailca/grid-intensity` [gCO2e/kWh] and `ailca/pue`.
 *
 * `grid-intensity`, `grid-intensity-scale` (a multiplier on the intensity:
 * a relative spread around the dataset row), `pue` and `energy-scale` (a
 * multiplier on each observation's energy) may be distributions in ailca's
 * study syntax (`{dist: uniform, min: 0.2, max: 0.4}`, docs/distributions.md),
 * read by ailca's study parser: the plugin builds a one-job study of 1 kWh
 * of measured IT energy from them. `carbon-operational` is that study's
 * base case (as `carbon-embodied`: each uncertain input at its `base`, else
 * its mean). With `uncertainty: { samples, seed, percentiles }` it runs
 * ailca's Monte Carlo (js backend, float64, seeded) on the study once and
 * adds `carbon-operational-mean` and `carbon-operational-p<percentile>`
 * (default `-p5` and `-p95`), each × the observation's kWh (carbon is
 * linear in energy). Use it in a manifest as `path: ailca/impact-framework`,
 * `method: AilcaOperational`.
 *
 * @param config - the manifest's `config`: `location`, `year`, `grid-intensity`, `grid-intensity-scale`, `pue`, `pue-year`, `energy-scale`, `uncertainty`
 * @param parametersMetadata - the manifest's `parameter-metadata`, overriding the plugin's
 * @param mapping - the manifest's `mapping`: renames of `energy`, `power`, `duration` and the outputs
 * @returns the plugin
 * @throws {@link InputError} for an unknown location or PUE key, a missing `pue`, both `location` and `grid-intensity`, an invalid distribution (at its config path), or an observation with both or neither of `energy` and `power`
 * @example
 * const plugin = AilcaOperational({ location: 'FR', year: 2019, pue: 1.5 });
 * const [out] = await plugin.execute([{ duration: 3600, energy: 2 }]);
 * const kg = lookupGridIntensity({ location: 'FR', year: 2019 }).value;
 * Math.abs(out['carbon-operational'] - 2 * 1.5 * kg * 1000) < 1e-9; // => true
 * // 10 kWh × 1.2 × uniform(0.2, 0.4) kgCO2e/kWh: mean 3600 g
 * const u = AilcaOperational({ 'grid-intensity': { dist: 'uniform', min: 0.2, max: 0.4 }, pue: 1.2, uncertainty: { samples: 2000, seed: 1 } });
 * const [m] = await u.execute([{ energy: 10 }]);
 * Math.abs(m['carbon-operational-mean'] / 3600 - 1) < 0.02; // => true
 */
export function AilcaOperational(config?: Record<string, unknown>, parametersMetadata?: IfPluginParametersMetadata, mapping?: IfMapping): IfPlugin {
  const name = 'AilcaOperational';
  const c = pluginConfig(name, config);
  for (const k of Object.keys(c)) {
    if (!FIELDS.includes(k)) throw new InputError({ path: `${name}.config.${k}`, received: c[k], expected: `a field among ${FIELDS.join(', ')}`, problem: 'is not a field' });
  }
  const u = configUncertainty(name, c);
  const study = operationalStudy(name, c);
  const job = study.model?.jobs[0];
  if (!job) throw new InputError({ path: `${name}.config`, received: c, expected: 'a config the plugin turns into a one-job study' });
  const intensityG = job.site.gridIntensity.value * job.carbonScale.value * GRAMS_PER_KG;
  const pue = job.site.pue.value;
  const map = mapping ?? {};
  let figure: Promise<StudyFigure> | undefined;
  const outName = (k: string): string => map[k] ?? k;
  return {
    metadata: { inputs: { ...OPERATIONAL_INPUTS, ...parametersMetadata?.inputs }, outputs: parametersMetadata?.outputs ?? operationalOutputs(u) },
    execute: async (inputs: IfObservation[]): Promise<IfObservation[]> => {
      const kWhs = inputs.map((input, i) => observationKWh(input, map, i));
      figure ??= studyFigure(name, study, `job:${OPERATIONAL_JOB}:operational`, (a) => a.jobs?.[0]?.operationalKgCO2e ?? Number.NaN, u);
      const f = await figure;
      return inputs.map((input, i) => ({ ...input, ...figureFields(name, 'carbon-operational', f, kWhs[i] * GRAMS_PER_KG, u, outName), [outName('ailca/grid-intensity')]: intensityG, [outName('ailca/pue')]: pue }));
    },
  };
}

/** The observation's IT energy [kWh]: `energy`, or `power` [W] × `duration` [s]. */
function observationKWh(input: IfObservation, map: IfMapping, i: number): number {
  const energy = observationNumber(input, 'energy', map, i);
  const power = observationNumber(input, 'power', map, i);
  if ((energy === undefined) === (power === undefined)) {
    throw new InputError({ path: `inputs[${i}]`, received: { energy, power }, expected: 'exactly one of energy [kWh] and power [W]', problem: energy === undefined ? 'has neither energy nor power' : 'has both energy and power', fix: 'give the IT energy, or the average power over the observation\'s duration' });
  }
  if (energy !== undefined) return checkNumber(energy, `inputs[${i}].energy`, { min: 0, unit: 'kWh' });
  const duration = observationNumber(input, 'duration', map, i);
  if (duration === undefined) throw new InputError({ path: `inputs[${i}].duration`, received: undefined, expected: 'the observation\'s length in seconds (power × duration gives the energy)', problem: 'is missing' });
  return checkNumber(power, `inputs[${i}].power`, { min: 0, unit: 'W' }) * checkNumber(duration, `inputs[${i}].duration`, { min: 0, unit: 's' }) / WATT_SECONDS_PER_KWH;
}
