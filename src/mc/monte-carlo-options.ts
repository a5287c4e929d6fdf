import { InputError } from '../errors/index.js';
import type { CompiledGraph } from '../graph/index.js';
import { DEFAULT_PERCENTILES } from '../stats/index.js';
import { checkSummaryArgs } from '../stats/summary.js';
import { canonicalOutputKey, categoryKey, declaresStages, elementKey, isImpactCategory, OUTPUT } from '../study/index.js';
import type { ImpactCategoryId } from '../units/index.js';
import type { BackendRequest } from './backends/index.js';
import { checkRange, checkSampleCount, checkSeed, MAX_KEPT_BYTES } from './check-run-options.js';

/**
 * The outputs a run reports by default: totals, phases, energy, elements and the functional unit.
 * @example
 * DEFAULT_MC_OUTPUTS.length; // => 12
 * DEFAULT_MC_OUTPUTS.slice(0, 2); // => ['functionalUnit', 'annualized.total']
 */
export const DEFAULT_MC_OUTPUTS: readonly string[] = [
  OUTPUT.functionalUnit,
  OUTPUT.annualizedTotal,
  OUTPUT.annualizedEmbodied,
  OUTPUT.operationalAnnual,
  OUTPUT.embodiedTotal,
  OUTPUT.annualEnergy,
  OUTPUT.lifetimeTotal,
  OUTPUT.usePhaseShare,
  elementKey('model'),
  elementKey('data'),
  elementKey('server'),
  elementKey('cloud'),
];

/** Progress of a run, reported after each chunk. */
export interface MonteCarloProgress {
  /** Samples finished in this run's range. */
  readonly done: number;
  /** Samples in this run's range. */
  readonly total: number;
}

/** Options of {@link runMonteCarlo}. */
export interface MonteCarloOptions {
  /** N, the samples of the whole run: an integer in [2, 2^32]. */
  readonly samples: number;
  /** Seed of the run: an integer in [0, 2^32 − 1]. Same seed → same samples. */
  readonly seed: number;
  /** `auto` (default: the fastest that works here), `webgpu`, `webasm`, `cpu` or `js`. */
  readonly backend?: BackendRequest;
  /**
   * Output keys, `'all'` for every output of the model (components
   * included); default {@link DEFAULT_MC_OUTPUTS}, and for a study with
   * several impact categories the same figures in each category the study
   * computes them in (`water.annualized.total`…). `climate.<key>` names the
   * climate figure `<key>`.
   */
  readonly outputs?: readonly string[] | 'all';
  /** Impact categories of the default outputs (default: every category of the study); ignored when `outputs` is given. */
  readonly categories?: readonly ImpactCategoryId[];
  /** Samples per kernel launch (default 2^20, fewer when many outputs would make a chunk exceed 64 MiB). Results do not depend on it. */
  readonly chunkSize?: number;
  /** Compute only samples [start, end) of the N-sample run (a shard; merge shards with `mergeMonteCarlo`). */
  readonly range?: {
    /** First sample index of the shard, an integer in [0, N). */
    readonly start: number;
    /** One past the last sample index, an integer in (start, N]. */
    readonly end: number;
  };
  /** Percentiles to report, in percent (default 2.5, 5, 25, 50, 75, 95, 97.5). */
  readonly percentiles?: readonly number[];
  /** Called after each chunk. */
  readonly onProgress?: (p: MonteCarloProgress) => void;
  /** Stops the run between chunks; the result then covers the finished samples and says so. */
  readonly signal?: AbortSignal;
  /** Keep every sample of every output as float64 columns (refused when they would not fit in 2 GiB). */
  readonly keepSamples?: boolean;
  /**
   * Where the samples are reduced: `host` (default) reads every sample back
   * and reduces it in float64; `device` (webgpu, without `keepSamples`;
   * elsewhere the host reduces) reduces them on the device and reads back
   * float32 partial sums and bin counts, added in float64 on the host
   * (docs/performance.md, "Reductions on the device": bins identical, mean
   * and sd within float32 partial-sum rounding).
   */
  readonly reduction?: 'device' | 'host';
}

