import type { Assessment } from '../assess/index.js';
import type { MonteCarloResult } from '../mc/index.js';
import { categoryKey } from '../study/index.js';
import type { ImpactCategoryId } from '../units/index.js';
import { reportEstimate, type ReportStatistics } from './report-statistics.js';

/** One headline figure of an impact category in a report. */
export interface ReportCategoryFigure {
  /** The figure's climate key (`annualized.total`). */
  readonly key: string;
  /** What it is (`annualised footprint`). */
  readonly label: string;
  /** Unit in the category (`L/year`). */
  readonly unit: string;
  /** Base case, when the study covers the figure in this category. */
  readonly deterministic?: number;
  /** Monte Carlo statistics, when the run computed the figure. */
  readonly monteCarlo?: ReportStatistics;
  /** Why the figure has no value (`not covered: …`). */
  readonly notCovered?: string;
}

/** One impact category of a report: what it measures and its figures. */
export interface ReportCategory {
  /** The category's id. */
  readonly category: ImpactCategoryId;
  /** Its name. */
  readonly name: string;
  /** The indicator. */
  readonly indicator: string;
  /** Its unit. */
  readonly unit: string;
  /** The characterisation method. */
  readonly method: string;
  /** Headline figures, each with its Monte Carlo statistics or why it is not covered. */
  readonly figures: readonly ReportCategoryFigure[];
}

/**
 * The impact categories of a report: per category of the assessment's
 * `impacts` block, each headline figure with its base case and the Monte
 * Carlo statistics of the same output in the category
 * (`water.annualized.total`), or the note saying why it is not covered.
 *
 * @param assessment - the deterministic assessment (its `impacts` block)
 * @param mc - the Monte Carlo run of the same study, with the default outputs (every category's)
 * @returns the categories, climate first; empty for a climate-only study
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * buildReportCategories(assess(file.study), await runMonteCarlo(file.study, { samples: 100, seed: 1, backend: 'js' })); // => []
 */
export function buildReportCategories(assessment: Assessment, mc: MonteCarloResult): ReportCategory[] {
  return (assessment.impacts ?? []).map((c) => ({
    category: c.category,
    name: c.name,
    indicator: c.indicator,
    unit: c.unit,
    method: c.method,
    figures: c.figures.map((f): ReportCategoryFigure => {
      if (f.value === undefined) return { key: f.key, label: f.label, unit: f.unit, ...(f.notCovered !== undefined ? { notCovered: f.notCovered } : {}) };
      const e = reportEstimate(mc, categoryKey(c.category, f.key));
      return { key: f.key, label: f.label, unit: f.unit, deterministic: f.value, ...(e?.monteCarlo ? { monteCarlo: e.monteCarlo } : {}) };
    }),
  }));
}
