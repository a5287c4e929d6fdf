import { InputError } from '../errors/index.js';
import type { Study } from '../model/index.js';
import {
  morris,
  rankCorrelation,
  sampleProblem,
  sobol,
  tornado,
  type BootstrapOptions,
  type MorrisResult,
  type RankCorrelationResult,
  type SensitivityProgress,
  type SobolResult,
  type TornadoResult,
} from '../sensitivity/index.js';
import { libraryVersion } from '../version.js';
import { studyProblem, type StudyProblemOptions } from './study-problem.js';

/** The sensitivity methods a study can be analysed with. */
export type SensitivityMethod = 'tornado' | 'morris' | 'sobol' | 'rank';

/** Options of {@link analyseStudy}. */
export interface AnalyseStudyOptions extends StudyProblemOptions {
  /** The method: `tornado`, `morris`, `sobol` or `rank`. */
  readonly method: SensitivityMethod;
  /** Base samples: Sobol N (default 2^14), Morris trajectories r (default 50), rank-correlation samples (default 10^5). */
  readonly samples?: number;
  /** Seed of the design and bootstrap (default 1). */
  readonly seed?: number;
  /** Also compute second-order Sobol indices. */
  readonly secondOrder?: boolean;
  /** Sobol bootstrap: resamples (default 1,000), confidence (default 0.95) and threads (default: every core). */
  readonly bootstrap?: BootstrapOptions;
  /** Tornado percentiles of the low and high values (default 0.05 and 0.95). */
  readonly lowPercentile?: number;
  /** Tornado percentile of the high values, as a fraction in (0, 1); default 0.95. */
  readonly highPercentile?: number;
  /** Called as design rows are evaluated. */
  readonly onProgress?: (p: SensitivityProgress) => void;
  /** Stops the analysis between batches (the call then rejects). */
  readonly signal?: AbortSignal;
}

/** The result of {@link analyseStudy}, with what is needed to reproduce it. */
export interface StudySensitivity {
  /** Name of the study analysed. */
  readonly study: string;
  /** The method that was run. */
  readonly method: SensitivityMethod;
  /** Tornado swings per output (method `tornado`). */
  readonly tornado?: TornadoResult;
  /** Morris elementary-effect statistics per output (method `morris`). */
  readonly morris?: MorrisResult;
  /** Sobol indices with bootstrap intervals per output (method `sobol`). */
  readonly sobol?: SobolResult;
  /** Spearman and standardised rank regression coefficients per output (method `rank`). */
  readonly rank?: RankCorrelationResult;
  /** How the analysis was made: enough to reproduce it. */
  readonly provenance: {
    /** The method that was run. */
    readonly method: SensitivityMethod;
    /** Base samples: Sobol N, Morris trajectories or rank-correlation samples (absent for a tornado). */
    readonly samples?: number;
    /** Seed of the design and bootstrap (absent for a tornado, which draws nothing). */
    readonly seed?: number;
    /** Name of the backend that evaluated the design (`js`, `webasm`, `webgpu` …). */
    readonly backend: string;
    /** The backend in words, with why `auto` chose it. */
    readonly backendDescription: string;
    /** Arithmetic of the model evaluations: float64 on `js`, float32 on gpu.js backends. */
    readonly precision: 'float32' | 'float64';
    /** Study paths of the varied inputs, in design column order. */
    readonly inputs: readonly string[];
    /** Output keys analysed. */
    readonly outputs: readonly string[];
    /** Library version. */
    readonly version: string;
    /** When the analysis ran (ISO 8601). */
    readonly date: string;
    /** Wall-clock time of the analysis [ms]. */
    readonly durationMs: number;
  };
  /** Defaults taken and facts worth reading (ignored correlations, constant outputs …). */
  readonly notes: readonly string[];
}

/**
 * Sensitivity analysis of a study on the Monte Carlo engine's backends:
 * tornado (one-at-a-time swings between percentiles or explicit bounds),
 * Morris elementary effects (levels between the 1st and 99th percentiles), Sobol first/total (and second) order indices
 * with bootstrap intervals, or rank correlations from a plain Monte Carlo
 * sample. The design is generated on the host from the seed and evaluated by
 * the study's generated program. A tornado runs on the float64 `js` backend
 * unless another is asked for: it evaluates only 2d + 1 rows. On the `js`
 * backend (also when `auto` picks it) the design is evaluated on the calling
 * thread unless `threads` says otherwise: a study's model is cheap per row,
 * and the Sobol bootstrap, which costs far more, runs on every core.
 *
 * @throws {@link InputError} for an unknown method, fewer than two uncertain inputs (Sobol, Morris), or bad counts
 */
export async function analyseStudy(study: Study, options: AnalyseStudyOptions): Promise<StudySensitivity> {
  const t0 = performance.now();
  const method = options.method;
  if (!['tornado', 'morris', 'sobol', 'rank'].includes(method)) {
    throw new InputError({ path: 'method', received: method, expected: 'tornado, morris, sobol or rank', problem: 'is not a sensitivity method' });
  }
  const backend = options.backend ?? (method === 'tornado' ? 'js' : 'auto');
  // A study's model costs well under a microsecond per row: on the js backend, starting a worker and
  // copying each batch into shared memory costs more than a second thread saves (docs/performance.md,
  // "Sensitivity (Sobol)"). The design is evaluated on the calling thread; the Sobol bootstrap uses the cores.
  const threads = options.threads ?? (backend === 'js' || backend === 'auto' ? 1 : undefined);
  const sp = await studyProblem(study, { ...options, backend, ...(threads !== undefined ? { threads } : {}) });
  const seed = options.seed ?? 1;
  const common = { onProgress: options.onProgress, signal: options.signal };
  let samples: number | undefined;
  const out: { tornado?: TornadoResult; morris?: MorrisResult; sobol?: SobolResult; rank?: RankCorrelationResult } = {};
  try {
    if (method === 'tornado') {
      out.tornado = await tornado(sp.problem, { lowPercentile: options.lowPercentile ?? 0.05, highPercentile: options.highPercentile ?? 0.95, ...common });
    } else if (method === 'morris') {
      samples = options.samples ?? 50;
      // The Morris grid spans the 1st to 99th percentile: unbounded inputs (normal, lognormal) have no finite 0 or 1 quantile.
      out.morris = await morris(sp.problem, { r: samples, seed, percentiles: [0.01, 0.99], ...common });
    } else if (method === 'sobol') {
      samples = options.samples ?? 2 ** 14;
      out.sobol = await sobol(sp.problem, { n: samples, seed, secondOrder: options.secondOrder ?? false, ...(options.bootstrap !== undefined ? { bootstrap: options.bootstrap } : {}), ...common });
    } else {
      samples = options.samples ?? 100_000;
      out.rank = rankCorrelation(await sampleProblem(sp.problem, { n: samples, seed, ...common }));
    }
  } finally {
    await sp.dispose();
  }
  return {
    study: study.name,
    method,
    ...out,
    provenance: {
      method,
      ...(samples !== undefined ? { samples, seed } : {}),
      backend: sp.backend.name,
      backendDescription: sp.backend.description,
      precision: sp.backend.precision,
      inputs: sp.inputPaths,
      outputs: sp.problem.outputs,
      version: libraryVersion(),
      date: new Date().toISOString(),
      durationMs: performance.now() - t0,
    },
    notes: [...sp.notes],
  };
}