/** The options of a run that can be checked before the study is compiled, checked, with their defaults. */
export interface CheckedMonteCarloOptions {
  /** N, the samples of the whole run. */
  readonly samples: number;
  /** Seed of the run. */
  readonly seed: number;
  /** The samples this run computes, [start, end); the whole run [0, N) unless a range was given. */
  readonly range: { readonly start: number; readonly end: number };
  /** The chunk size asked for; undefined leaves it to `chunkSizeFor` (chunk-policy.ts). */
  readonly chunkSize: number | undefined;
  /** Percentiles to report, in percent. */
  readonly percentiles: readonly number[];
  /** Where the samples are reduced: `device` where the backend can, or `host`. */
  readonly reduction: 'device' | 'host';
}

/**
 * Check the sample count, seed, range, chunk size and percentiles of a run,
 * in that order, and fill in their defaults: all before the study is
 * compiled, so that a bad percentile is refused now, not after a long run.
 *
 * @param options - the options as given to {@link runMonteCarlo}
 * @returns the checked values
 * @throws {@link InputError} naming the first bad option
 * @example
 * const study = loadStudy('examples/xeon-8468.json');
 * await runMonteCarlo(study, { samples: 1, seed: 1 }).catch((e) => e.path); // => 'samples'
 * await runMonteCarlo(study, { samples: 1000, seed: 1, range: { start: 10, end: 5 } }).catch((e) => e.path); // => 'range'
 */
export function checkMonteCarloOptions(options: MonteCarloOptions): CheckedMonteCarloOptions {
  const samples = checkSampleCount(options.samples, 'samples');
  const seed = checkSeed(options.seed, 'seed');
  const range = options.range ? checkRange(options.range, samples, 'range') : { start: 0, end: samples };
  const chunkSize = options.chunkSize === undefined ? undefined : checkSampleCount(options.chunkSize, 'chunkSize');
  const percentiles = options.percentiles ?? DEFAULT_PERCENTILES;
  // before sampling, not after a long run: a percentile outside [0, 100] (or a fraction for a percent) is refused now
  checkSummaryArgs(percentiles, {});
  const reduction = options.reduction ?? DEFAULT_REDUCTION;
  if (reduction !== 'device' && reduction !== 'host') {
    throw new InputError({ path: 'reduction', received: reduction, expected: "'device' or 'host'", fix: "leave it out for 'host', or write 'device' to reduce on the webgpu device" });
  }
  return { samples, seed, range, chunkSize, percentiles, reduction };
}

/**
 * Where a run reduces its samples unless told: `host`. The device reduction
 * (webgpu) gives the same statistics but no clear speed-up on lavapipe, even
 * with one fused kernel for all outputs (10^8 samples, 12 outputs: about 10 %
 * faster than the host path, within the machine's noise at 10^6–10^7); with
 * the sampling fused, its WGSL pass (binning and atomics) dominates
 * (docs/performance.md, "Reductions on the device" and "One kernel for all
 * outputs").
 */
const DEFAULT_REDUCTION: 'device' | 'host' = 'host';

// `Array.isArray` on a typed parameter narrows it to `any[]`; the check here
// guards JavaScript callers without giving up the element type.
const isList = (x: unknown): boolean => Array.isArray(x);

/**
 * The default outputs of a study: {@link DEFAULT_MC_OUTPUTS} in climate,
 * plus the life-cycle stage totals per year (`stage.manufacturing`,
 * `stage.transport`, `stage.use`, `stage.endOfLife`) when the study declares
 * transport, end of life or reuse, and the same figures in each other
 * category of the study that computes them (a figure not covered in a
 * category is left out, never sampled as 0).
 *
 * @param model - the compiled study
 * @param categories - the categories wanted (default: every category of the study)
 * @example
 * defaultOutputs(compileStudy(loadStudy('examples/xeon-8468.json'))).length; // => 12
 */
export function defaultOutputs(model: CompiledGraph, categories?: readonly ImpactCategoryId[]): string[] {
  const present = new Set(model.outputs.map((o) => o.key));
  const inStudy = new Set<string>(['climate', ...model.outputs.flatMap((o) => (o.tags.category !== undefined ? [o.tags.category] : []))]);
  const wanted = (categories ?? [...inStudy]).filter((c) => inStudy.has(c)) as ImpactCategoryId[];
  const keys = declaresStages(model) ? [...DEFAULT_MC_OUTPUTS, ...STAGE_OUTPUTS] : DEFAULT_MC_OUTPUTS;
  return wanted.flatMap((c) => keys.map((k) => categoryKey(c, k)).filter((k) => present.has(k)));
}

