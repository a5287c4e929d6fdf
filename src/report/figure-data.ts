import type { ContributionDatum, ScenarioDatum } from '../charts/index.js';
import type { MonteCarloOutput, MonteCarloResult } from '../mc/index.js';
import type { ComponentResult } from '../assess/index.js';
import type { ImpactAssessment } from './impact-assessment.js';
import type { ReportScenario } from './run-scenarios.js';
import type { ReportSensitivity } from './run-sensitivity.js';
import { buildCategoryFigureData, type CategoryFigureData } from './category-figure-data.js';
import type { StackedBarFigure, ContributionFigure, HistogramFigure, TornadoFigure, SobolFigure, ScenarioFigure } from './figure-types.js';
import { histogramData } from './histogram-data.js';

export type { StackedBarFigure, ContributionFigure, HistogramFigure, TornadoFigure, SobolFigure, ScenarioFigure } from './figure-types.js';
export { histogramData } from './histogram-data.js';

/** The data behind every figure of a report, as the charts module takes it. */
export interface ReportFigureData {
  /** Annualised footprint by element (bars) and phase (segments) [kgCO2e/year]. */
  readonly breakdown: StackedBarFigure;
  /** Embodied carbon by component over the hardware's life [kgCO2e]. */
  readonly embodiedComponents: ContributionFigure;
  /** Operational carbon by component per year [kgCO2e/year]. */
  readonly operationalComponents: ContributionFigure;
  /** Monte Carlo histogram of the functional unit with percentile markers; absent when it is constant. */
  readonly histogram?: HistogramFigure;
  /** One-at-a-time swings of the functional unit; absent without uncertain inputs. */
  readonly tornado?: TornadoFigure;
  /** Sobol indices of the functional unit; absent with fewer than two uncertain inputs. */
  readonly sobol?: SobolFigure;
  /** Base case and scenarios: deterministic value split by phase, Monte Carlo 2.5–97.5 % interval; absent when the file defines no scenario. */
  readonly scenarios?: ScenarioFigure;
  /** Climate change by life-cycle stage per year [kgCO2e/year]; absent unless the study declares transport, end of life or reuse. */
  readonly stages?: ContributionFigure;
  /** Per impact category besides climate change, its charts; absent for a climate-only study. */
  readonly categories?: readonly CategoryFigureData[];
}

/**
 * Phase names of the breakdown's segments.
 * @example
 * PHASES.operational; // => 'use (operational)'
 */
export const PHASES = {
  /** Segment of embodied carbon spread over the lifetime. */
  embodied: 'manufacturing (embodied ÷ lifetime)',
  /** Segment of operational carbon per year. */
  operational: 'use (operational)',
} as const;

function componentLabels(components: readonly ComponentResult[]): ContributionDatum[] {
  const servers = new Set(components.map((c) => c.server));
  return components.map((c) => ({ label: servers.size > 1 && c.server !== '' ? `${c.name} (${c.server})` : c.name, value: c.kgCO2e }));
}


function scenarioData(rows: readonly ReportScenario[]): ScenarioDatum[] {
  return rows.map((r) => {
    const d = r.deterministic;
    const mc = r.monteCarlo;
    const interval = mc && !mc.constant ? { low: mc.percentiles['p2.5'], high: mc.percentiles['p97.5'] } : {};
    const parts = d.embodied !== undefined && d.operational !== undefined && d.embodied >= 0 && d.operational >= 0
      ? { parts: [{ label: 'embodied', value: d.embodied }, { label: 'operational', value: d.operational }] }
      : {};
    return { label: r.name, value: d.value, ...interval, ...parts };
  });
}

