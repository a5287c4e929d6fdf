import { assess, isUndefinedRatio } from '../assess/index.js';
import { isUncertain } from '../distributions/index.js';
import { AilcaError } from '../errors/index.js';
import { evaluate, inputsOf, type CompiledGraph } from '../graph/index.js';
import type { Study } from '../system/index.js';
import type { StreamingSummary, StreamingSummaryJSON } from '../stats/index.js';
import { compileStudy, OUTPUT } from '../study/index.js';
import { libraryVersion } from '../version.js';
import { createBackend } from './backends/index.js';
import { PILOT_SAMPLES } from './check-run-options.js';
import { chunkSizeFor, DEVICE_CHUNK } from './chunk-policy.js';
import { constantSummary } from './constant-summary.js';
import { launchChunks } from './launch-chunks.js';
import type { MonteCarloOutput, MonteCarloResult } from './monte-carlo-result.js';
import { checkKeptSamples, checkMonteCarloOptions, checkOutputKeys, type MonteCarloOptions } from './monte-carlo-options.js';
import { nonFiniteError, sampleInputsText } from './non-finite-diagnostics.js';
import { buildProgram } from './program/index.js';
import { runStudyHash } from './plan-study-hash.js';
import { sameOutputs } from './same-outputs.js';

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
  const { samples, seed, range, chunkSize, percentiles, reduction: wanted } = checkMonteCarloOptions(options);
  const model = compileStudy(study);
  // Refuses a study whose base values give a NaN or infinite result, naming the inputs.
  const deterministic = assess(study);
  // The use-phase share of a zero footprint is 0 ÷ 0: not sampled, reported as undefined in a warning.
  const zeroFootprint = isUndefinedRatio(deterministic.usePhaseShare);
  const keys = checkOutputKeys(model, options.outputs, options.categories).filter((k) => !(zeroFootprint && k === OUTPUT.usePhaseShare));
  const span = range.end - range.start;
  if (options.keepSamples) checkKeptSamples(span, keys.length);
  const outputOf = (k: string) => model.outputs.find((o) => o.key === k) as CompiledGraph['outputs'][number];
  const detValues = new Map<string, number>();
  {
    const values = new Map(model.inputs.map((i) => [i.name, i.value]));
    evaluate(keys.map((k) => outputOf(k).expr), values).forEach((v, i) => detValues.set(keys[i], v));
  }
  // Outputs an uncertain input reaches are sampled; the others are reported exactly, in float64.
  const uncertain = new Set(model.inputs.filter((i) => isUncertain(i.distribution)).map((i) => i.name));
  const varying = keys.filter((k) => inputsOf([outputOf(k).expr]).some((n) => uncertain.has(n)));
  // Outputs that are the same computation (functionalUnit and annualized.total of a per-year study) are sampled and reduced once.
  const { distinct, sampledAs } = sameOutputs(model, varying);
  const chunk = chunkSizeFor(distinct.length, chunkSize);
  const request = options.backend ?? 'auto';
  // auto measures the backends on this run's own program (or reads its cache); with nothing sampled there is nothing to measure
  const probe = request === 'auto' && distinct.length > 0 ? { program: buildProgram(model, distinct).program, samples: span, inputs: uncertain.size } : undefined;
  const backend = await createBackend(request, { outputs: distinct.length, ...(probe ? { probe } : {}) });
  const nonFinite = (key: string, what: string) => nonFiniteError(study, model, key, backend.precision, what);
  const kept = options.keepSamples ? new Map(keys.map((k) => [k, new Float64Array(span)])) : undefined;
  // On the device no host columns bound the chunk: DEVICE_CHUNK unless one was asked for.
  const deviceChunk = chunkSize ?? DEVICE_CHUNK;
  const { summaries: distinctSummaries, done, built, reduction, kernels, chunk: used } = await launchChunks(backend, model, distinct, { samples, seed, range, chunk, signal: options.signal, onProgress: options.onProgress, kept, nonFinite, reduction: wanted, deviceChunk });
  const summaries = new Map<string, StreamingSummary>();
  for (const k of varying) {
    const s = distinctSummaries.get(sampledAs.get(k) as string);
    if (s !== undefined) summaries.set(k, s);
  }
  if (kept) for (const [k, of] of sampledAs) if (of !== k) (kept.get(k) as Float64Array).set((kept.get(of) as Float64Array).subarray(0, done));
  const aborted = done < span;
  if (done === 0) throw new AilcaError('the run was aborted before its first chunk finished: no statistics');
  /** The inputs of sample `index`, recomputed on the host, to say why an output went bad. */
  const inputsAt = (index: number): string => sampleInputsText(built, seed, index);
  const outputs: MonteCarloOutput[] = keys.map((k) => {
    const o = outputOf(k);
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
      ...(backend.auto ? { auto: backend.auto } : {}),
      precision: backend.precision,
      reductionPrecision: 'float64',
      reduction,
      ...(kernels !== undefined ? { kernels } : {}),
      chunkSize: used,
      pilotSamples: Math.min(PILOT_SAMPLES, samples),
      studyHash: runStudyHash(model, keys, { seed, samples, backend: backend.name, precision: backend.precision }),
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
      ...(backend.auto?.warnings ?? []),
      ...(zeroFootprint ? [`${OUTPUT.usePhaseShare}: undefined (footprint is zero at the base values: 0 ÷ 0); not sampled`] : []),
      ...someNonFinite.map((o) => `${o.key}: ${o.summary.nonFinite.count} samples are NaN or infinite and excluded from the statistics; the first, sample ${o.summary.nonFinite.firstIndex}, has inputs ${inputsAt(o.summary.nonFinite.firstIndex ?? 0)}`),
      ...(aborted ? [`the run was aborted after ${done} of ${span} samples; the statistics cover those`] : []),
    ],
    state,
    ...(kept ? { samples: Object.fromEntries([...kept].map(([k, v]) => [k, done < span ? v.slice(0, done) : v])) } : {}),
  };
}
