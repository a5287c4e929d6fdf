import { NonFiniteResultError, suspectInputs } from '../assess/index.js';
import type { CompiledGraph } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { referenceInputs, type BuiltProgram } from './program/index.js';
import { pcgStream } from './random/pcg.js';

/**
 * The error for an output that is NaN or infinite in every sample: names the
 * inputs that feed it and stand out in the backend's precision (see `suspectInputs`).
 *
 * @param study - the parsed study
 * @param model - its compiled model
 * @param key - the output's key
 * @param precision - the arithmetic of the backend's samples
 * @param what - what went wrong, in words (`NaN or infinite in all 1000 pilot samples`)
 * @returns the error, for the caller to throw
 * @example
 * const study = defineStudy({ name: 'float32 overflow', servers: [{ name: 'box', lifetime: { dist: 'uniform', min: '3 years', max: '5 years' },
 *   components: [{ type: 'ic', name: 'die', technology: 'logic', dieArea: '1e36 cm2', factor: '2 kgCO2e/cm2', count: 1000 }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } });
 * // 2e39 kgCO2e overflows float32 (max 3.4e38) in every sample of the cpu backend: the die area is named
 * const error = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'cpu' }).catch((e) => e);
 * error instanceof NonFiniteResultError; // => true
 * error.message.startsWith('servers[0].components[0].dieArea makes a result that is not a finite number'); // => true
 */
export function nonFiniteError(study: Study, model: CompiledGraph, key: string, precision: 'float32' | 'float64', what: string): NonFiniteResultError {
  const suspects = suspectInputs(study, model, [key], precision);
  const label = model.outputs.find((o) => o.key === key)?.label ?? key;
  return new NonFiniteResultError({
    paths: suspects.map((s) => s.path),
    values: suspects.map((s) => `${s.value}${s.unit ? ` ${s.unit}` : ''}`),
    outputs: [`${label}: ${what}`],
    precision,
  });
}

/**
 * The inputs of one sample of a run, recomputed on the host from the
 * sample's PCG stream, to say why an output went bad there: `name = value`
 * for each uncertain input, comma-separated; empty when nothing was sampled.
 *
 * @param built - the run's sampling program (undefined when no output was sampled)
 * @param seed - the run's seed
 * @param index - the sample's index in the whole run
 * @returns the sample's inputs, in words
 * @example
 * const base = loadStudy('examples/xeon-8468.json');
 * // validation bypassed on purpose: a lifetime of 0 in half the samples divides by zero
 * const params = base.params.map((p) => (p.path === 'servers[0].lifetime' ? { ...p, distribution: parseDistribution({ dist: 'discrete', values: [0, 5], weights: [1, 1] }, 'l') } : p));
 * const r = await runMonteCarlo({ ...base, params }, { samples: 1000, seed: 1, backend: 'js', outputs: ['annualized.total'] });
 * r.warnings.some((w) => w.includes('has inputs servers[0].lifetime = 0')); // => true
 */
export function sampleInputsText(built: BuiltProgram | undefined, seed: number, index: number): string {
  if (built === undefined) return '';
  const next = pcgStream(seed, index);
  const values = referenceInputs(built, built.inputs.map(() => next()));
  return built.inputs.map((i) => `${i.name} = ${values.get(i.name)}`).join(', ');
}
