import { isUncertain, quantileFunction } from '../distributions/index.js';
import { InputError } from '../errors/index.js';
import { checkFinite } from '../assess/index.js';
import { evaluate, type CompiledGraph } from '../graph/index.js';
import { buildProgram, createBackend, type Backend, type BackendRequest, type RowKernel } from '../mc/index.js';
import type { Study } from '../system/index.js';
import type { SensitivityInput, SensitivityProblem } from '../sensitivity/index.js';
import { canonicalOutputKey, categoryKey, compileStudy, inputName, OUTPUT } from '../study/index.js';
import { IMPACT_CATEGORY_IDS } from '../units/index.js';

/** Explicit low/high values of an input for a tornado (canonical unit). */
export interface InputBounds {
  /** Low value of the input, in its canonical unit. */
  readonly low: number;
  /** High value of the input, in its canonical unit. */
  readonly high: number;
}

/** Options of {@link studyProblem}. */
export interface StudyProblemOptions {
  /** Outputs to analyse; default the functional unit. */
  readonly outputs?: readonly string[];
  /** Backend that evaluates the designs (`auto` by default). */
  readonly backend?: BackendRequest;
  /**
   * Threads of the `js` and `webasm` backends that evaluate the design
   * (default: the machine's cores; {@link analyseStudy} defaults the `js`
   * backend to 1).
   */
  readonly threads?: number;
  /** The design's base sample count: what `auto` weighs its probe against (below `AUTO_MIN_PROBE_SAMPLES` it takes js unmeasured). */
  readonly samples?: number;
  /**
   * Inputs to vary, by study path (`servers[0].lifetime`, `shared.grid`);
   * default every uncertain input. A fixed input may be listed when `bounds`
   * gives it a low and high value.
   */
  readonly inputs?: readonly string[];
  /** Explicit low/high values by study path (tornado). */
  readonly bounds?: Readonly<Record<string, InputBounds>>;
}

/** A sensitivity problem over a study, with the backend to release afterwards. */
export interface StudyProblem {
  /** The problem for the sensitivity analysers: inputs with their ppf and base, outputs, evaluator. */
  readonly problem: SensitivityProblem;
  /** The study's compiled expression model. */
  readonly model: CompiledGraph;
  /** The backend that evaluates design rows; released by `dispose`. */
  readonly backend: Backend;
  /** Paths of the varied inputs, in design column order. */
  readonly inputPaths: readonly string[];
  /** Notes to carry into the result (ignored correlations…). */
  readonly notes: readonly string[];
  /** Release the backend (its workers and GPU resources). Call once, when done. */
  dispose(): Promise<void>;
}

/**
 * The study paths of the inputs a sensitivity design varies, in column order:
 * `options.inputs` as given, or every uncertain input then those named in
 * `options.bounds`.
 * @example
 * studyDesignInputs(loadStudy('examples/xeon-8468.json'), { bounds: { 'servers[0].lifetime': { low: 3, high: 7 } } }); // => ['servers[0].lifetime']
 */
export function studyDesignInputs(study: Study, options: Pick<StudyProblemOptions, 'inputs' | 'bounds'> = {}): string[] {
  const uncertain = study.params.filter((p) => isUncertain(p.distribution)).map((p) => p.path);
  return [...(options.inputs ?? new Set([...uncertain, ...Object.keys(options.bounds ?? {})]))];
}

/**
 * The output keys a sensitivity analysis of a compiled study analyses: the
 * given ones in canonical form, or by default the footprint per functional
 * unit in every impact category the study computes it in (climate, then
 * water.functionalUnit…).
 * @example
 * studyProblemOutputs(compileStudy(loadStudy('examples/xeon-8468.json'))); // => ['functionalUnit']
 */
export function studyProblemOutputs(model: CompiledGraph, outputs?: readonly string[]): string[] {
  const present = new Set(model.outputs.map((o) => o.key));
  return outputs?.map(canonicalOutputKey) ?? IMPACT_CATEGORY_IDS.map((c) => categoryKey(c, OUTPUT.functionalUnit)).filter((k) => present.has(k));
}

