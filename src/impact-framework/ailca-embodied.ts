import { OUTPUT } from '../study/index.js';
import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { configStudy, configUncertainty, observationNumber, pluginConfig, type UncertaintyConfig } from './plugin-config.js';
import type { IfMapping, IfObservation, IfParameterMetadata, IfPlugin, IfPluginParametersMetadata } from './plugin-types.js';
import { figureFields, studyFigure, uncertainOutputs, type StudyFigure } from './study-figure.js';
import { GRAMS_PER_KG, SECONDS_PER_YEAR } from './units.js';

const SUM = { time: 'sum', component: 'sum' } as const;
const COPY = { time: 'copy', component: 'copy' } as const;

/** Parameters {@link AilcaEmbodied} reads from each observation. */
export const EMBODIED_INPUTS: IfParameterMetadata = {
  duration: { description: 'length of the observation', unit: 'seconds', 'aggregation-method': SUM },
  'usage-ratio': { description: 'share of the study\'s hardware the component reserves, in (0, 1]; 1 when absent, as in IF\'s SciEmbodied', unit: 'none', 'aggregation-method': COPY },
};

/** Parameters {@link AilcaEmbodied} adds (the percentile outputs are named after `uncertainty.percentiles`). */
export const EMBODIED_OUTPUTS: IfParameterMetadata = {
  'carbon-embodied': { description: 'embodied carbon of the study\'s hardware amortised over the observation: annualised embodied × duration ÷ year × usage-ratio (ailca, base case)', unit: 'gCO2e', 'aggregation-method': SUM },
  'carbon-embodied-mean': { description: 'Monte Carlo mean of carbon-embodied (with config.uncertainty)', unit: 'gCO2e', 'aggregation-method': SUM },
};

/**
 * The outputs' metadata for a config: {@link EMBODIED_OUTPUTS} and, with
 * uncertainty, one entry per percentile (`uncertainOutputs`: the
 * percentiles add over time, not over components).
 * @param u - the uncertainty request, if any
 * @returns the output parameters' metadata
 * @example
 * Object.keys(embodiedOutputs({ samples: 100, seed: 1, percentiles: [5, 95] })); // => ['carbon-embodied', 'carbon-embodied-mean', 'carbon-embodied-p5', 'carbon-embodied-p95']
 * embodiedOutputs(undefined)['carbon-embodied-mean']; // => undefined
 */
export function embodiedOutputs(u: UncertaintyConfig | undefined): IfParameterMetadata {
  return uncertainOutputs('carbon-embodied', { 'carbon-embodied': EMBODIED_OUTPUTS['carbon-embodied'] }, EMBODIED_OUTPUTS['carbon-embodied-mean'], u);
}

/**
 * Impact Framework plugin: the embodied carbon of an ailca study's hardware,
 * amortised over each observation. The config names the study
 * (`study: examples/dell-r740-boavizta.json`, a path relative to the working
 * directory, or the study inline); ailca computes its annualised embodied
 * carbon (`annualized.embodied`: each server's embodied carbon ÷ its
 * lifetime, plus what the study allocates to jobs and storage) and the
 * plugin adds `carbon-embodied` [gCO2e] = annualised [kgCO2e/year] × 1000 ×
 * `duration` [s] ÷ 31,536,000 s/year × `usage-ratio`. With
 * `uncertainty: { samples, seed, percentiles }` it runs ailca's Monte Carlo
 * (js backend, float64, seeded) once and adds `carbon-embodied-mean` and
 * `carbon-embodied-p<percentile>` (default `-p5` and `-p95`), scaled alike.
 * Use it in a manifest as `path: ailca/impact-framework`, `method: AilcaEmbodied`.
 *
 * @param config - the manifest's `config`: `study` (required), `uncertainty` (optional)
 * @param parametersMetadata - the manifest's `parameter-metadata`, overriding the plugin's
 * @param mapping - the manifest's `mapping`: renames of `duration`, `usage-ratio` and the outputs
 * @returns the plugin
 * @example
 * const plugin = AilcaEmbodied({ study: 'examples/xeon-8468.json' });
 * const [out] = await plugin.execute([{ timestamp: '2024-01-01T00:00:00Z', duration: 3600 }]);
 * const annual = assess(loadStudy('examples/xeon-8468.json')).annualized.embodiedKgCO2e;
 * Math.abs(out['carbon-embodied'] - annual * 1000 * 3600 / (8760 * 3600)) < 1e-9; // => true
 */
export function AilcaEmbodied(config?: Record<string, unknown>, parametersMetadata?: IfPluginParametersMetadata, mapping?: IfMapping): IfPlugin {
  const name = 'AilcaEmbodied';
  const c = pluginConfig(name, config);
  for (const k of Object.keys(c)) {
    if (k !== 'study' && k !== 'uncertainty') throw new InputError({ path: `${name}.config.${k}`, received: c[k], expected: 'a field among study, uncertainty', problem: 'is not a field' });
  }
  const study = configStudy(name, c);
  const u = configUncertainty(name, c);
  const map = mapping ?? {};
  let figure: Promise<StudyFigure> | undefined;
  const outName = (k: string): string => map[k] ?? k;
  return {
    metadata: { inputs: { ...EMBODIED_INPUTS, ...parametersMetadata?.inputs }, outputs: parametersMetadata?.outputs ?? embodiedOutputs(u) },
    execute: async (inputs: IfObservation[]): Promise<IfObservation[]> => {
      figure ??= studyFigure(name, study, OUTPUT.annualizedEmbodied, (a) => a.annualized.embodiedKgCO2e, u);
      const f = await figure;
      return inputs.map((input, i) => {
        const duration = observationNumber(input, 'duration', map, i);
        if (duration === undefined) throw new InputError({ path: `inputs[${i}].duration`, received: undefined, expected: 'the observation\'s length in seconds', problem: 'is missing' });
        checkNumber(duration, `inputs[${i}].duration`, { min: 0, minExclusive: true, unit: 's' });
        const ratio = observationNumber(input, 'usage-ratio', map, i) ?? 1;
        checkNumber(ratio, `inputs[${i}].usage-ratio`, { min: 0, minExclusive: true, max: 1 });
        const scale = GRAMS_PER_KG * (duration / SECONDS_PER_YEAR) * ratio;
        return { ...input, ...figureFields(name, 'carbon-embodied', f, scale, u, outName) };
      });
    },
  };
}
