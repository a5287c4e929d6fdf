import { assess, isUndefinedRatio, NonFiniteResultError, suspectInputs } from '../assess/index.js';
import { isUncertain } from '../distributions/index.js';
import { AilcaError, InputError } from '../errors/index.js';
import { evaluate, inputsOf, type Model } from '../graph/index.js';
import type { Study } from '../model/index.js';
import { choosePilotRange, DEFAULT_HISTOGRAM_BINS, DEFAULT_PERCENTILES, StreamingSummary, type StreamingSummaryJSON } from '../stats/index.js';
import { checkSummaryArgs } from '../stats/summary.js';
import { compileStudy, elementKey, OUTPUT } from '../study/index.js';
import { libraryVersion } from '../version.js';
import { createBackend, type BackendRequest, type SamplingKernel } from './backends/index.js';
import { checkRange, checkSampleCount, checkSeed, DEFAULT_CHUNK, MAX_KEPT_BYTES, PILOT_SAMPLES } from './check-run-options.js';
import { constantSummary } from './constant-summary.js';
import type { MonteCarloOutput, MonteCarloResult } from './monte-carlo-result.js';
import { buildProgram, referenceInputs, type BuiltProgram } from './program/index.js';
import { pcgStream } from './random/pcg.js';
import { studyHash } from './study-hash.js';

/** The outputs a run reports by default: totals, phases, energy, elements and the functional unit. */
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

/**
 * The error for an output that is NaN or infinite in every sample: names the
 * inputs that feed it and stand out in the backend's precision (see `suspectInputs`).
 */
function nonFiniteError(study: Study, model: Model, key: string, precision: 'float32' | 'float64', what: string): NonFiniteResultError {
  const suspects = suspectInputs(study, model, [key], precision);
  const label = model.outputs.find((o) => o.key === key)?.label ?? key;
  return new NonFiniteResultError({
    paths: suspects.map((s) => s.path),
    values: suspects.map((s) => `${s.value}${s.unit ? ` ${s.unit}` : ''}`),
    outputs: [`${label}: ${what}`],
    precision,
  });
}

/** Most bytes of one chunk's columns by default [bytes]: 64 MiB. */
const CHUNK_BYTES = 64 * 2 ** 20;

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
  /** Output keys, `'all'` for every output of the model (components included); default {@link DEFAULT_MC_OUTPUTS}. */
  readonly outputs?: readonly string[] | 'all';
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
}

function outputKeys(model: Model, requested: MonteCarloOptions['outputs']): string[] {
  if (requested === 'all') return model.outputs.map((o) => o.key);
  const keys = requested ?? DEFAULT_MC_OUTPUTS;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new InputError({ path: 'outputs', received: keys, expected: "a non-empty array of output keys, or 'all'", fix: `e.g. ['${OUTPUT.annualizedTotal}'], or leave it out for the default outputs` });
  }
  const known = new Set(model.outputs.map((o) => o.key));
  const seen = new Set<string>();
  for (const k of keys) {
    if (!known.has(k)) throw new InputError({ path: 'outputs', received: k, expected: `output keys of the study: ${[...known].join(', ')}`, problem: 'is not an output of the study' });
    if (seen.has(k)) throw new InputError({ path: 'outputs', received: k, expected: 'each output key once', problem: 'lists an output twice', fix: 'remove the repeated key' });
    seen.add(k);
  }
  return [...keys];
}

/**
 * Run the Monte Carlo simulation of a study: every uncertain input is drawn
 * inside a generated gpu.js kernel (or the plain-JS backend), each sample
 * computes every requested output, and the host reduces the samples chunk by
 * chunk in float64 (moments, fixed-bin histograms for percentiles), so that
 * 10^8 samples and more run in bounded memory. Outputs that no uncertain
 * input reaches are reported exactly, in float64.
 *
 * The same seed gives the same samples whatever the chunk size, on a given
 * backend; a run can be split into sample ranges (shards) and merged; an
 * AbortSignal stops it between chunks and the result covers what was done.
 *
 * @param study - a parsed study (`loadStudy`, `defineStudy`)
 * @param options - samples, seed, backend, outputs, progress, abort
 * @returns statistics of every output with the run's provenance
 * @throws {@link InputError} for a bad sample count, seed, range, output list, percentile or backend
 */
