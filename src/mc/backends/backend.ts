import type { ChunkScan } from '../../stats/scan-chunk.js';
import type { AutoChoice } from './auto-choice.js';
import type { CompileOptions, SampleColumns, SampleProgram } from './program.js';

/** One output's histogram range, for a backend that reduces its samples itself. */
export interface PartialBins {
  /** Lower edge of the first bin. */
  readonly lo: number;
  /** Upper edge of the last bin. */
  readonly hi: number;
  /** Number of equal bins. */
  readonly bins: number;
}

/**
 * Partial statistics computed by the backend where it computes the samples
 * (the js backend's threads), so that the samples never reach the host
 * reduction: per chunk, each output's {@link ChunkScan} (moments around a
 * given shift, min, max, non-finite samples, under/overflow), equal to the
 * host's `scanMomentsAndBins` over the same samples with the same shift;
 * the bin counts stay with the backend until {@link PartialReducer.binCounts}.
 * The engine merges the scans in chunk order, as it merges host scans.
 */
export interface PartialReducer {
  /**
   * Compute samples [start, start + count) of the run seeded `seed` and
   * reduce each output k around `shifts[k]`.
   */
  run(start: number, count: number, seed: number, shifts: readonly number[]): Promise<ChunkScan[]>;
  /** Each output's bin counts over every chunk run so far, summed over the threads (exact: integers in float64). */
  binCounts(): Float64Array[];
  /** Release the threads' reduction buffers. */
  dispose(): void;
}

/** The concrete backends. */
export type BackendName = 'webgpu' | 'webasm' | 'cpu' | 'js';
/** What {@link createBackend} accepts: a concrete backend or `auto`. */
export type BackendRequest = BackendName | 'auto';
/** Arithmetic of the samples a backend returns. */
export type BackendPrecision = 'float32' | 'float64';

/** A program compiled for in-kernel random draws. */
export interface SamplingKernel {
  /** Discriminant: `'random'`, the program draws its own uniforms. */
  readonly mode: 'random';
  /** Number of outputs K. */
  readonly outputCount: number;
  /**
   * Compute samples `start … start + count − 1` of the run seeded `seed`:
   * one array per output, sample i at index i − start. Same seed → same
   * values for a given sample index, whatever the chunking, on a given
   * backend. `into`, when it holds one array per output of the backend's
   * element type and at least `count` long (e.g. the columns of a chunk
   * already reduced), receives the samples instead of new arrays, so that a
   * long run does not allocate (and collect) a chunk per launch; the result
   * is then views of `into`.
   * @throws {@link InputError} for a bad start, count or seed
   */
  run(start: number, count: number, seed: number, into?: SampleColumns): Promise<SampleColumns>;
  /**
   * Present on backends that can reduce on the device (webgpu): start a
   * reduction of every output into the given histograms and shifted sums,
   * with only partial statistics read back. Absent elsewhere: the host
   * reduces the samples `run` returns.
   */
  reduceOnDevice?(targets: readonly ReduceTarget[]): DeviceReduction;
  /**
   * Present on backends that can reduce where they compute (js): a
   * {@link PartialReducer} counting into histograms of these ranges, one per output.
   */
  partialReducer?(bins: readonly PartialBins[]): PartialReducer;
  /** Release the kernel's buffers; the backend stays usable. */
  dispose(): void;
}

/** The histogram and shift one output is reduced into on the device. */
export interface ReduceTarget {
  /** Histogram range [lo, hi) and bins, as the host's `FixedHistogram`. */
  readonly lo: number;
  /** Upper end of the histogram range (exclusive). */
  readonly hi: number;
  /** Number of histogram bins. */
  readonly bins: number;
  /** Subtracted from every sample before summing (the pilot mean, rounded to float32). */
  readonly shift: number;
}

/** What a device reduction found for one output: float64 totals of the device's partials. */
export interface ReducedOutput {
  /** Finite samples. */
  readonly count: number;
  /** The shift of {@link ReduceTarget} (a float32 value). */
  readonly shift: number;
  /** Σ (x − shift), Σ (x − shift)² over finite samples: float32 work-group partials added in float64. */
  readonly shiftedSum: number;
  /** Σ (x − shift)² over finite samples. */
  readonly shiftedSumSq: number;
  /** Exact smallest and largest finite sample (±Infinity when none). */
  readonly min: number;
  /** Largest finite sample (−Infinity when none). */
  readonly max: number;
  /** NaN and ±Infinity samples, and the run index of the first (−1 when none). */
  readonly nonFiniteCount: number;
  /** Run index of the first non-finite sample (−1 when none). */
  readonly firstNonFiniteIndex: number;
  /** Finite samples below lo, at or above hi. */
  readonly underflow: number;
  /** Finite samples at or above hi. */
  readonly overflow: number;
  /** Bin counts, exactly the host's binning rule. */
  readonly counts: Float64Array;
}

/** A reduction in progress on the device (see {@link SamplingKernel.reduceOnDevice}). */
export interface DeviceReduction {
  /**
   * Sample `start … start + count − 1` of the run seeded `seed` and reduce
   * them on the device.
   * @throws {@link InputError} for a bad start, count or seed
   */
  add(start: number, count: number, seed: number): Promise<void>;
  /** Read back the totals of everything added, one per output. */
  finish(): Promise<ReducedOutput[]>;
  /** Release the reduction's device buffers. */
  dispose(): void;
  /**
   * The launches whose samples it reduces: `fused` (one kernel computes every output of a
   * sample) or `groups` (a gpu.js kernel per 4 outputs, each recomputing the sample). Their
   * samples may differ by a few float32 ulps (docs/performance.md).
   */
  readonly kernels?: 'fused' | 'groups';
}

/** A program compiled to read host-given rows in place of its draws. */
export interface RowKernel {
  /** Discriminant: `'given'`, the program reads its uniforms from host rows. */
  readonly mode: 'given';
  /** Number of outputs K. */
  readonly outputCount: number;
  /** Row width d: the program's `uniformsPerSample`. */
  readonly rowWidth: number;
  /**
   * Evaluate the program on each row of `rows` (row-major n × d, n =
   * rows.length / d): one array per output, row i at index i. gpu.js
   * backends read the rows as float32.
   * @throws {@link InputError} when rows is not a typed array of finite numbers with a length multiple of d
   */
  run(rows: Float32Array | Float64Array): Promise<SampleColumns>;
  /** Release the kernel's buffers; the backend stays usable. */
  dispose(): void;
}

/** An execution backend of the Monte Carlo engine. */
export interface Backend {
  /** The backend that runs (never `auto`). */
  readonly name: BackendName;
  /** Arithmetic of the returned samples. */
  readonly precision: BackendPrecision;
  /** Human description: adapter, threads, why `auto` chose it. */
  readonly description: string;
  /** When `auto` chose this backend by measuring: the probes, the choice and the reason. */
  readonly auto?: AutoChoice;
  /** Compile a program; syntax and translation errors surface here. */
  compile(program: SampleProgram, options?: CompileOptions & { readonly mode?: 'random' }): Promise<SamplingKernel>;
  /** Compile a program in `given` mode, to evaluate host-given design rows in place of its draws. */
  compile(program: SampleProgram, options: CompileOptions & { readonly mode: 'given' }): Promise<RowKernel>;
  /** Release every kernel, worker and device handle; the process can then exit. */
  dispose(): Promise<void>;
}