/**
 * Turn a study into a {@link SensitivityProblem}: its uncertain inputs (with
 * their inverse CDFs and base values), the chosen outputs, and an evaluator
 * that runs designs through the study's generated program on a Monte Carlo
 * backend (`given` mode: each design row is a set of input values).
 *
 * Rank correlations between inputs are left out (Sobol indices assume
 * independent inputs) and noted.
 *
 * @throws {@link InputError} for an unknown input path or output, or a fixed input listed without bounds;
 * `NonFiniteResultError` when a result at the base values is NaN or infinite (naming the inputs, fixed ones included)
 */
export async function studyProblem(study: Study, options: StudyProblemOptions = {}): Promise<StudyProblem> {
  const model = compileStudy(study);
  // A fixed extreme input (a lifetime of 5e-324 years) makes every design row infinite; name it, not the swung inputs.
  const base = evaluate(model.outputs.map((o) => o.expr), new Map(model.inputs.map((i) => [i.name, i.value])));
  checkFinite(study, model, new Map(model.outputs.map((o, i) => [o.key, base[i]])));
  const params = new Map(study.params.map((p) => [p.path, p]));
  const bounds = options.bounds ?? {};
  for (const path of Object.keys(bounds)) {
    if (!params.has(path)) throw new InputError({ path: 'bounds', received: path, expected: `a study input path: ${[...params.keys()].join(', ')}`, problem: 'names no input of the study' });
  }
  const paths = studyDesignInputs(study, options);
  const inputs: SensitivityInput[] = paths.map((path) => {
    const p = params.get(path);
    if (p === undefined) throw new InputError({ path: 'inputs', received: path, expected: `a study input path: ${[...params.keys()].join(', ')}`, problem: 'names no input of the study' });
    const d = p.distribution;
    const b = bounds[path];
    if (!isUncertain(d) && b === undefined) {
      throw new InputError({ path: 'inputs', received: path, expected: 'an uncertain input, or a fixed one with explicit bounds', problem: 'is fixed in the study', fix: `give bounds: { "${path}": { low, high } }` });
    }
    // A closure with its constants precomputed: a Sobol design maps 2n·d points, and distributionPpf's per-call check costs ~100 ns.
    const ppf = isUncertain(d) ? quantileFunction(d) : () => p.value;
    return { name: path, ppf, base: p.value, ...(p.unit === '1' ? {} : { unit: p.unit }), ...(b !== undefined ? { low: b.low, high: b.high } : {}) };
  });
  if (inputs.length === 0) {
    throw new InputError({
      path: 'inputs',
      received: `study "${study.name}" with no uncertain input`,
      expected: 'at least one input given as a distribution (or named with bounds)',
      problem: 'leaves nothing to vary',
      fix: 'give an input as a distribution, e.g. "lifetime": {"dist": "triangular", "min": "3 years", "mode": "5 years", "max": "7 years"}',
    });
  }
  const outputs = studyProblemOutputs(model, options.outputs);
  const names = paths.map((path) => inputName(params.get(path) as (typeof study.params)[number]));
  const built = buildProgram(model, outputs, { designInputs: names });
  const request = options.backend ?? 'auto';
  // auto measures the backends on this program (random draws in place of the design rows: the same arithmetic)
  const probe = request === 'auto' ? { probe: { program: built.program, samples: options.samples ?? 0, inputs: paths.length } } : {};
  const backend = await createBackend(request, { ...(options.threads !== undefined ? { threads: options.threads } : {}), ...probe });
  let kernel: RowKernel | undefined;
  try {
    kernel = await backend.compile(built.program, { mode: 'given' });
  } catch (e) {
    await backend.dispose();
    throw e;
  }
  const k = kernel;
  const problem: SensitivityProblem = {
    inputs,
    outputs: [...outputs],
    evaluate: async (design: Float64Array) => k.run(design),
  };
  const notes = model.correlations.length > 0 ? [`the study's rank correlations (${model.correlations.map((c) => `${c.a}~${c.b}`).join(', ')}) are ignored: the indices assume independent inputs`] : [];
  return {
    problem,
    model,
    backend,
    inputPaths: paths,
    notes,
    async dispose() {
      k.dispose();
      await backend.dispose();
    },
  };
}