export async function runMonteCarlo(study: Study, options: MonteCarloOptions): Promise<MonteCarloResult> {
  const t0 = performance.now();
  const samples = checkSampleCount(options.samples, 'samples');
  const seed = checkSeed(options.seed, 'seed');
  const range = options.range ? checkRange(options.range, samples, 'range') : { start: 0, end: samples };
  const requestedChunk = options.chunkSize === undefined ? undefined : checkSampleCount(options.chunkSize, 'chunkSize');
  const percentiles = options.percentiles ?? DEFAULT_PERCENTILES;
  // before sampling, not after a long run: a percentile outside [0, 100] (or a fraction for a percent) is refused now
  checkSummaryArgs(percentiles, {});
  const model = compileStudy(study);
  // Refuses a study whose base values give a NaN or infinite result, naming the inputs.
  const deterministic = assess(study);
  // The use-phase share of a zero footprint is 0 ÷ 0: not sampled, reported as undefined in a warning.
  const zeroFootprint = isUndefinedRatio(deterministic.usePhaseShare);
  const keys = outputKeys(model, options.outputs).filter((k) => !(zeroFootprint && k === OUTPUT.usePhaseShare));
  const span = range.end - range.start;
  if (options.keepSamples && span * keys.length * 8 > MAX_KEPT_BYTES) {
    throw new InputError({
      path: 'keepSamples',
      received: `${span} samples × ${keys.length} outputs`,
      expected: `at most ${MAX_KEPT_BYTES / 2 ** 30} GiB of float64 columns`,
      problem: 'would not fit in memory',
      fix: 'keep samples for fewer outputs or fewer samples; statistics need no kept samples',
    });
  }
  const detValues = new Map<string, number>();
  {
    const values = new Map(model.inputs.map((i) => [i.name, i.value]));
    const exprs = keys.map((k) => (model.outputs.find((o) => o.key === k) as Model['outputs'][number]).expr);
    evaluate(exprs, values).forEach((v, i) => detValues.set(keys[i] as string, v));
  }
  const uncertain = new Set(model.inputs.filter((i) => isUncertain(i.distribution)).map((i) => i.name));
  const varying = keys.filter((k) => inputsOf([(model.outputs.find((o) => o.key === k) as Model['outputs'][number]).expr]).some((n) => uncertain.has(n)));
  // Default chunk: 2^20 samples, fewer when many outputs would make a chunk's columns exceed 64 MiB (two sets are alive at once),
  // but never below 2^14 samples, where per-launch overhead dominates (docs/backends.md, Q2).
  const chunk = requestedChunk ?? Math.max(2 ** 14, Math.min(DEFAULT_CHUNK, 2 ** Math.floor(Math.log2(CHUNK_BYTES / (8 * Math.max(1, varying.length))))));
  const backend = await createBackend(options.backend ?? 'auto', { outputs: varying.length });
  const nonFinite = (key: string, what: string) => nonFiniteError(study, model, key, backend.precision, what);
  let kernel: SamplingKernel | undefined;
  let built: BuiltProgram | undefined;
  const summaries = new Map<string, StreamingSummary>();
  const kept = options.keepSamples ? new Map(keys.map((k) => [k, new Float64Array(span)])) : undefined;
  let done = 0;
  let aborted = false;
  try {
    if (varying.length > 0) {
      built = buildProgram(model, varying);
      kernel = await backend.compile(built.program);
      const pilot = await kernel.run(0, Math.min(PILOT_SAMPLES, samples), seed);
      varying.forEach((k, j) => {
        const col = pilot[j] as Float32Array | Float64Array;
        // float64 at the base values was finite (assess); in float32 (max 3.4e38) or at other draws it may not be
        if (!col.some((x) => Number.isFinite(x))) throw nonFinite(k, `NaN or infinite in all ${col.length} pilot samples`);
        summaries.set(k, new StreamingSummary(choosePilotRange(col)));
      });
      const ingest = (cols: Float32Array[] | Float64Array[], start: number) => {
        varying.forEach((k, j) => {
          const col = cols[j] as Float32Array | Float64Array;
          (summaries.get(k) as StreamingSummary).add(col, start);
          if (kept) (kept.get(k) as Float64Array).set(col, start - range.start);
        });
      };
      // Launch the next chunk before reducing the current one: generation and reduction overlap.
      let at = range.start;
      let pending: Promise<Float32Array[] | Float64Array[]> | undefined;
      let pendingStart = at;
      // Two sets of columns alternate: a chunk already reduced receives the next launch's samples.
      let free: Float32Array[] | Float64Array[] | undefined;
      const launch = () => {
        const n = Math.min(chunk, range.end - at);
        pendingStart = at;
        pending = (kernel as SamplingKernel).run(at, n, seed, free);
        free = undefined;
        at += n;
      };
      launch();
      while (pending !== undefined) {
        const cols = await pending;
        const start = pendingStart;
        pending = undefined;
        // After an abort no new chunk starts; the one in flight is finished and counted.
        if (options.signal?.aborted !== true && at < range.end) launch();
        ingest(cols, start);
        free = cols;
        done = start + (cols[0] as Float32Array).length - range.start;
        options.onProgress?.({ done, total: span });
      }
      aborted = done < span;
    } else {
      done = span;
      options.onProgress?.({ done, total: span });
    }
  } finally {
    kernel?.dispose();
    await backend.dispose();
  }
  if (done === 0) throw new AilcaError('the run was aborted before its first chunk finished: no statistics');
  /** The inputs of sample `index`, recomputed on the host, to say why an output went bad. */
  const inputsAt = (index: number): string => {
    if (built === undefined) return '';
    const next = pcgStream(seed, index);
    const values = referenceInputs(built, built.inputs.map(() => next()));
    return built.inputs.map((i) => `${i.name} = ${values.get(i.name)}`).join(', ');
  };
  const outputs: MonteCarloOutput[] = keys.map((k) => {
    const o = model.outputs.find((x) => x.key === k) as Model['outputs'][number];
    const s = summaries.get(k);
    const det = detValues.get(k) as number;
    if (kept && s === undefined) (kept.get(k) as Float64Array).fill(det, 0, done);
    if (s !== undefined && s.moments().count === 0) {
      const first = s.moments().nonFinite.firstIndex ?? range.start;
      throw nonFinite(k, `NaN or infinite in all ${done} samples; the first, sample ${first}, has inputs ${inputsAt(first)}`);
    }
    return { key: k, label: o.label, unit: o.unit, tags: o.tags, deterministic: det, summary: s ? s.summarize(percentiles) : constantSummary(det, done, percentiles), constant: s === undefined };
  });
  const state: Record<string, StreamingSummaryJSON> = {};
  for (const [k, s] of summaries) state[k] = s.toJSON();
  const durationMs = performance.now() - t0;
  const someNonFinite = outputs.filter((o) => o.summary.nonFinite.count > 0);
  return {
    study: study.name,
    outputs,
    provenance: {
      seed,
      samples,
      range,
      completed: done,
      backend: backend.name,
      backendDescription: backend.description,
      precision: backend.precision,
      reductionPrecision: 'float64',
      chunkSize: chunk,
      pilotSamples: Math.min(PILOT_SAMPLES, samples),
      studyHash: studyHash(model, { seed, samples, backend: backend.name, precision: backend.precision, pilotSamples: Math.min(PILOT_SAMPLES, samples), histogramBins: DEFAULT_HISTOGRAM_BINS, outputs: keys, version: libraryVersion() }),
      library: 'ailca',
      version: libraryVersion(),
      datasets: deterministic.provenance.datasets,
      date: new Date().toISOString(),
      durationMs,
      samplesPerSecond: done / (durationMs / 1000),
    },
    aborted,
    warnings: [
      ...study.warnings,
      ...(zeroFootprint ? [`${OUTPUT.usePhaseShare}: undefined (footprint is zero at the base values: 0 ÷ 0); not sampled`] : []),
      ...someNonFinite.map((o) => `${o.key}: ${o.summary.nonFinite.count} samples are NaN or infinite and excluded from the statistics; the first, sample ${o.summary.nonFinite.firstIndex}, has inputs ${inputsAt(o.summary.nonFinite.firstIndex ?? 0)}`),
      ...(aborted ? [`the run was aborted after ${done} of ${span} samples; the statistics cover those`] : []),
    ],
    state,
    ...(kept ? { samples: Object.fromEntries([...kept].map(([k, v]) => [k, done < span ? v.slice(0, done) : v])) } : {}),
  };
}