/** The life-cycle stage totals per year, sampled by default when a study declares stages. */
const STAGE_OUTPUTS: readonly string[] = [OUTPUT.stageManufacturing, OUTPUT.stageTransport, OUTPUT.stageUse, OUTPUT.stageEndOfLife];

/**
 * The output keys a run reports: every output of the model for `'all'`,
 * {@link DEFAULT_MC_OUTPUTS} when none are given, else the given keys, each
 * an output of the model and listed once.
 *
 * @param model - the compiled study
 * @param requested - {@link MonteCarloOptions.outputs}
 * @returns the keys, in the order given
 * @throws {@link InputError} for an empty list, an unknown key or a repeated key
 * @example
 * const study = loadStudy('examples/xeon-8468.json');
 * (await runMonteCarlo(study, { samples: 100, seed: 1, backend: 'js', outputs: ['annualized.total'] })).outputs.map((o) => o.key); // => ['annualized.total']
 * await runMonteCarlo(study, { samples: 100, seed: 1, outputs: ['nope'] }).catch((e) => e.path); // => 'outputs'
 */
export function checkOutputKeys(model: CompiledGraph, requested: MonteCarloOptions['outputs'], categories?: MonteCarloOptions['categories']): string[] {
  if (requested === 'all') return model.outputs.map((o) => o.key);
  categories?.forEach((c, i) => {
    if (!isImpactCategory(c)) throw new InputError({ path: `categories[${i}]`, received: c, expected: 'one of climate, water, adpe, pe', problem: 'is not an impact category' });
  });
  // a non-array (a JavaScript caller's string) is refused below, not mapped
  const keys: readonly string[] = requested === undefined ? defaultOutputs(model, categories) : isList(requested) ? requested.map(canonicalOutputKey) : requested;
  if (!isList(keys) || keys.length === 0) {
    throw new InputError({ path: 'outputs', received: keys, expected: "a non-empty array of output keys, or 'all'", fix: `e.g. ['${OUTPUT.annualizedTotal}'], or leave it out for the default outputs` });
  }
  const known = new Set(model.outputs.map((o) => o.key));
  const seen = new Set<string>();
  for (const k of keys) {
    if (!known.has(k)) {
      const category = k.slice(0, k.indexOf('.'));
      const notCovered = isImpactCategory(category) && known.has(k.slice(category.length + 1));
      throw new InputError(
        notCovered
          ? { path: 'outputs', received: k, expected: `an output the study computes in ${category}`, problem: `is not covered: the study lacks ${category} factors it needs (see the assessment's impacts block)`, fix: `give the missing factors in impacts.${category} blocks, or leave ${k} out` }
          : { path: 'outputs', received: k, expected: `output keys of the study: ${[...known].join(', ')}`, problem: 'is not an output of the study' },
      );
    }
    if (seen.has(k)) throw new InputError({ path: 'outputs', received: k, expected: 'each output key once', problem: 'lists an output twice', fix: 'remove the repeated key' });
    seen.add(k);
  }
  return [...keys];
}

/**
 * Refuse `keepSamples` when the float64 columns of `span` samples × `outputs`
 * outputs would exceed `MAX_KEPT_BYTES` (2 GiB), before anything is allocated.
 *
 * @param span - samples the run computes
 * @param outputs - outputs it reports
 * @throws {@link InputError} at path `keepSamples`
 * @example
 * const study = loadStudy('examples/xeon-8468.json');
 * await runMonteCarlo(study, { samples: 2 ** 30, seed: 1, keepSamples: true }).catch((e) => e.path); // => 'keepSamples'
 */
export function checkKeptSamples(span: number, outputs: number): void {
  if (span * outputs * 8 > MAX_KEPT_BYTES) {
    throw new InputError({
      path: 'keepSamples',
      received: `${span} samples × ${outputs} outputs`,
      expected: `at most ${MAX_KEPT_BYTES / 2 ** 30} GiB of float64 columns`,
      problem: 'would not fit in memory',
      fix: 'keep samples for fewer outputs or fewer samples; statistics need no kept samples',
    });
  }
}
