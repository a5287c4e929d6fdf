import { assess, type Assessment } from '../assess/index.js';
import { InputError } from '../errors/index.js';
import { runMonteCarlo } from '../mc/index.js';
import { percentileKey } from '../stats/index.js';
import type { Study } from '../system/index.js';
import type { UncertaintyConfig } from './plugin-config.js';
import type { IfObservation, IfParameterMetadata } from './plugin-types.js';

/** One output of an ailca study as a plugin reports it: the base case and, with uncertainty, the Monte Carlo mean and percentiles (ailca's units, e.g. kgCO2e). */
export interface StudyFigure {
  /** The study's deterministic base case (each uncertain input at its `base`, else its mean). */
  readonly base: number;
  /** Monte Carlo mean, with uncertainty. */
  readonly mean?: number;
  /** Monte Carlo percentiles by ailca's keys (`p5`, `p97.5`), with uncertainty. */
  readonly percentiles?: Readonly<Record<string, number>>;
}

/**
 * One output of a study: its base case from `assess`, and with uncertainty
 * one seeded Monte Carlo run (js backend, float64) of the same output. The
 * one route both plugins take, so that their base cases and intervals mean
 * the same thing.
 * @param plugin - the plugin's name, for messages
 * @param study - the parsed study
 * @param key - the output's key in the compiled study (`OUTPUT.annualizedEmbodied`, `job:<id>:operational`)
 * @param baseOf - the same output read from the deterministic assessment
 * @param u - the uncertainty request, if any
 * @returns the figure
 * @example
 * const study = defineStudy({ name: 'x', cloud: { gridIntensity: { dist: 'uniform', min: 0.2, max: 0.4 }, pue: 1 }, model: { jobs: [{ id: 'j', energy: '1 kWh' }] } });
 * const f = await studyFigure('AilcaOperational', study, 'job:j:operational', (a) => a.jobs![0].operationalKgCO2e, undefined);
 * Math.abs(f.base - 0.3) < 1e-12; // => true
 */
export async function studyFigure(plugin: string, study: Study, key: string, baseOf: (a: Assessment) => number, u: UncertaintyConfig | undefined): Promise<StudyFigure> {
  const base = baseOf(assess(study));
  if (!u) return { base };
  const mc = await runMonteCarlo(study, { samples: u.samples, seed: u.seed, backend: 'js', outputs: [key], percentiles: u.percentiles });
  const out = mc.outputs.find((o) => o.key === key);
  if (!out) throw new InputError({ path: `${plugin}.config`, received: mc.study, expected: `a study whose Monte Carlo run reports ${key}` });
  return { base, mean: out.summary.mean, percentiles: out.summary.percentiles };
}

/**
 * A plugin's output metadata for a config: `base` and, with uncertainty,
 * `<name>-mean` and one `<name>-p<q>` per percentile. Percentiles of one
 * component's observations are the same Monte Carlo samples scaled by
 * each observation (perfectly correlated), so they add over time; over
 * components (other runs, other samples) they do not, hence `component: none`.
 * @param name - the output (`carbon-embodied`, `carbon-operational`)
 * @param base - the outputs without uncertainty
 * @param mean - the mean's metadata
 * @param u - the uncertainty request, if any
 * @returns the output parameters' metadata
 * @example
 * const base = { c: { description: 'c', unit: 'gCO2e', 'aggregation-method': { time: 'sum', component: 'sum' } } } as const;
 * Object.keys(uncertainOutputs('c', base, base.c, { samples: 10, seed: 1, percentiles: [5] })); // => ['c', 'c-mean', 'c-p5']
 */
export function uncertainOutputs(name: string, base: IfParameterMetadata, mean: IfParameterMetadata[string], u: UncertaintyConfig | undefined): IfParameterMetadata {
  if (!u) return { ...base };
  const out: IfParameterMetadata = { ...base, [`${name}-mean`]: mean };
  for (const p of u.percentiles) {
    out[`${name}-${percentileKey(p)}`] = { description: `${p}th percentile of ${name} (Monte Carlo)`, unit: 'gCO2e', 'aggregation-method': { time: 'sum', component: 'none' } };
  }
  return out;
}

/**
 * The figure's fields for one observation, each × `scale`: `<name>` (the
 * base case) and, with uncertainty, `<name>-mean` and `<name>-p<q>`, under
 * the manifest's names.
 * @param plugin - the plugin's name, for messages
 * @param name - the output (`carbon-embodied`)
 * @param f - the figure
 * @param scale - what turns the figure into the observation's value (kg → g × the observation's share)
 * @param u - the uncertainty request, if any
 * @param outName - the manifest's name of an output
 * @returns the fields to add to the observation
 * @example
 * figureFields('P', 'c', { base: 2, mean: 3, percentiles: { p5: 1 } }, 10, { samples: 10, seed: 1, percentiles: [5] }, (k) => k); // => { c: 20, 'c-mean': 30, 'c-p5': 10 }
 */
export function figureFields(plugin: string, name: string, f: StudyFigure, scale: number, u: UncertaintyConfig | undefined, outName: (k: string) => string): IfObservation {
  const out: IfObservation = { [outName(name)]: f.base * scale };
  if (!u || f.mean === undefined || !f.percentiles) return out;
  out[outName(`${name}-mean`)] = f.mean * scale;
  for (const p of u.percentiles) {
    const key = percentileKey(p);
    const v = f.percentiles[key];
    if (v === undefined) throw new InputError({ path: `${plugin}.config.uncertainty.percentiles`, received: p, expected: 'a percentile the Monte Carlo summary reports' });
    out[outName(`${name}-${key}`)] = v * scale;
  }
  return out;
}
