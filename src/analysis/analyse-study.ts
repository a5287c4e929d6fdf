import { InputError } from '../errors/index.js';
import type { AutoChoice } from '../mc/index.js';
import type { Study } from '../system/index.js';
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
import { checkObjectKeys } from '../validate/index.js';
import { libraryVersion } from '../version.js';
import { studyProblem, type StudyProblemOptions } from './study-problem.js';

/** The options {@link analyseStudy} accepts (a misspelt one is refused, not ignored). */
const OPTION_KEYS = ['method', 'samples', 'seed', 'secondOrder', 'bootstrap', 'lowPercentile', 'highPercentile', 'onProgress', 'signal', 'outputs', 'backend', 'threads', 'inputs', 'bounds'];

/**
 * Default base samples per method. Sobol: 2^14 — the worst error of an index
 * on the Ishigami function is 0.067 at 2^12 and 0.018 at 2^16 (200 seeds,
 * docs/sensitivity.md), so about 0.03 here. Morris: 50 trajectories, the upper
 * end of the usual 10–50 (docs/sensitivity.md). Rank correlation: 10^5
 * draws, as for a scenario comparison (compare-scenarios.ts).
 */
const DEFAULT_SAMPLES = { sobol: 2 ** 14, morris: 50, rank: 100_000 } as const;

/** Seed used when none is given: the sensitivity analysers' default, recorded in the provenance and noted. */
const DEFAULT_SEED = 1;

/**
 * Probability range of the Morris grid for a study: the 1st to 99th
 * percentile, because unbounded inputs (normal, lognormal) have no finite 0
 * or 1 quantile.
 */
const MORRIS_PERCENTILES: readonly [number, number] = [0.01, 0.99];

/** The sensitivity methods a study can be analysed with. */
export type SensitivityMethod = 'tornado' | 'morris' | 'sobol' | 'rank';

/** Options of {@link analyseStudy}. */
export interface AnalyseStudyOptions extends StudyProblemOptions {
  /** The method: `tornado`, `morris`, `sobol` or `rank`. */
  readonly method: SensitivityMethod;
  /** Base samples: Sobol N (default 2^14), Morris trajectories r (default 50), rank-correlation samples (default 10^5); a default taken is noted. */
  readonly samples?: number;
  /** Seed of the design and bootstrap (default 1, noted). */
  readonly seed?: number;
  /** Also compute second-order Sobol indices. */
  readonly secondOrder?: boolean;
  /** Sobol bootstrap: resamples (default 1,000), confidence (default 0.95) and threads (default: every core). */
  readonly bootstrap?: BootstrapOptions;
  /** Tornado percentile of the low values, as a fraction in (0, 1); default 0.05. */
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
    /** When `auto` chose the backend: each probe, the choice and why (see `explainAutoChoice`). */
    readonly auto?: AutoChoice;
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
    /** Wall-clock time of the analysis [ms]; of a merge of shards, the shards' time plus the merge's. */
    readonly durationMs: number;
    /** Present when merged from shards (`mergeSobolStudyShards`): how many, and their design hash. */
    readonly shards?: {
      /** Shards merged. */
      readonly count: number;
      /** Their common design hash. */
      readonly designHash: string;
    };
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
 * Defaults taken (samples, seed, and those of the analysers) are listed in
 * `notes` and in the method's own result.
 *
 * @throws {@link InputError} for an unknown method or option, fewer than two uncertain inputs (Sobol, Morris), or bad counts
 * @example
 * const r = await analyseStudy(loadStudy('examples/xeon-8468.json'), {
 *   method: 'tornado',
 *   outputs: [OUTPUT.annualizedTotal],
 *   bounds: { 'servers[0].lifetime': { low: 3, high: 7 } },
 * });
 * // 1,176.804 kgCO2e embodied over 3 years + 1,633.74 kgCO2e/year of use
 * Math.round(r.tornado.outputs[OUTPUT.annualizedTotal].bars[0].outputAtLow * 1000) / 1000; // => 2026.008
 * r.provenance.backend; // => 'js'
 */
export async function analyseStudy(study: Study, options: AnalyseStudyOptions): Promise<StudySensitivity> {
  const t0 = performance.now();
  checkObjectKeys(options, 'analyseStudy.options', OPTION_KEYS, { noun: 'option' });
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
  const seed = options.seed ?? DEFAULT_SEED;
  const common = { onProgress: options.onProgress, signal: options.signal };
  const notes = [...sp.notes];
  let samples: number | undefined;
  if (method !== 'tornado') {
    samples = options.samples ?? DEFAULT_SAMPLES[method];
    if (options.samples === undefined) notes.push(`samples not given: used ${samples} (${method === 'morris' ? 'trajectories' : method === 'sobol' ? 'base samples' : 'draws'})`);
    if (options.seed === undefined) notes.push(`seed not given: used the default seed ${DEFAULT_SEED}`);
  }
  const out: { tornado?: TornadoResult; morris?: MorrisResult; sobol?: SobolResult; rank?: RankCorrelationResult } = {};
  try {
    if (method === 'tornado') {
      // The tornado takes its own default percentiles (0.05 and 0.95) and notes them.
      const percentiles = {
        ...(options.lowPercentile !== undefined ? { lowPercentile: options.lowPercentile } : {}),
        ...(options.highPercentile !== undefined ? { highPercentile: options.highPercentile } : {}),
      };
      out.tornado = await tornado(sp.problem, { ...percentiles, ...common });
    } else if (method === 'morris') {
      out.morris = await morris(sp.problem, { r: samples as number, seed, percentiles: MORRIS_PERCENTILES, ...common });
    } else if (method === 'sobol') {
      out.sobol = await sobol(sp.problem, { n: samples as number, seed, secondOrder: options.secondOrder ?? false, ...(options.bootstrap !== undefined ? { bootstrap: options.bootstrap } : {}), ...common });
    } else {
      out.rank = rankCorrelation(await sampleProblem(sp.problem, { n: samples as number, seed, ...common }));
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
      ...(sp.backend.auto ? { auto: sp.backend.auto } : {}),
      precision: sp.backend.precision,
      inputs: sp.inputPaths,
      outputs: sp.problem.outputs,
      version: libraryVersion(),
      date: new Date().toISOString(),
      durationMs: performance.now() - t0,
    },
    notes,
  };
}