/**
 * Gather the data of a report's figures from its sections: the stacked
 * breakdown by element and phase, the component contributions, the Monte
 * Carlo histogram of the functional unit with p2.5, p50, mean, p97.5 and
 * the base case marked, the tornado, the Sobol indices and the scenarios;
 * climate change by life-cycle stage when the study declares stages; and
 * per other impact category its charts (see {@link buildCategoryFigureData}).
 *
 * @param impact - the impact assessment
 * @param fu - the Monte Carlo output of the functional unit
 * @param sensitivity - the sensitivity section
 * @param scenarios - base case and scenarios
 * @param mc - the report's Monte Carlo run: with it, a multi-category study gets each category's charts
 * @returns the data of every figure
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const r = await buildReport(file, { samples: 100, backend: 'js' });
 * const mc = await runMonteCarlo(file.study, { samples: 100, seed: 1, backend: 'js' });
 * const fd = buildFigureData(r.impact, mc.outputs[0], r.interpretation.sensitivity, r.interpretation.scenarios);
 * fd.breakdown.data.length; // => 8
 * fd.histogram; // => undefined
 */
export function buildFigureData(impact: ImpactAssessment, fu: MonteCarloOutput, sensitivity: ReportSensitivity, scenarios: readonly ReportScenario[], mc?: MonteCarloResult): ReportFigureData {
  const breakdown = impact.byElement.flatMap((e) => {
    const bar = e.modelled ? e.element : `${e.element} (not modelled)`;
    return [
      { bar, segment: PHASES.embodied, value: e.embodiedKgCO2e },
      { bar, segment: PHASES.operational, value: e.operationalKgCO2e },
    ];
  });
  const t = sensitivity.tornado;
  const bars = sensitivity.ranking.filter((r) => r.swing !== undefined).sort((a, b) => (b.swing as number) - (a.swing as number));
  const sobolRows = sensitivity.ranking.filter((r) => r.ST !== undefined);
  const s = sensitivity.sobol;
  return {
    breakdown: { unit: 'kgCO2e/year', data: breakdown },
    embodiedComponents: { unit: 'kgCO2e', data: componentLabels(impact.embodiedComponents) },
    operationalComponents: { unit: 'kgCO2e/year', data: componentLabels(impact.operationalComponents) },
    ...(fu.constant ? {} : { histogram: { unit: fu.unit, label: fu.label, samples: fu.summary.count, data: histogramData(fu) } }),
    ...(t && bars.length > 0
      ? {
          tornado: {
            unit: sensitivity.unit,
            lowPercentile: t.lowPercentile,
            highPercentile: t.highPercentile,
            data: {
              baseOutput: t.baseOutput,
              bars: bars.map((r) => ({ input: r.input, ...(r.unit ? { inputUnit: r.unit } : {}), low: r.low as number, high: r.high as number, outputAtLow: r.outputAtLow as number, outputAtHigh: r.outputAtHigh as number })),
            },
          },
        }
      : {}),
    ...(s && sobolRows.length > 0
      ? { sobol: { n: s.n, intervalLabel: `${Math.round(s.confidence * 100)} % bootstrap interval`, data: sobolRows.map((r) => ({ input: r.input, s1: r.S1 as number, st: r.ST as number, s1Interval: r.S1ci as [number, number], stInterval: r.STci as [number, number] })) } }
      : {}),
    ...(scenarios.length > 1 ? { scenarios: { unit: impact.functionalUnit.unit, data: scenarioData(scenarios) } } : {}),
    ...stageData(impact),
    ...(impact.categories !== undefined && mc !== undefined ? { categories: buildCategoryFigureData(impact.categories, mc, sensitivity) } : {}),
  };
}

/** Climate change by life-cycle stage, when the study declares stages and every stage is ≥ 0 (a chart of shares). */
function stageData(impact: ImpactAssessment): Pick<ReportFigureData, 'stages'> {
  const l = impact.lifeCycle;
  if (l === undefined) return {};
  const data = [
    { label: 'manufacturing', value: l.manufacturingKgCO2e },
    { label: 'transport', value: l.transportKgCO2e },
    { label: 'use', value: l.useKgCO2e },
    { label: 'end of life', value: l.endOfLifeKgCO2e },
  ];
  return data.every((d) => d.value >= 0) && data.some((d) => d.value > 0) ? { stages: { unit: 'kgCO2e/year', data } } : {};
}
