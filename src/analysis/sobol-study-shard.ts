import { sobolShard, type SensitivityProgress } from '../sensitivity/index.js';
import type { Study } from '../system/index.js';
import { checkObjectKeys } from '../validate/index.js';
import { libraryVersion } from '../version.js';
import { shardBackend, sobolDesignHash, type SobolStudyDesign } from './sobol-design-hash.js';
import { encodeFloat64 } from './float64-base64.js';
import { studyProblem } from './study-problem.js';

/** Options of {@link sobolStudyShard}: the analysis (as {@link planSobolStudyHash} hashes it) and the rows to evaluate. */
export interface SobolStudyShardOptions extends SobolStudyDesign {
  /** Rows [start, end) of the Saltelli design, within [0, n(d + 2)) (n(2d + 2) with second order). */
  readonly range: {
    /** First row, inclusive. */
    readonly start: number;
    /** Last row, exclusive. */
    readonly end: number;
  };
  /** Threads of the backend that evaluates the rows (default 1 on `js`, as `analyseStudy`). */
  readonly threads?: number;
  /** Called as rows are evaluated. */
  readonly onProgress?: (p: SensitivityProgress) => void;
  /** Stops between batches (the call then rejects). */
  readonly signal?: AbortSignal;
}

/** One shard of a Sobol' analysis of a study, as JSON: the outputs on a range of design rows and what the merge needs. */
export interface StudySobolShard {
  /** Discriminant: always `'ailca.sobol-shard'`. */
  readonly kind: 'ailca.sobol-shard';
  /** Name of the study. */
  readonly study: string;
  /** The analysis and the rows, enough to check that shards belong together and to merge them. */
  readonly provenance: {
    /** `sha256:…` of the study and the design ({@link planSobolStudyHash}); equal in every shard of one analysis. */
    readonly designHash: string;
    /** Always `'sobol'`. */
    readonly method: 'sobol';
    /** Base samples n. */
    readonly samples: number;
    /** Seed of the design and the bootstrap. */
    readonly seed: number;
    /** Whether the design has the second-order blocks. */
    readonly secondOrder: boolean;
    /** How the base samples are drawn (`random`). */
    readonly sequence: 'random' | 'sobol';
    /** The bootstrap the merge runs. */
    readonly bootstrap: {
      /** Bootstrap resamples. */
      readonly resamples: number;
      /** Confidence level of the intervals (0.95 = 95 %). */
      readonly confidence: number;
    };
    /** Rows of the whole design. */
    readonly rows: number;
    /** The rows of this shard. */
    readonly range: {
      /** First row, inclusive. */
      readonly start: number;
      /** Last row, exclusive. */
      readonly end: number;
    };
    /** The backend that evaluated the rows. */
    readonly backend: string;
    /** The backend in words. */
    readonly backendDescription: string;
    /** Arithmetic of the evaluations. */
    readonly precision: 'float32' | 'float64';
    /** Study paths of the varied inputs, in design column order. */
    readonly inputs: readonly string[];
    /** Output keys, in the order of the analysis. */
    readonly outputs: readonly string[];
    /** Library version. */
    readonly version: string;
    /** When the shard ran (ISO 8601). */
    readonly date: string;
    /** Wall-clock time of the shard [ms]. */
    readonly durationMs: number;
  };
  /** Per output key: its value on each row of the range, float64 little-endian, base64 (exact, −0 and all). */
  readonly values: Readonly<Record<string, string>>;
  /** Notes of the analysis (ignored correlations…), as `analyseStudy` writes them. */
  readonly notes: readonly string[];
  /** Notes of the Sobol' design (a defaulted bootstrap), as `sobol` writes them. */
  readonly sobolNotes: readonly string[];
}

/**
 * Evaluate rows [start, end) of the Saltelli design of a Sobol' analysis of
 * a study — one shard of `analyseStudy(study, { method: 'sobol', … })` split
 * by rows — and return them as JSON-ready data named by the design hash.
 * Merge the shards with {@link mergeSobolStudyShards}; split the rows with
 * {@link splitDesignRows}. The backend must be named (default `js`, float64).
 *
 * @param study - a parsed study
 * @param options - samples, seed, secondOrder, bootstrap, outputs, inputs, backend, range
 * @returns the shard
 * @throws {@link InputError} for a bad option, an `auto` backend, a range outside the design, or non-finite outputs
 * @example
 * const study = loadStudy('examples/xeon-8468-uncertain.json');
 * const s = await sobolStudyShard(study, { samples: 64, seed: 1, range: { start: 0, end: 100 } });
 * s.provenance.rows; // => 512
 * s.provenance.designHash === planSobolStudyHash(study, { samples: 64, seed: 1 }); // => true
 */
export async function sobolStudyShard(study: Study, options: SobolStudyShardOptions): Promise<StudySobolShard> {
  const t0 = performance.now();
  checkObjectKeys(options, 'sobolStudyShard.options', ['samples', 'seed', 'secondOrder', 'bootstrap', 'outputs', 'inputs', 'backend', 'range', 'threads', 'onProgress', 'signal'], { noun: 'option' });
  const backend = shardBackend(options.backend, 'sobolStudyShard.options.backend');
  // As analyseStudy: the js backend evaluates on the calling thread unless told otherwise (the values do not depend on it).
  const threads = options.threads ?? (backend === 'js' ? 1 : undefined);
  const sp = await studyProblem(study, { backend, ...(threads !== undefined ? { threads } : {}), ...(options.outputs !== undefined ? { outputs: options.outputs } : {}), ...(options.inputs !== undefined ? { inputs: options.inputs } : {}) });
  try {
    const shard = await sobolShard(sp.problem, {
      n: options.samples, seed: options.seed, secondOrder: options.secondOrder ?? false, range: options.range,
      ...(options.bootstrap !== undefined ? { bootstrap: { ...options.bootstrap } } : {}),
      ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}), ...(options.signal !== undefined ? { signal: options.signal } : {}),
    });
    const designHash = sobolDesignHash(sp.model, { inputs: sp.inputPaths, outputs: shard.outputs, samples: shard.n, seed: shard.seed, secondOrder: shard.secondOrder, bootstrap: shard.bootstrap, backend: sp.backend.name, precision: sp.backend.precision });
    return {
      kind: 'ailca.sobol-shard',
      study: study.name,
      provenance: {
        designHash, method: 'sobol', samples: shard.n, seed: shard.seed, secondOrder: shard.secondOrder, sequence: shard.sequence, bootstrap: shard.bootstrap, rows: shard.rows, range: shard.range,
        backend: sp.backend.name, backendDescription: sp.backend.description, precision: sp.backend.precision, inputs: sp.inputPaths, outputs: shard.outputs, version: libraryVersion(),
        date: new Date().toISOString(), durationMs: performance.now() - t0,
      },
      values: Object.fromEntries(shard.outputs.map((k, i) => [k, encodeFloat64(shard.values[i])])),
      notes: sp.notes,
      sobolNotes: shard.notes,
    };
  } finally {
    await sp.dispose();
  }
}
