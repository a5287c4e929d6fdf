import type { AutoChoice } from './backends/auto-choice.js';
import type { StreamingSummaryJSON, Summary } from '../stats/index.js';

/** Statistics of one output of a Monte Carlo run. */
export interface MonteCarloOutput {
  /** Output key (`annualized.total`). */
  readonly key: string;
  /** The output in words, e.g. `annualised total`. */
  readonly label: string;
  /** Canonical unit of every statistic. */
  readonly unit: string;
  /** Classification of the output for breakdowns (element, phase, server, component …), from the model. */
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
  /** Seed of the run, an integer in [0, 2^32 − 1]. */
  readonly seed: number;
  /** Samples of the whole run (N). */
  readonly samples: number;
  /** The sample range this result covers, [start, end). A full run is [0, N). */
  readonly range: {
    /** First sample index covered. */
    readonly start: number;
    /** One past the last sample index covered. */
    readonly end: number;
  };
  /** Samples actually computed in the range (fewer when aborted). */
  readonly completed: number;
  /** Name of the backend that computed the samples (`js`, `webasm`, `cpu`, `webgpu`). */
  readonly backend: string;
  /** The backend in words: adapter, threads, and why `auto` chose it. */
  readonly backendDescription: string;
  /** When `auto` chose the backend by measuring (or from its cache): each backend's probe, the choice and why. */
  readonly auto?: AutoChoice;
  /** Arithmetic of the samples: float32 on gpu.js backends, float64 on `js`. */
  readonly precision: 'float32' | 'float64';
  /** Arithmetic of every reduction (sums, moments, histograms): always float64. */
  readonly reductionPrecision: 'float64';
  /**
   * Where the samples were reduced: `host` (every sample read back, float64
   * sums) or `device` (webgpu: float32 work-group partial sums and uint32
   * bins read back, added in float64; see docs/performance.md); `mixed`
   * for merged shards that were reduced differently. Absent in results
   * written before it existed (host).
   */
  readonly reduction?: 'host' | 'device' | 'mixed';
  /**
   * With `reduction: 'device'`: the launches reduced, `fused` (one kernel
   * computes every output of a sample, the default) or `groups` (a gpu.js
   * kernel per 4 outputs; AILCA_WEBGPU_KERNELS=groups). Their samples may
   * differ by a few float32 ulps (docs/performance.md). Absent otherwise.
   */
  readonly kernels?: 'fused' | 'groups';
  /** Samples per kernel launch (results do not depend on it). */
  readonly chunkSize: number;
  /** Samples [0, pilot) fixed every histogram's range (the same for every shard). */
  readonly pilotSamples: number;
  /**
   * `sha256:` and 64 hex digits identifying the run's samples: the compiled
   * study (inputs, distributions, correlations, the outputs' graphs) and the
   * options that change the samples (seed, N, backend, precision, pilot,
   * histogram bins, library version), not the range or chunk size — see
   * `studyHash`. Shards merge only when their hashes are equal.
   */
  readonly studyHash: string;
  /** Library name (`ailca`). */
  readonly library: string;
  /** Library version. */
  readonly version: string;
  /** Datasets the study's factors came from. */
  readonly datasets: readonly {
    /** Dataset name. */
    readonly name: string;
    /** Dataset version. */
    readonly version: string;
  }[];
  /** When the run ended (ISO 8601). */
  readonly date: string;
  /** Wall-clock time of the run [ms]. */
  readonly durationMs: number;
  /** Throughput: completed samples ÷ duration [samples/s]. */
  readonly samplesPerSecond: number;
}

/** Which samples of [0, N) a result covers. */
export interface SampleCoverage {
  /** True when the samples cover all of [0, N). */
  readonly complete: boolean;
  /** The ranges [start, end) of [0, N) that no shard covers, in order; empty when complete. */
  readonly missing: readonly {
    /** First missing sample index. */
    readonly start: number;
    /** One past the last missing sample index. */
    readonly end: number;
  }[];
}

/** The result of `runMonteCarlo`: statistics of every output and the run's provenance. */
export interface MonteCarloResult {
  /** Name of the study. */
  readonly study: string;
  /** Statistics of each requested output, in the order requested. */
  readonly outputs: readonly MonteCarloOutput[];
  /** How the run was made: seed, samples, backend, precision, versions. */
  readonly provenance: MonteCarloProvenance;
  /** True when the run was stopped by its AbortSignal: statistics cover `completed` samples. */
  readonly aborted: boolean;
  /** Things worth reading: the study's warnings, outputs with non-finite samples (with the first one's inputs), an aborted run. */
  readonly warnings: readonly string[];
  /** Per-output accumulator state, so that shards of one run merge exactly (`mergeMonteCarlo`). */
  readonly state: Readonly<Record<string, StreamingSummaryJSON>>;
  /** Which samples of [0, N) the statistics cover: set by `mergeMonteCarlo`, which also reads it back when a merged result is merged again. */
  readonly coverage?: SampleCoverage;
  /** The sample columns, when asked for (`keepSamples`). */
  readonly samples?: Readonly<Record<string, Float64Array>>;
}
