import { InputError } from '../errors/index.js';
import { BACKEND_NAMES, checkSampleCount, type BackendRequest, type MonteCarloResult } from '../mc/index.js';
import { checkSeed } from '../random/index.js';
import { checkFraction } from '../validate/index.js';

/**
 * Defaults of the report's analyses, chosen so that the main job finishes
 * in a few seconds on two CPU cores (measured: about 1.4 s for 10^6 Monte
 * Carlo samples of the Xeon study on the `js` backend): 10^6 Monte Carlo
 * samples, Sobol with N = 2^12 base samples (N(d + 2) model runs, 1,000
 * bootstrap resamples), a tornado between the 5th and 95th percentiles, and
 * 10^5 samples for each scenario. Raise them with the options (CLI:
 * `--samples`, `--sobol-samples`, `--scenario-samples`).
 * @example
 * REPORT_DEFAULTS.samples; // => 1000000
 * REPORT_DEFAULTS.sobolSamples; // => 2 ** 12
 */
export const REPORT_DEFAULTS: ReportDefaults = Object.freeze({
  samples: 1_000_000,
  sobolSamples: 4096,
  scenarioSamples: 100_000,
  seed: 1,
  backend: 'auto',
  lowPercentile: 0.05,
  highPercentile: 0.95,
});

/** The defaults of a report's settings (see {@link REPORT_DEFAULTS}). */
export interface ReportDefaults {
  /** Monte Carlo samples of the base case: 10^6. */
  readonly samples: number;
  /** Sobol base samples N: 2^12. */
  readonly sobolSamples: number;
  /** Monte Carlo samples of each scenario: 10^5. */
  readonly scenarioSamples: number;
  /** Seed: 1. */
  readonly seed: number;
  /** Backend: `auto`. */
  readonly backend: BackendRequest;
  /** Tornado low percentile: 0.05. */
  readonly lowPercentile: number;
  /** Tornado high percentile: 0.95. */
  readonly highPercentile: number;
}

/** A stage of {@link buildReport}, reported with its progress. */
export type ReportStage = 'monte-carlo' | 'tornado' | 'sobol' | 'scenarios';

/** Progress of one stage of a report. */
export interface ReportProgress {
  /** The stage running. */
  readonly stage: ReportStage;
  /** Samples or model runs finished in this stage. */
  readonly done: number;
  /** Samples or model runs of this stage. */
  readonly total: number;
}

/** Options of `buildReport`. */
export interface ReportOptions {
  /** Monte Carlo samples of the base case, an integer in [2, 2^32]; default 10^6. */
  readonly samples?: number;
  /** Sobol base samples N; default 2^12. */
  readonly sobolSamples?: number;
  /** Monte Carlo samples of each scenario; default 10^5. */
  readonly scenarioSamples?: number;
  /** Seed of every stochastic analysis, an integer in [0, 2^32 − 1]; default 1. Scenarios share it (common random numbers). */
  readonly seed?: number;
  /** Monte Carlo backend: `auto` (default), `webgpu`, `webasm`, `cpu` or `js`. */
  readonly backend?: BackendRequest;
  /** Tornado percentile of the low values; default 0.05. */
  readonly lowPercentile?: number;
  /** Tornado percentile of the high values; default 0.95. */
  readonly highPercentile?: number;
  /** The report's date (ISO 8601); default now. Fix it for reproducible renderings. */
  readonly date?: string;
  /** Called as each stage progresses (after each chunk or batch). */
  readonly onProgress?: (p: ReportProgress) => void;
  /** Stops the report between chunks; `buildReport` then throws. */
  readonly signal?: AbortSignal;
  /**
   * A Monte Carlo result of this study to use instead of running one, e.g.
   * `mergeMonteCarlo` of shards computed on a cluster (`ailca report
   * --mc-from DIR`): its seed and N become the report's; it must carry this
   * study's hash for them (another study's result is refused). When its
   * shards do not cover all N samples, its warnings say so in the report.
   */
  readonly monteCarlo?: MonteCarloResult;
}

/** The settings a report was made with, recorded in it. */
export interface ReportSettings {
  /** Monte Carlo samples of the base case. */
  readonly samples: number;
  /** Sobol base samples N. */
  readonly sobolSamples: number;
  /** Monte Carlo samples of each scenario. */
  readonly scenarioSamples: number;
  /** Seed of every stochastic analysis. */
  readonly seed: number;
  /** The backend asked for (`auto` is resolved by the Monte Carlo run; see the provenance). */
  readonly backend: BackendRequest;
  /** Tornado percentile of the low values. */
  readonly lowPercentile: number;
  /** Tornado percentile of the high values. */
  readonly highPercentile: number;
  /** Options the caller left out, so their defaults were used. */
  readonly defaulted: readonly string[];
}

/**
 * Check the options of a report and fill in {@link REPORT_DEFAULTS}.
 *
 * @throws {@link InputError} naming the option, the value and the valid range
 * @example
 * checkReportOptions({ samples: 1000 }).sobolSamples; // => 4096
 * checkReportOptions({ samples: 1000 }).defaulted.includes('samples'); // => false
 */
export function checkReportOptions(options: ReportOptions = {}): ReportSettings {
  const defaulted = (['samples', 'sobolSamples', 'scenarioSamples', 'seed', 'backend', 'lowPercentile', 'highPercentile'] as const).filter((k) => options[k] === undefined);
  const backend = options.backend ?? REPORT_DEFAULTS.backend;
  if (!BACKEND_NAMES.includes(backend)) {
    throw new InputError({ path: 'options.backend', received: backend, expected: `one of ${BACKEND_NAMES.join(', ')}`, problem: 'is not a Monte Carlo backend' });
  }
  const lowPercentile = checkFraction(options.lowPercentile ?? REPORT_DEFAULTS.lowPercentile, 'options.lowPercentile');
  const highPercentile = checkFraction(options.highPercentile ?? REPORT_DEFAULTS.highPercentile, 'options.highPercentile');
  if (!(lowPercentile < highPercentile)) {
    throw new InputError({ path: 'options.highPercentile', received: highPercentile, expected: `a fraction above lowPercentile (${lowPercentile})`, problem: 'is not above the low percentile', fix: 'e.g. lowPercentile 0.05, highPercentile 0.95' });
  }
  return {
    samples: checkSampleCount(options.samples ?? REPORT_DEFAULTS.samples, 'options.samples'),
    sobolSamples: checkSampleCount(options.sobolSamples ?? REPORT_DEFAULTS.sobolSamples, 'options.sobolSamples'),
    scenarioSamples: checkSampleCount(options.scenarioSamples ?? REPORT_DEFAULTS.scenarioSamples, 'options.scenarioSamples'),
    seed: checkSeed(options.seed ?? REPORT_DEFAULTS.seed, 'options.seed'),
    backend,
    lowPercentile,
    highPercentile,
    defaulted,
  };
}
