import { analyseStudy, type StudySensitivity } from '../analysis/index.js';
import { isUncertain } from '../distributions/index.js';
import type { BackendRequest } from '../mc/index.js';
import type { Study } from '../system/index.js';
import { OUTPUT } from '../study/index.js';
import type { ReportProgress, ReportSettings } from './report-options.js';

/** One input's place in the sensitivity ranking. */
export interface ReportSensitivityRow {
  /** The input's study path (`cloud.gridIntensity`). */
  readonly input: string;
  /** The input's canonical unit, when it has one. */
  readonly unit?: string;
  /** Sobol first-order index, when Sobol ran. */
  readonly S1?: number;
  /** Bootstrap interval of S1. */
  readonly S1ci?: readonly [number, number];
  /** Sobol total index, when Sobol ran. */
  readonly ST?: number;
  /** Bootstrap interval of ST. */
  readonly STci?: readonly [number, number];
  /** Tornado: the input's low value. */
  readonly low?: number;
  /** Tornado: the input's high value. */
  readonly high?: number;
  /** Tornado: the functional unit with the input low, the others at base. */
  readonly outputAtLow?: number;
  /** Tornado: the functional unit with the input high, the others at base. */
  readonly outputAtHigh?: number;
  /** Tornado: |outputAtHigh − outputAtLow|. */
  readonly swing?: number;
}

/** How the tornado of a report ran. */
export interface ReportTornadoRun {
  /** Percentile of every input's low value (0.05). */
  readonly lowPercentile: number;
  /** Percentile of every input's high value (0.95). */
  readonly highPercentile: number;
  /** The functional unit with every input at base. */
  readonly baseOutput: number;
  /** Model runs: 1 + 2 × inputs. */
  readonly evaluations: number;
}

/** How the Sobol analysis of a report ran. */
export interface ReportSobolRun {
  /** Base samples N. */
  readonly n: number;
  /** Model runs: N × (inputs + 2). */
  readonly evaluations: number;
  /** Seed of the design and bootstrap. */
  readonly seed: number | undefined;
  /** Bootstrap resamples. */
  readonly resamples: number;
  /** Confidence of the bootstrap intervals (0.95). */
  readonly confidence: number;
  /** Mean of the functional unit over the design. */
  readonly mean: number;
  /** Variance of the functional unit over the design. */
  readonly variance: number;
}

/** Sensitivity of the functional unit to the uncertain inputs. */
export interface ReportSensitivity {
  /** The output analysed (`functionalUnit`). */
  readonly output: string;
  /** Its unit. */
  readonly unit: string;
  /** Rows ranked by Sobol ST (by tornado swing when Sobol did not run). */
  readonly ranking: readonly ReportSensitivityRow[];
  /** The tornado, when it ran. */
  readonly tornado?: ReportTornadoRun;
  /** Sobol, when it ran. */
  readonly sobol?: ReportSobolRun;
  /** Why an analysis did not run, and what the analysers noted. */
  readonly notes: readonly string[];
  /**
   * The same ranking for the footprint per functional unit in each impact
   * category besides climate the study computes it in (`water.functionalUnit`),
   * from the same tornado and Sobol runs.
   */
  readonly byCategory?: readonly {
    /** The output analysed (`water.functionalUnit`). */
    readonly output: string;
    /** Its inputs ranked as {@link ReportSensitivity.ranking}. */
    readonly ranking: readonly ReportSensitivityRow[];
  }[];
}

/**
 * Paths of a study's inputs drawn from a distribution with spread (a
 * degenerate distribution, such as uniform(4, 4), counts as fixed).
 *
 * @param study - a parsed study
 * @returns the paths, in the order of the study's inputs
 * @example
 * uncertainInputs(loadStudyFile('examples/xeon-8468-uncertain.json').study); // => ['servers[0].lifetime', 'servers[0].components[0].factor', 'shared.lessComplexIcFactor', 'workload.utilization', 'cloud.gridIntensity', 'cloud.pue']
 * uncertainInputs(loadStudyFile('examples/xeon-8468.json').study); // => []
 */
export function uncertainInputs(study: Study): string[] {
  return study.params.filter((p) => isUncertain(p.distribution)).map((p) => p.path);
}

/** What {@link runSensitivity} returns: the section and how it was computed. */
export interface SensitivityRun {
  /** The report's sensitivity section. */
  readonly sensitivity: ReportSensitivity;
  /** One entry per analysis that ran: method, backend, precision, duration. */
  readonly runs: readonly SensitivityRunProvenance[];
}

/** How one sensitivity analysis of a report ran. */
export interface SensitivityRunProvenance {
  /** `tornado` or `sobol`. */
  readonly method: string;
  /** The backend that evaluated the design. */
  readonly backend: string;
  /** Its arithmetic. */
  readonly precision: 'float32' | 'float64';
  /** Wall time [ms]. */
  readonly durationMs: number;
  /** Base samples (Sobol). */
  readonly samples?: number;
  /** Seed of the design (Sobol). */
  readonly seed?: number;
}

