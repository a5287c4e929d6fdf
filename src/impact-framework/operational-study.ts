import { lookupPue } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import { defineStudy } from '../study/index.js';
import type { Study } from '../system/index.js';
import { checkNumber } from '../validate/index.js';

/** Id of the job of {@link operationalStudy}: 1 kWh of IT energy, so that its operational carbon (`job:observation:operational`) is per kWh. */
export const OPERATIONAL_JOB = 'observation';

/** Where a study field of the plugin's study comes from in the config, for errors. */
const CONFIG_OF: readonly (readonly [string, string])[] = [
  ['cloud.gridIntensity', 'grid-intensity'],
  ['cloud.location', 'location'],
  ['cloud.year', 'year'],
  ['cloud.pue', 'pue'],
  ['model.jobs[0].energyScale', 'energy-scale'],
  ['model.jobs[0].carbonScale', 'grid-intensity-scale'],
];

function studyPue(name: string, c: Record<string, unknown>): unknown {
  const pue = c.pue;
  if (typeof pue === 'string') {
    const year = c['pue-year'] === undefined ? {} : { year: checkNumber(c['pue-year'], `${name}.config.pue-year`, { integer: true }) };
    try {
      return lookupPue(pue, year).value;
    } catch (e) {
      throw e instanceof InputError ? e.at(`${name}.config.pue`) : e;
    }
  }
  if (pue === undefined) throw new InputError({ path: `${name}.config.pue`, received: pue, expected: 'a PUE ≥ 1, a distribution of it or a key of ailca\'s pue dataset (`industry`)', problem: 'is missing', fix: 'write e.g. `pue: 1.2`, `pue: industry` with `pue-year: 2022` or `pue: {dist: uniform, min: 1.1, max: 1.4}`' });
  if (c['pue-year'] !== undefined) throw new InputError({ path: `${name}.config.pue-year`, received: c['pue-year'], expected: 'no pue-year beside a PUE given as a number or distribution', problem: 'would be ignored', fix: 'drop pue-year, or write `pue: industry` to read the dataset row of that year' });
  return pue;
}

/**
 * `AilcaOperational`'s config as a one-job ailca study: 1 kWh of measured
 * IT energy × `energy-scale` (the job's `energyScale`), in a cloud block
 * with the PUE and the grid (`location` and `year`, or `grid-intensity`),
 * × `grid-intensity-scale` (the job's `carbonScale`). The study parser
 * reads the distributions; its errors are re-raised at the config's paths.
 * @param name - the plugin's name, for messages
 * @param c - the plugin's config
 * @returns the study
 * @throws {@link InputError} for a missing grid or PUE, `location` with `grid-intensity`, `pue-year` beside a numeric PUE, or an invalid value or distribution
 * @example
 * const study = operationalStudy('AilcaOperational', { 'grid-intensity': { dist: 'uniform', min: 0.2, max: 0.4 }, pue: 1.2 });
 * // the base case: the uniform's mean
 * study.model?.jobs[0].site.gridIntensity.value; // => 0.3
 * study.model?.jobs[0].site.pue.value; // => 1.2
 */
export function operationalStudy(name: string, c: Record<string, unknown>): Study {
  if (c['grid-intensity'] !== undefined && (c.location !== undefined || c.year !== undefined)) {
    const k = c.location !== undefined ? 'location' : 'year';
    throw new InputError({ path: `${name}.config.${k}`, received: c[k], expected: 'either location (with year) to read ailca\'s grid-intensity dataset, or grid-intensity, not both', problem: 'conflicts with grid-intensity', fix: 'drop grid-intensity to use the dataset row, or drop location and year; for a spread around the dataset row write grid-intensity-scale' });
  }
  if (c['grid-intensity'] === undefined && typeof c.location !== 'string') {
    throw new InputError({ path: `${name}.config.location`, received: c.location, expected: 'a grid location of ailca\'s grid-intensity dataset (`DE`, `WORLD`, `aws:eu-central-1`), or a grid-intensity', problem: c.location === undefined ? 'is missing' : 'is invalid' });
  }
  const grid = c['grid-intensity'] !== undefined ? { gridIntensity: c['grid-intensity'] } : { location: c.location, ...(c.year === undefined ? {} : { year: c.year }) };
  const job = { id: OPERATIONAL_JOB, energy: 1, ...(c['energy-scale'] === undefined ? {} : { energyScale: c['energy-scale'] }), ...(c['grid-intensity-scale'] === undefined ? {} : { carbonScale: c['grid-intensity-scale'] }) };
  const pue = studyPue(name, c);
  try {
    return defineStudy({ name, cloud: { ...grid, pue }, model: { jobs: [job] } });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const at = e.path;
    const hit = CONFIG_OF.find(([field]) => at === field || at.startsWith(`${field}.`) || at.startsWith(`${field}[`));
    throw hit ? e.at(`${name}.config.${hit[1]}${at.slice(hit[0].length)}`) : e;
  }
}
