import { contributionChart, histogramChart, scenarioChart, sobolChart, stackedBarChart, tornadoChart } from '../charts/index.js';
import { formatCount } from './display-rules.js';
import type { ReportFigureData } from './figure-data.js';
import { planFigures, type PlannedChart, type PlannedFigure } from './figure-plan.js';

function svgOf(c: PlannedChart): string {
  if (c.kind === 'contribution') return contributionChart(c.data, c.options);
  if (c.kind === 'histogram') return histogramChart(c.data, c.options);
  return sobolChart(c.data, c.options);
}

const rendered = (fs: readonly PlannedFigure[]): Omit<ReportFigure, 'number'>[] => fs.map((f) => ({ name: f.name, caption: f.caption, svg: svgOf(f.chart) }));

/** One rendered figure of a report. */
export interface ReportFigure {
  /** File-name stem (`breakdown`): Markdown writes `NAME-figures/breakdown.svg`. */
  readonly name: string;
  /** Figure number in reading order, from 1. */
  readonly number: number;
  /** The caption, without the `Figure N.` prefix. */
  readonly caption: string;
  /** A self-contained SVG document (no script, no link, no id). */
  readonly svg: string;
}

/** Chart width [px]; the page's CSS scales charts down to the column (A4 print included). */
const WIDTH = 800;
/** Width of the charts whose labels are input paths (tornado, Sobol) [px]: room for long names. */
const WIDE = 960;

function percent(p: number): string {
  return `${Math.round(p * 1000) / 10}`;
}

/**
 * Render the figures of a report as SVG with the charts module: the
 * breakdown by element and phase, embodied and operational carbon by
 * component, the Monte Carlo histogram with percentiles marked, the
 * tornado, the Sobol indices and the scenario comparison, and the figures
 * of the life-cycle stages and of each impact category besides climate
 * change (see {@link planFigures}), each only when its data exist, in the
 * order the report reads them. Every value axis names its unit.
 *
 * @param figures - the report's figure data (`report.figures`)
 * @returns the figures in reading order, numbered from 1
 * @throws {@link InputError} when the data break a chart's rules (negative contributions, unequal bins)
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * renderFigures(r.figures).map((f) => `${f.number} ${f.name}`); // => ['1 breakdown', '2 embodied-components', '3 operational-components']
 */
export function renderFigures(figures: ReportFigureData): ReportFigure[] {
  const out: Omit<ReportFigure, 'number'>[] = [
    ...rendered(planFigures(figures, 'impact')),
    {
      name: 'breakdown',
      caption: 'Annualised footprint by element and life-cycle phase, base case. Embodied carbon is spread over the hardware lifetime.',
      svg: stackedBarChart(figures.breakdown.data, { unit: figures.breakdown.unit, width: WIDTH, title: 'Footprint by element and phase' }),
    },
    ...rendered(planFigures(figures, 'stages')),
  ];
  // A study with no hardware to manufacture (a measured training run) has no
  // embodied components: the figure is left out, as the tables say "none".
  if (figures.embodiedComponents.data.length > 0) {
    out.push({
      name: 'embodied-components',
      caption: "Embodied carbon by component over the hardware's life, base case, with each component's share.",
      svg: contributionChart(figures.embodiedComponents.data, { unit: figures.embodiedComponents.unit, valueLabel: 'Embodied carbon', width: WIDTH, title: 'Embodied carbon by component' }),
    });
  }
  if (figures.operationalComponents.data.length > 0) {
    out.push({
      name: 'operational-components',
      caption: 'Operational carbon by component per year, base case, with each component’s share.',
      svg: contributionChart(figures.operationalComponents.data, { unit: figures.operationalComponents.unit, valueLabel: 'Operational carbon', width: WIDTH, title: 'Operational carbon by component' }),
    });
  }
  const h = figures.histogram;
  if (h) {
    out.push({
      name: 'histogram',
      caption: `Monte Carlo distribution of the ${h.label} (${formatCount(h.samples)} samples), with the 2.5th, 50th and 97.5th percentiles, the mean and the base case marked.`,
      svg: histogramChart(h.data, { unit: h.unit, width: WIDTH, title: `Monte Carlo: ${h.label}` }),
    });
  }
  out.push(...rendered(planFigures(figures, 'uncertainty')));
  const t = figures.tornado;
  if (t) {
    out.push({
      name: 'tornado',
      caption: `One at a time: the functional unit with each uncertain input at its ${percent(t.lowPercentile)}th (blue) and ${percent(t.highPercentile)}th (orange) percentile, the others at base; the vertical line is the base case.`,
      svg: tornadoChart(t.data, { unit: t.unit, width: WIDE, title: 'Tornado: functional unit' }),
    });
  }
  const s = figures.sobol;
  if (s) {
    out.push({
      name: 'sobol',
      caption: `Sobol first-order (S1) and total (ST) indices of the functional unit with ${s.intervalLabel}s (N = ${formatCount(s.n)} base samples).`,
      svg: sobolChart(s.data, { intervalLabel: s.intervalLabel, width: WIDE, title: 'Sobol indices: functional unit' }),
    });
  }
  out.push(...rendered(planFigures(figures, 'sensitivity')));
  const c = figures.scenarios;
  if (c) {
    out.push({
      name: 'scenarios',
      caption: 'Scenarios: the base-case value of each (dot) split into embodied and operational carbon, with the Monte Carlo 2.5–97.5 % interval (whisker).',
      svg: scenarioChart(c.data, { unit: c.unit, pointLabel: 'base values', intervalLabel: 'Monte Carlo 2.5–97.5 %', width: WIDTH, title: 'Scenario comparison' }),
    });
  }
  return out.map((f, i) => ({ ...f, number: i + 1 }));
}