function ranking(tornado: StudySensitivity | undefined, sobol: StudySensitivity | undefined, output: string = OUTPUT.functionalUnit): ReportSensitivityRow[] {
  const bars = tornado?.tornado?.outputs[output]?.bars ?? [];
  const indices = sobol?.sobol?.outputs[output]?.indices ?? {};
  const names = [...new Set([...Object.keys(indices), ...bars.map((b) => b.input)])];
  const rows = names.map((input): ReportSensitivityRow => {
    const b = bars.find((x) => x.input === input);
    const ix = indices[input];
    return {
      input,
      ...(b?.inputUnit ? { unit: b.inputUnit } : {}),
      ...(ix ? { S1: ix.S1, S1ci: ix.S1ci, ST: ix.ST, STci: ix.STci } : {}),
      ...(b ? { low: b.low, high: b.high, outputAtLow: b.outputAtLow, outputAtHigh: b.outputAtHigh, swing: b.swing } : {}),
    };
  });
  return rows.sort((a, b) => (b.ST ?? -Infinity) - (a.ST ?? -Infinity) || (b.swing ?? 0) - (a.swing ?? 0));
}

/** Rankings of the other categories' functional-unit outputs the analyses computed, when there are any. */
function categoryRankings(tornado: StudySensitivity | undefined, sobol: StudySensitivity | undefined): Pick<ReportSensitivity, 'byCategory'> {
  const keys = new Set([...Object.keys(tornado?.tornado?.outputs ?? {}), ...Object.keys(sobol?.sobol?.outputs ?? {})].filter((k) => k !== OUTPUT.functionalUnit));
  if (keys.size === 0) return {};
  return { byCategory: [...keys].map((output) => ({ output, ranking: ranking(tornado, sobol, output) })) };
}

/**
 * The sensitivity of the functional unit for a report: a tornado between the
 * settings' percentiles (on the float64 `js` backend: 2d + 1 runs) and Sobol
 * first and total indices with N base samples and bootstrap intervals (on
 * the given backend). A study with no uncertain input gets neither, one
 * with a single uncertain input only the tornado; the notes say why.
 *
 * @param study - the study (base case)
 * @param settings - checked report settings (Sobol N, seed, tornado percentiles)
 * @param backend - backend for Sobol (the one the Monte Carlo run used)
 * @param unit - unit of the functional unit
 * @param onProgress - called as the tornado and Sobol designs are evaluated
 * @param signal - stops the analyses between batches
 * @returns the sensitivity section and how each analysis ran
 * @throws {@link InputError} for a bad Sobol N
 * @example
 * const study = loadStudyFile('examples/xeon-8468.json').study;
 * const run = await runSensitivity(study, checkReportOptions({}), 'js', 'kgCO2e/year');
 * run.sensitivity.notes; // => ['no sensitivity analysis: the study has no uncertain input (every input is a fixed value)']
 * run.runs; // => []
 */
export async function runSensitivity(study: Study, settings: ReportSettings, backend: BackendRequest, unit: string, onProgress?: (p: ReportProgress) => void, signal?: AbortSignal): Promise<SensitivityRun> {
  const uncertain = uncertainInputs(study);
  const notes: string[] = [];
  let tornado: StudySensitivity | undefined;
  let sobol: StudySensitivity | undefined;
  if (uncertain.length === 0) notes.push('no sensitivity analysis: the study has no uncertain input (every input is a fixed value)');
  if (uncertain.length >= 1) {
    tornado = await analyseStudy(study, { method: 'tornado', lowPercentile: settings.lowPercentile, highPercentile: settings.highPercentile, onProgress: (p) => onProgress?.({ stage: 'tornado', ...p }), signal });
  }
  if (uncertain.length === 1) notes.push(`no Sobol indices: the study has one uncertain input (${uncertain[0]}), which causes all of the variance (S1 = ST = 1)`);
  if (uncertain.length >= 2 && signal?.aborted !== true) {
    sobol = await analyseStudy(study, { method: 'sobol', samples: settings.sobolSamples, seed: settings.seed, backend, onProgress: (p) => onProgress?.({ stage: 'sobol', ...p }), signal });
  }
  for (const r of [tornado, sobol]) for (const n of [...(r?.notes ?? []), ...(r?.tornado?.notes ?? []), ...(r?.sobol?.notes ?? [])]) if (!notes.includes(n)) notes.push(n);
  const t = tornado?.tornado;
  const s = sobol?.sobol;
  const sOut = s?.outputs[OUTPUT.functionalUnit];
  return {
    sensitivity: {
      output: OUTPUT.functionalUnit,
      unit,
      ranking: ranking(tornado, sobol),
      ...categoryRankings(tornado, sobol),
      ...(t ? { tornado: { lowPercentile: t.lowPercentile, highPercentile: t.highPercentile, baseOutput: (t.outputs[OUTPUT.functionalUnit] as { baseOutput: number }).baseOutput, evaluations: t.evaluations } } : {}),
      ...(s && sOut ? { sobol: { n: s.n, evaluations: s.evaluations, seed: s.seed, resamples: s.bootstrap.resamples, confidence: s.bootstrap.confidence, mean: sOut.mean, variance: sOut.variance } } : {}),
      notes,
    },
    runs: [tornado, sobol].filter((r): r is StudySensitivity => r !== undefined).map((r) => ({
      method: r.method,
      backend: r.provenance.backend,
      precision: r.provenance.precision,
      durationMs: r.provenance.durationMs,
      ...(r.provenance.samples !== undefined ? { samples: r.provenance.samples } : {}),
      ...(r.provenance.seed !== undefined ? { seed: r.provenance.seed } : {}),
    })),
  };
}
