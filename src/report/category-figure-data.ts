import type { ContributionDatum } from '../charts/index.js';
import type { MonteCarloResult } from '../mc/index.js';
import { categoryKey, elementKey, ELEMENTS, OUTPUT } from '../study/index.js';
import type { ImpactCategoryId } from '../units/index.js';
import { histogramData } from './histogram-data.js';
import type { ContributionFigure, HistogramFigure, SobolFigure } from './figure-types.js';
import type { ReportCategory, ReportCategoryFigure } from './impact-categories.js';
import type { ReportSensitivity } from './run-sensitivity.js';

/** The charts of one impact category besides climate change. */
export interface CategoryFigureData {
  /** The category's id (`water`). */
  readonly category: ImpactCategoryId;
  /** Its name (`water consumption`). */
  readonly name: string;
  /** The category's unit of an amount (`L`). */
  readonly unit: string;
  /** The annualised impact by element per year, base case; absent when an element is not covered in the category or every element is 0. */
  readonly byElement?: ContributionFigure;
  /** The annualised impact by life-cycle stage per year, base case; absent unless the study declares stages and the category covers each. */
  readonly byStage?: ContributionFigure;
  /** Monte Carlo histogram of the functional unit in the category; absent when it is not covered or constant. */
  readonly histogram?: HistogramFigure;
  /** Sobol indices of the functional unit in the category; absent when Sobol did not run. */
  readonly sobol?: SobolFigure;
}

/** Contributions read from a category's table figures: every one covered and ≥ 0, some > 0; else none (a partial chart's shares would mislead). */
function contributions(figures: readonly ReportCategoryFigure[], parts: readonly { key: string; label: string }[]): ContributionFigure | undefined {
  const rows = parts.map((p) => ({ p, f: figures.find((f) => f.key === p.key) }));
  if (rows.some((r) => r.f?.deterministic === undefined || r.f.deterministic < 0)) return undefined;
  const data: ContributionDatum[] = rows.map((r) => ({ label: r.p.label, value: r.f!.deterministic! }));
  if (!data.some((d) => d.value > 0)) return undefined;
  return { unit: rows[0].f!.unit, data };
}

/** Life-cycle stages: the figure key and the name a chart shows. */
const STAGE_PARTS: readonly { key: string; label: string }[] = [
  { key: OUTPUT.stageManufacturing, label: 'manufacturing' },
  { key: OUTPUT.stageTransport, label: 'transport' },
  { key: OUTPUT.stageUse, label: 'use' },
  { key: OUTPUT.stageEndOfLife, label: 'end of life' },
];

/**
 * The data of every impact category's charts besides climate change: its
 * annualised impact by element and by life-cycle stage (the values of the
 * category's table, base case), the Monte Carlo histogram of its functional
 * unit (`water.functionalUnit`) and the Sobol indices of it where the
 * report ran Sobol. A chart whose data the category does not cover is left
 * out; the table says which figure is not covered.
 *
 * @param categories - the report's categories (`report.impact.categories`)
 * @param mc - the report's Monte Carlo run, with the default outputs of every category
 * @param sensitivity - the report's sensitivity section (its `byCategory` rankings)
 * @returns one entry per category besides climate, in the report's order
 * @example
 * const file = loadStudyFile('examples/gpt3-water-carbon.json');
 * const r = await buildReport(file, { samples: 100, backend: 'js' });
 * r.figures.categories?.map((c) => [c.category, c.byElement?.data.map((d) => d.label)]); // => [['water', ['model', 'data', 'server', 'cloud']]]
 */
export function buildCategoryFigureData(categories: readonly ReportCategory[], mc: MonteCarloResult, sensitivity: ReportSensitivity): CategoryFigureData[] {
  return categories.filter((c) => c.category !== 'climate').map((c) => {
    const byElement = contributions(c.figures, ELEMENTS.map((e) => ({ key: elementKey(e), label: e })));
    const hasStages = c.figures.some((f) => f.key === OUTPUT.stageUse);
    const byStage = hasStages ? contributions(c.figures, STAGE_PARTS) : undefined;
    const fuKey = categoryKey(c.category, OUTPUT.functionalUnit);
    const fu = mc.outputs.find((o) => o.key === fuKey);
    const histogram: HistogramFigure | undefined = fu !== undefined && !fu.constant ? { unit: fu.unit, label: `${c.name} ${fu.label}`, samples: fu.summary.count, data: histogramData(fu) } : undefined;
    const ranking = sensitivity.byCategory?.find((b) => b.output === fuKey)?.ranking.filter((r) => r.ST !== undefined) ?? [];
    const s = sensitivity.sobol;
    const sobol: SobolFigure | undefined = s !== undefined && ranking.length > 0
      ? { n: s.n, intervalLabel: `${Math.round(s.confidence * 100)} % bootstrap interval`, data: ranking.map((r) => ({ input: r.input, s1: r.S1 as number, st: r.ST as number, s1Interval: r.S1ci as [number, number], stInterval: r.STci as [number, number] })) }
      : undefined;
    return {
      category: c.category, name: c.name, unit: c.unit,
      ...(byElement ? { byElement } : {}), ...(byStage ? { byStage } : {}), ...(histogram ? { histogram } : {}), ...(sobol ? { sobol } : {}),
    };
  });
}
