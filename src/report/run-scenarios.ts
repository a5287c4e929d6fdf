import { dirname } from 'node:path';
import { assess, ratioOf, type Assessment, type PhaseSplit, type UndefinedRatio } from '../assess/index.js';
import { runMonteCarlo, type BackendRequest, type MonteCarloResult } from '../mc/index.js';
import type { Study } from '../system/index.js';
import { applyScenario, type StudyFile } from '../scenarios/index.js';
import { defineStudy, OUTPUT } from '../study/index.js';
import { functionalUnitSplit } from './functional-unit-split.js';
import type { ReportProgress, ReportSettings } from './report-options.js';
import { reportStatistics, type ReportStatistics } from './report-statistics.js';

/** The deterministic value of a scenario's functional unit, split by phase. */
export interface ReportScenarioValue {
  /** The functional unit with every input at base. */
  readonly value: number;
  /** Its embodied part (same unit), when the functional unit splits by phase. */
  readonly embodied?: number;
  /** Its operational part (same unit). */
  readonly operational?: number;
}

/** Monte Carlo statistics of a scenario, with the run's size and seed. */
export interface ReportScenarioStatistics extends ReportStatistics {
  /** Samples of the run. */
  readonly samples: number;
  /** Seed of the run (the same for every scenario). */
  readonly seed: number;
}

/** The base case or one scenario of the study file. */
export interface ReportScenario {
  /** `base case` or the scenario's name. */
  readonly name: string;
  /** The scenario's description, as written. */
  readonly description?: string;
  /** The values the scenario sets, as written (empty for the base case). */
  readonly set: Readonly<Record<string, unknown>>;
  /** The functional unit with every input at base, and its split by phase. */
  readonly deterministic: ReportScenarioValue;
  /** Annualised footprint by phase [kgCO2e/year], deterministic. */
  readonly annualized: PhaseSplit;
  /** Statistics of the functional unit. */
  readonly monteCarlo?: ReportScenarioStatistics;
  /** Deterministic value ÷ the base case's − 1; an `UndefinedRatio` (`the base case is 0`) when the base case is 0. */
  readonly changeFromBase: number | UndefinedRatio;
}

/**
 * The name of the base case in a scenario comparison.
 * @example
 * BASE_CASE; // => 'base case'
 */
export const BASE_CASE = 'base case';

function scenarioRow(name: string, description: string | undefined, set: Readonly<Record<string, unknown>>, assessment: Assessment, study: Study, mc: MonteCarloResult, samples: number, baseValue: number): ReportScenario {
  const split = functionalUnitSplit(study);
  const fu = mc.outputs.find((o) => o.key === OUTPUT.functionalUnit);
  const value = assessment.functionalUnit.value;
  return {
    name,
    ...(description !== undefined ? { description } : {}),
    set,
    deterministic: { value, ...(split ? { embodied: split.embodied, operational: split.operational } : {}) },
    annualized: assessment.annualized,
    ...(fu ? { monteCarlo: { ...reportStatistics(fu), samples, seed: mc.provenance.seed } } : {}),
    changeFromBase: ((r) => (typeof r === 'number' ? r - 1 : r))(ratioOf(value, baseValue, 'the base case is 0')),
  };
}

/**
 * Compare the base case with every scenario of a study file: each scenario
 * is applied to the raw study (`applyScenario`), validated (`defineStudy`,
 * bundled datasets), assessed deterministically and run through the Monte
 * Carlo with `scenarioSamples` samples and the report's seed — the same
 * seed for every scenario (common random numbers), so differences between
 * scenarios are not blurred by sampling noise. The base case reuses the
 * report's main run.
 *
 * @param file - the study file with its scenarios
 * @param base - the base case's assessment and main Monte Carlo run
 * @param settings - checked report settings
 * @param backend - the backend the main run used
 * @returns the base case first, then each scenario in file order
 * @throws {@link InputError} when a scenario makes the study invalid (the error names the scenario's path)
 * @example
 * const file = loadStudyFile('examples/xeon-8468-uncertain.json');
 * const assessment = assess(file.study);
 * const mc = await runMonteCarlo(file.study, { samples: 1000, seed: 1, backend: 'js' });
 * const rows = await runScenarios(file, { assessment, mc }, checkReportOptions({ scenarioSamples: 1000 }), 'js');
 * rows.map((r) => r.name); // => ['base case', '3-year life', 'renewable supply']
 * rows[1].deterministic.value; // => 1176.804 / 3 + 1633.74
 * rows[2].annualized.operationalKgCO2e; // => 4084.35 * 0.05
 */
export async function runScenarios(
  file: StudyFile,
  base: { readonly assessment: Assessment; readonly mc: MonteCarloResult },
  settings: ReportSettings,
  backend: BackendRequest,
  onProgress?: (p: ReportProgress) => void,
  signal?: AbortSignal,
): Promise<ReportScenario[]> {
  const baseValue = base.assessment.functionalUnit.value;
  const rows = [scenarioRow(BASE_CASE, 'the study as written', {}, base.assessment, file.study, base.mc, base.mc.provenance.completed, baseValue)];
  const total = file.scenarios.length * settings.scenarioSamples;
  for (const [i, s] of file.scenarios.entries()) {
    if (signal?.aborted === true) break;
    const study = defineStudy(applyScenario(file.raw, s), { ...file.readLimits, baseDir: dirname(file.path) });
    const assessment = assess(study);
    const mc = await runMonteCarlo(study, {
      samples: settings.scenarioSamples,
      seed: settings.seed,
      backend,
      outputs: [OUTPUT.functionalUnit],
      onProgress: (p) => onProgress?.({ stage: 'scenarios', done: i * settings.scenarioSamples + p.done, total }),
      signal,
    });
    rows.push(scenarioRow(s.name, s.description, s.set, assessment, study, mc, mc.provenance.completed, baseValue));
  }
  return rows;
}
