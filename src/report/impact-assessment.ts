import { isUndefinedRatio, type Assessment, type ComponentResult, type JobResult, type LifeCycleResult, type PhaseSplit } from '../assess/index.js';
import { AilcaError } from '../errors/index.js';
import type { MonteCarloResult } from '../mc/index.js';
import { ELEMENTS, elementKey, OUTPUT, type Element } from '../study/index.js';
import type { ReportElementScope } from './goal-and-scope.js';
import { buildReportCategories, type ReportCategory } from './impact-categories.js';
import { reportEstimate, reportStatistics, type ReportEstimate, type ReportStatistics } from './report-statistics.js';

/** Annualised footprint of one element, by phase [kgCO2e/year], with the Monte Carlo spread of its total. */
export interface ReportElementResult extends PhaseSplit {
  /** `model`, `data`, `server` or `cloud`. */
  readonly element: Element;
  /** False when the study does not describe the element. */
  readonly modelled: boolean;
  /** Statistics of the element's annualised total. */
  readonly monteCarlo?: ReportStatistics;
}

/** ISO 14044 §4.4: impact assessment (climate change, GWP100 in kgCO2e). */
export interface ImpactAssessment {
  /** The footprint per functional unit. */
  readonly functionalUnit: ReportEstimate;
  /** Embodied, operational, energy, annualised, lifetime totals and the use-phase share (absent when it is undefined, see `usePhaseShareUndefined`). */
  readonly totals: readonly ReportEstimate[];
  /** Why the use-phase share has no value (`footprint is zero`: 0 ÷ 0), when it has none. */
  readonly usePhaseShareUndefined?: string;
  /** The annualised footprint of each of the four elements, by phase. */
  readonly byElement: readonly ReportElementResult[];
  /** Embodied carbon per component over the hardware's life [kgCO2e]. */
  readonly embodiedComponents: readonly ComponentResult[];
  /** Operational carbon per component per year [kgCO2e/year], with energy [kWh/year]. */
  readonly operationalComponents: readonly ComponentResult[];
  /** Jobs of the model and data elements, when the study has any. */
  readonly jobs?: readonly JobResult[];
  /** Every impact category of the study (climate first), when its categories name more than climate change. */
  readonly categories?: readonly ReportCategory[];
  /** The annualised footprint by life-cycle stage and module D apart, when the study declares transport, end of life or reuse. */
  readonly lifeCycle?: LifeCycleResult;
  /** The stage totals (`stage.manufacturing`, `stage.transport`, `stage.use`, `stage.endOfLife`) with their Monte Carlo statistics, when the run sampled them. */
  readonly stageEstimates?: readonly ReportEstimate[];
}

/**
 * The totals a report lists, in reading order: embodied carbon, embodied per
 * year, energy per year, operational per year, annualised footprint,
 * footprint over the service life, use-phase share.
 * @example
 * REPORT_TOTALS.length; // => 7
 */
export const REPORT_TOTALS: readonly string[] = [
  OUTPUT.embodiedTotal,
  OUTPUT.annualizedEmbodied,
  OUTPUT.annualEnergy,
  OUTPUT.operationalAnnual,
  OUTPUT.annualizedTotal,
  OUTPUT.lifetimeTotal,
  OUTPUT.usePhaseShare,
];

function required(mc: MonteCarloResult, key: string): ReportEstimate {
  const e = reportEstimate(mc, key);
  if (e === undefined) throw new AilcaError(`the Monte Carlo run has no output "${key}": run it with the default outputs (DEFAULT_MC_OUTPUTS)`);
  return e;
}

/**
 * The impact assessment (ISO 14044 §4.4; one impact category, climate
 * change in kgCO2e): the functional unit and the main totals, each with its
 * deterministic value and Monte Carlo statistics, the annualised footprint
 * by element and phase, and embodied and operational carbon by component.
 *
 * @param assessment - the deterministic assessment
 * @param mc - the Monte Carlo run of the same study, with the default outputs
 * @param scope - which elements the study models
 * @returns the section's content
 * @throws {@link AilcaError} when the run lacks one of the default outputs
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const a = assess(file.study);
 * const mc = await runMonteCarlo(file.study, { samples: 100, seed: 1, backend: 'js' });
 * const impact = buildImpactAssessment(a, mc, buildGoalAndScope(file, a).elements);
 * impact.functionalUnit.deterministic; // => 1869.1008
 * impact.byElement.map((e) => e.modelled); // => [false, false, true, true]
 */
export function buildImpactAssessment(assessment: Assessment, mc: MonteCarloResult, scope: readonly ReportElementScope[]): ImpactAssessment {
  const byElement = ELEMENTS.map((element) => {
    const o = mc.outputs.find((x) => x.key === elementKey(element));
    return {
      element,
      modelled: scope.find((s) => s.element === element)?.modelled ?? true,
      ...assessment.byElement[element],
      ...(o ? { monteCarlo: reportStatistics(o) } : {}),
    };
  });
  // the share of a zero footprint is 0 ÷ 0: no statistics, its reason instead
  const share = assessment.usePhaseShare;
  const undefinedShare = isUndefinedRatio(share) ? share.undefinedReason : undefined;
  return {
    functionalUnit: required(mc, OUTPUT.functionalUnit),
    totals: REPORT_TOTALS.filter((k) => !(undefinedShare !== undefined && k === OUTPUT.usePhaseShare)).map((k) => required(mc, k)),
    ...(undefinedShare !== undefined ? { usePhaseShareUndefined: undefinedShare } : {}),
    byElement,
    embodiedComponents: assessment.embodied.components,
    operationalComponents: assessment.operational.components,
    ...(assessment.jobs ? { jobs: assessment.jobs } : {}),
    ...(assessment.impacts !== undefined ? { categories: buildReportCategories(assessment, mc) } : {}),
    ...(assessment.lifeCycle !== undefined ? { lifeCycle: assessment.lifeCycle } : {}),
    ...stageEstimates(assessment, mc),
  };
}

/** The stage totals' Monte Carlo estimates, when the study declares stages and the run has all four (the default outputs do). */
function stageEstimates(assessment: Assessment, mc: MonteCarloResult): Pick<ImpactAssessment, 'stageEstimates'> {
  if (assessment.lifeCycle === undefined) return {};
  const found = [OUTPUT.stageManufacturing, OUTPUT.stageTransport, OUTPUT.stageUse, OUTPUT.stageEndOfLife].map((k) => reportEstimate(mc, k));
  const present = found.filter((e): e is ReportEstimate => e !== undefined);
  return present.length === found.length ? { stageEstimates: present } : {};
}
