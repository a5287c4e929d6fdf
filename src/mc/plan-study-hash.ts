import { assess, isUndefinedRatio } from '../assess/index.js';
import type { CompiledGraph } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { DEFAULT_HISTOGRAM_BINS } from '../stats/index.js';
import { compileStudy, OUTPUT } from '../study/index.js';
import { libraryVersion } from '../version.js';
import type { BackendName, BackendPrecision } from './backends/index.js';
import { checkSampleCount, checkSeed, PILOT_SAMPLES } from './check-run-options.js';
import { checkOutputKeys, type MonteCarloOptions } from './monte-carlo-options.js';
import { studyHash } from './study-hash.js';

/** The backends whose samples are float64 (the others are gpu.js kernels in float32). */
const FLOAT64_BACKENDS: readonly BackendName[] = ['js'];

/**
 * The arithmetic of a backend's samples, known from its name alone.
 * @example
 * backendPrecision('js'); // => 'float64'
 * backendPrecision('webgpu'); // => 'float32'
 */
export function backendPrecision(backend: BackendName): BackendPrecision {
  return FLOAT64_BACKENDS.includes(backend) ? 'float64' : 'float32';
}

/**
 * The `provenance.studyHash` that `runMonteCarlo` writes for a run of these
 * output keys of a compiled study: the one place both the run and
 * {@link planStudyHash} compute it, so they cannot drift apart.
 *
 * @param model - the compiled study
 * @param keys - the output keys the run reports, in order
 * @param run - seed, N, backend and the precision of its samples
 * @example
 * const model = compileStudy(loadStudy('examples/xeon-8468-uncertain.json'));
 * runStudyHash(model, ['annualized.total'], { seed: 1, samples: 100, backend: 'js', precision: 'float64' }).startsWith('sha256:'); // => true
 */
export function runStudyHash(model: CompiledGraph, keys: readonly string[], run: { readonly seed: number; readonly samples: number; readonly backend: BackendName; readonly precision: BackendPrecision }): string {
  const pilotSamples = Math.min(PILOT_SAMPLES, run.samples);
  return studyHash(model, { ...run, pilotSamples, histogramBins: DEFAULT_HISTOGRAM_BINS, outputs: keys, version: libraryVersion() });
}

/** The run whose hash {@link planStudyHash} computes. */
export interface PlannedRun {
  /** N, the samples of the whole run. */
  readonly samples: number;
  /** Seed of the run. */
  readonly seed: number;
  /** A named backend (`auto` may choose differently on each machine, so it has no hash before the run). */
  readonly backend: BackendName;
  /** Output keys, `'all'`, or undefined for the default outputs (as in `runMonteCarlo`). */
  readonly outputs?: readonly string[] | 'all';
  /** Impact categories of the default outputs (as in `runMonteCarlo`). */
  readonly categories?: MonteCarloOptions['categories'];
}

/**
 * The `provenance.studyHash` every shard of a run will carry, computed
 * without sampling: what a job script names its shard files by, written
 * before any shard runs. Equal to the hash of `runMonteCarlo(study, run)`
 * on the named backend, whatever the shard range.
 *
 * @param study - a parsed study
 * @param run - samples, seed, named backend and outputs of the run
 * @returns `sha256:` and 64 hex digits
 * @throws {@link InputError} for a bad sample count, seed or output key, as `runMonteCarlo` would
 * @example
 * const study = loadStudy('examples/xeon-8468-uncertain.json');
 * const hash = planStudyHash(study, { samples: 100, seed: 1, backend: 'js' });
 * hash === (await runMonteCarlo(study, { samples: 100, seed: 1, backend: 'js', range: { start: 0, end: 10 } })).provenance.studyHash; // => true
 */
export function planStudyHash(study: Study, run: PlannedRun): string {
  const samples = checkSampleCount(run.samples, 'samples');
  const seed = checkSeed(run.seed, 'seed');
  const model = compileStudy(study);
  // runMonteCarlo leaves out the use-phase share of a zero footprint (0 ÷ 0), so the hash does too.
  const zeroFootprint = isUndefinedRatio(assess(study).usePhaseShare);
  const keys = checkOutputKeys(model, run.outputs, run.categories).filter((k) => !(zeroFootprint && k === OUTPUT.usePhaseShare));
  return runStudyHash(model, keys, { seed, samples, backend: run.backend, precision: backendPrecision(run.backend) });
}
