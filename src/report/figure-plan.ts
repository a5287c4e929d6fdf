import type { ContributionChartOptions, ContributionDatum, HistogramChartOptions, HistogramData, SobolChartOptions, SobolDatum } from '../charts/index.js';
import { formatCount } from './display-rules.js';
import type { ReportFigureData } from './figure-data.js';

/** A chart to draw: the chart function's name, its data and options, for the SVG and the Vega-Lite renderers alike. */
export type PlannedChart =
  | {
    /** The chart function that draws it. */
    readonly kind: 'contribution';
    /** The chart's data. */
    readonly data: readonly ContributionDatum[];
    /** The chart's options (title, unit, size). */
    readonly options: ContributionChartOptions;
  }
  | {
    /** The chart function that draws it. */
    readonly kind: 'histogram';
    /** The chart's data. */
    readonly data: HistogramData;
    /** The chart's options (title, unit, size). */
    readonly options: HistogramChartOptions;
  }
  | {
    /** The chart function that draws it. */
    readonly kind: 'sobol';
    /** The chart's data. */
    readonly data: readonly SobolDatum[];
    /** The chart's options (title, unit, size). */
    readonly options: SobolChartOptions;
  };

/** A figure to render: file-name stem, caption, chart. */
export interface PlannedFigure {
  /** File-name stem (`water-by-element`). */
  readonly name: string;
  /** The caption, without the `Figure N.` prefix. */
  readonly caption: string;
  /** The chart. */
  readonly chart: PlannedChart;
}

/** Chart width [px], as the report's other charts. */
const WIDTH = 800;
/** Width of the charts whose labels are input paths [px]. */
const WIDE = 960;

/**
 * The figures of a report that the life-cycle stages and the impact
 * categories besides climate change add, for the part of the report they
 * sit in: `impact` (per category its impact by element and by stage, base
 * case, after the category's table), `stages` (climate change by stage,
 * after the stage table), `uncertainty` (per category the Monte
 * Carlo histogram of its functional unit) and `sensitivity` (per category
 * the Sobol indices of its functional unit). Figure names carry the
 * category (`water-histogram`), so the Markdown report's SVG files and the
 * Vega-Lite specs do too.
 *
 * @param figures - the report's figure data
 * @param part - the part of the report
 * @returns the figures in reading order
 * @example
 * const r = await buildReport(loadStudyFile('examples/gpt3-water-carbon.json'), { samples: 100, backend: 'js' });
 * planFigures(r.figures, 'impact').map((f) => f.name); // => ['water-by-element']
 */
export function planFigures(figures: ReportFigureData, part: 'impact' | 'stages' | 'uncertainty' | 'sensitivity'): PlannedFigure[] {
  const out: PlannedFigure[] = [];
  for (const c of figures.categories ?? []) {
    const title = (what: string) => `${c.name[0].toUpperCase()}${c.name.slice(1)}: ${what}`;
    if (part === 'impact' && c.byElement) {
      out.push({ name: `${c.category}-by-element`, caption: `${title('annualised impact by element')} [${c.byElement.unit}], base case, with each element's share.`, chart: { kind: 'contribution', data: c.byElement.data, options: { unit: c.byElement.unit, valueLabel: c.name, width: WIDTH, title: title('by element') } } });
    }
    if (part === 'impact' && c.byStage) {
      out.push({ name: `${c.category}-by-stage`, caption: `${title('annualised impact by life-cycle stage')} [${c.byStage.unit}], base case, with each stage's share.`, chart: { kind: 'contribution', data: c.byStage.data, options: { unit: c.byStage.unit, valueLabel: c.name, width: WIDTH, title: title('by life-cycle stage'), sort: false } } });
    }
    if (part === 'uncertainty' && c.histogram) {
      const h = c.histogram;
      out.push({ name: `${c.category}-histogram`, caption: `Monte Carlo distribution of the ${h.label} (${formatCount(h.samples)} samples), with the 2.5th, 50th and 97.5th percentiles, the mean and the base case marked.`, chart: { kind: 'histogram', data: h.data, options: { unit: h.unit, width: WIDTH, title: `Monte Carlo: ${h.label}` } } });
    }
    if (part === 'sensitivity' && c.sobol) {
      const s = c.sobol;
      out.push({ name: `${c.category}-sobol`, caption: `Sobol first-order (S1) and total (ST) indices of the ${c.name} per functional unit with ${s.intervalLabel}s (N = ${formatCount(s.n)} base samples).`, chart: { kind: 'sobol', data: s.data, options: { intervalLabel: s.intervalLabel, width: WIDE, title: title('Sobol indices, functional unit') } } });
    }
  }
  if (part === 'stages' && figures.stages) {
    const st = figures.stages;
    out.push({ name: 'stages', caption: 'Climate change: annualised footprint by life-cycle stage [kgCO2e/year], base case, with each stage\'s share; module D is apart.', chart: { kind: 'contribution', data: st.data, options: { unit: st.unit, valueLabel: 'Climate change', width: WIDTH, title: 'Footprint by life-cycle stage', sort: false } } });
  }
  return out;
}
