import { assess } from '../assess/index.js';
import { AilcaError, InputError } from '../errors/index.js';
import { BACKEND_NAMES, runMonteCarlo, type BackendRequest, type MonteCarloOutput } from '../mc/index.js';
import type { StudyFile } from '../scenarios/index.js';
import { OUTPUT } from '../study/index.js';
import { buildDataQuality } from './data-quality.js';
import { buildFigureData } from './figure-data.js';
import { buildGoalAndScope } from './goal-and-scope.js';
import { buildImpactAssessment } from './impact-assessment.js';
import { buildInterpretation } from './interpretation.js';
import { buildInventory } from './inventory.js';
import { buildProvenance } from './provenance.js';
import type { Report } from './report.js';
import { givenMonteCarlo } from './given-monte-carlo.js';
import { checkReportOptions, type ReportOptions } from './report-options.js';
import { runScenarios } from './run-scenarios.js';
import { runSensitivity } from './run-sensitivity.js';

function checkDate(date: unknown): string {
  if (date === undefined) return new Date().toISOString();
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
    throw new InputError({ path: 'options.date', received: date, expected: 'an ISO 8601 date such as "2026-11-23" or "2026-11-23T12:00:00Z"', problem: 'is not a date' });
  }
  return date;
}

function stopIfAborted(signal: AbortSignal | undefined, stage: string): void {
  if (signal?.aborted === true) throw new AilcaError(`the report was interrupted during the ${stage}; no report was written`);
}

/**
 * Build the LCA report of a study file, independent of how it is rendered:
 * the deterministic assessment (base case), a Monte Carlo run of every
 * default output, a tornado and Sobol indices of the functional unit, and
 * the base case against every scenario of the file; then the sections of an
 * ISO 14040/14044 study — goal and scope, inventory, impact assessment,
 * interpretation, data quality and limitations — with the run's provenance
 * and the data of every figure. Render it with `renderHtml`,
 * `renderMarkdown` or `renderJson`.
 *
 * The `auto` backend is resolved once, by the Monte Carlo run, and reused by
 * Sobol and the scenarios.
 *
 * @param file - a study file (`loadStudyFile`)
 * @param options - samples, Sobol N, scenario samples, seed, backend, date, progress, abort (defaults: `REPORT_DEFAULTS`)
 * @returns the report model, every number at full float64 precision
 * @throws {@link InputError} for bad options or a scenario that makes the study invalid
 * @throws {@link AilcaError} when the signal aborts the report
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const report = await buildReport(file, { samples: 1000, backend: 'js', date: '2026-11-23' });
 * report.impact.functionalUnit.deterministic; // => 1869.1008
 * report.interpretation.sensitivity.notes[0].startsWith('no sensitivity analysis'); // => true
 */
export async function buildReport(file: StudyFile, options: ReportOptions = {}): Promise<Report> {
  const t0 = performance.now();
  const study = file.study;
  // A given Monte Carlo result (merged shards) sets the run's seed and N, and is used instead of running.
  const given = options.monteCarlo === undefined ? undefined : givenMonteCarlo(study, options.monteCarlo, options);
  const settings = checkReportOptions(given ? { ...options, samples: given.provenance.samples, seed: given.provenance.seed } : options);
  const date = checkDate(options.date);
  const { onProgress, signal } = options;
  const assessment = assess(study);
  const mc = given ?? (await runMonteCarlo(study, { samples: settings.samples, seed: settings.seed, backend: settings.backend, onProgress: (p) => onProgress?.({ stage: 'monte-carlo', ...p }), signal }));
  stopIfAborted(signal, 'Monte Carlo run');
  const backend: BackendRequest = BACKEND_NAMES.includes(mc.provenance.backend as BackendRequest) ? (mc.provenance.backend as BackendRequest) : settings.backend;
  const fu = mc.outputs.find((o) => o.key === OUTPUT.functionalUnit) as MonteCarloOutput;
  const { sensitivity, runs } = await runSensitivity(study, settings, backend, fu.unit, onProgress, signal);
  stopIfAborted(signal, 'sensitivity analysis');
  const scenarios = await runScenarios(file, { assessment, mc }, settings, backend, onProgress, signal);
  stopIfAborted(signal, 'scenario runs');
  const goalAndScope = buildGoalAndScope(file, assessment);
  const impact = buildImpactAssessment(assessment, mc, goalAndScope.elements);
  return {
    title: `Life-cycle assessment: ${study.name}`,
    goalAndScope,
    inventory: buildInventory(study, assessment),
    impact,
    interpretation: buildInterpretation(impact, sensitivity, scenarios),
    dataQuality: buildDataQuality(study, assessment, mc, sensitivity, goalAndScope.factorMethod),
    provenance: buildProvenance(file, assessment, mc, runs, { date, settings, backend, startedAt: t0 }),
    figures: buildFigureData(impact, fu, sensitivity, scenarios, mc),
    settings,
  };
}
