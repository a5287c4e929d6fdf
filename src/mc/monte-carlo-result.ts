import type { StreamingSummaryJSON, Summary } from '../stats/index.js';

/** Statistics of one output of a Monte Carlo run. */
export interface MonteCarloOutput {
  /** Output key (`annualized.total`). */
  readonly key: string;
  readonly label: string;
  /** Canonical unit of every statistic. */
  readonly unit: string;
  readonly tags: Readonly<Record<string, string>>;
  /** The deterministic value (every input at its base value), for comparison. */
  readonly deterministic: number;
  /** Mean, sd, standard error, percentiles, histogram (float64 reductions). */
  readonly summary: Summary;
  /** True when no uncertain input reaches this output: every sample equals the deterministic value, computed in float64. */
  readonly constant: boolean;
}

/** How a run was made: enough to reproduce it and to judge it. */
export interface MonteCarloProvenance {
  readonly seed: number;
  /** Samples of the whole run (N). */
  readonly samples: number;
  /** The sample range this result covers, [start, end). A full run is [0, N). */
  readonly range: { readonly start: number; readonly end: number };
  /** Samples actually computed in the range (fewer when aborted). */
  readonly completed: number;
  readonly backend: string;
  readonly backendDescription: string;
  /** Arithmetic of the samples: float32 on gpu.js backends, float64 on `js`. */
  readonly precision: 'float32' | 'float64';
  /** Arithmetic of every reduction (sums, moments, histograms): always float64. */
  readonly reductionPrecision: 'float64';
  readonly chunkSize: number;
  /** Samples [0, pilot) fixed every histogram's range (the same for every shard). */
  readonly pilotSamples: number;
  readonly library: string;
  readonly version: string;
  readonly datasets: readonly { readonly name: string; readonly version: string }[];
  readonly date: string;
  readonly durationMs: number;
  readonly samplesPerSecond: number;
}

/** The result of `runMonteCarlo`: statistics of every output and the run's provenance. */
export interface MonteCarloResult {
  readonly study: string;
  readonly outputs: readonly MonteCarloOutput[];
  readonly provenance: MonteCarloProvenance;
  /** True when the run was stopped by its AbortSignal: statistics cover `completed` samples. */
  readonly aborted: boolean;
  readonly warnings: readonly string[];
  /** Per-output accumulator state, so that shards of one run merge exactly (`mergeMonteCarlo`). */
  readonly state: Readonly<Record<string, StreamingSummaryJSON>>;
  /** The sample columns, when asked for (`keepSamples`). */
  readonly samples?: Readonly<Record<string, Float64Array>>;
}
