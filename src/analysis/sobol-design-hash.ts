import { InputError } from '../errors/index.js';
import type { CompiledGraph } from '../graph/index.js';
import { backendPrecision, BACKEND_NAMES, canonicalHash, type BackendName } from '../mc/index.js';
import { checkSaltelliSize, type BootstrapOptions } from '../sensitivity/index.js';
import type { Study } from '../system/index.js';
import { compileStudy } from '../study/index.js';
import { libraryVersion } from '../version.js';
import { DEFAULT_CONFIDENCE, DEFAULT_RESAMPLES } from '../sensitivity/index.js';
import { studyDesignInputs, studyProblemOutputs } from './study-problem.js';

/** A Sobol' analysis of a study, as its shards share it: what its design hash covers. */
export interface SobolStudyDesign {
  /** Base samples n. */
  readonly samples: number;
  /** Seed of the design and the bootstrap. */
  readonly seed: number;
  /** Whether second-order indices are estimated (the design then has the BA blocks). */
  readonly secondOrder?: boolean;
  /** Bootstrap resamples and confidence (threads do not change the result and are left out). */
  readonly bootstrap?: Pick<BootstrapOptions, 'resamples' | 'confidence'>;
  /** Output keys; default the functional unit in each impact category. */
  readonly outputs?: readonly string[];
  /** Inputs varied, by study path; default every uncertain input. */
  readonly inputs?: readonly string[];
  /** A named backend (default `js`): `auto` may choose a different one on each machine. */
  readonly backend?: BackendName;
}

/**
 * Check the backend of a sharded analysis: a named one, default `js`.
 * @internal
 */
export function shardBackend(backend: unknown, path: string): BackendName {
  const b = backend ?? 'js';
  if (typeof b !== 'string' || b === 'auto' || !(BACKEND_NAMES as readonly string[]).includes(b)) {
    throw new InputError({ path, received: b, expected: `a named backend: ${BACKEND_NAMES.filter((x) => x !== 'auto').join(', ')}`, problem: b === 'auto' ? 'may choose a different backend on each machine, whose shards would not merge' : 'is not a backend', fix: 'use js (float64: the same values on every machine), or the gpu.js backend every node has' });
  }
  return b as BackendName;
}

/**
 * The canonical hash of a Sobol' design over a compiled model: the model's
 * inputs (value, unit, distribution), correlations and the analysed outputs
 * (key, unit, expression graph), and the design: varied inputs, n, seed,
 * second order, sequence, bootstrap, backend, precision, library version.
 * @internal
 */
export function sobolDesignHash(model: CompiledGraph, d: { readonly inputs: readonly string[]; readonly outputs: readonly string[]; readonly samples: number; readonly seed: number; readonly secondOrder: boolean; readonly bootstrap: { readonly resamples: number; readonly confidence: number }; readonly backend: string; readonly precision: string }): string {
  const outputs = d.outputs.map((key, i) => {
    const o = model.outputs.find((x) => x.key === key);
    if (o === undefined) throw new InputError({ path: `outputs[${i}]`, received: key, expected: `an output key of the study: ${model.outputs.map((x) => x.key).join(', ')}`, problem: 'is not an output of the study' });
    return { key: o.key, unit: o.unit, expr: o.expr };
  });
  const canonical = {
    kind: 'ailca.sobol-design',
    model: { inputs: model.inputs.map((i) => ({ name: i.name, value: i.value, unit: i.unit, distribution: i.distribution })), correlations: model.correlations, outputs },
    design: { inputs: d.inputs, samples: d.samples, seed: d.seed, secondOrder: d.secondOrder, sequence: 'random', bootstrap: { resamples: d.bootstrap.resamples, confidence: d.bootstrap.confidence } },
    backend: d.backend,
    precision: d.precision,
    version: libraryVersion(),
  };
  return `sha256:${canonicalHash(canonical)}`;
}

/**
 * The design hash every shard of a sharded Sobol' analysis of a study
 * carries (`provenance.designHash` of {@link sobolStudyShard}), computed
 * without evaluating anything: what a job script names its shard files by.
 * It covers the compiled study, the seed, n, second order, the bootstrap,
 * the outputs and inputs, the backend and its precision, and the ailca
 * version — not the row range, so all shards of one analysis share it.
 *
 * @param study - a parsed study
 * @param design - n, seed and the options of the analysis
 * @returns `sha256:` and 64 hex digits
 * @throws {@link InputError} for an unknown output, an `auto` backend, or a bad seed or n
 * @example
 * const study = loadStudy('examples/xeon-8468-uncertain.json');
 * const h = planSobolStudyHash(study, { samples: 64, seed: 1 });
 * h === planSobolStudyHash(study, { samples: 64, seed: 2 }); // => false
 * h.startsWith('sha256:'); // => true
 */
export function planSobolStudyHash(study: Study, design: SobolStudyDesign): string {
  const model = compileStudy(study);
  const inputs = studyDesignInputs(study, design.inputs !== undefined ? { inputs: design.inputs } : {});
  const secondOrder = design.secondOrder ?? false;
  if (inputs.length < 2) {
    throw new InputError({ path: 'inputs', received: inputs, expected: 'at least two uncertain inputs', problem: `leaves ${inputs.length === 0 ? 'nothing' : 'one input'} to vary in study "${study.name}"`, fix: 'give the study two or more inputs as distributions: with one, its share of the variance is 1 (use --method tornado to see its effect)' });
  }
  const samples = checkSaltelliSize(inputs.length, design.samples, secondOrder, 'random', 'planSobolStudyHash');
  if (!Number.isInteger(design.seed) || design.seed < 0 || design.seed > 4294967295) {
    throw new InputError({ path: 'seed', received: design.seed, expected: 'an integer in [0, 4294967295]', problem: 'is not a seed' });
  }
  const backend = shardBackend(design.backend, 'backend');
  const bootstrap = { resamples: design.bootstrap?.resamples ?? DEFAULT_RESAMPLES, confidence: design.bootstrap?.confidence ?? DEFAULT_CONFIDENCE };
  return sobolDesignHash(model, { inputs, outputs: studyProblemOutputs(model, design.outputs), samples, seed: design.seed, secondOrder, bootstrap, backend, precision: backendPrecision(backend) });
}
