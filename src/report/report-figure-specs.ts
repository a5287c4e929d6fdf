import { contributionSpec, histogramSpec, scenarioSpec, sobolSpec, stackedBarSpec, tornadoSpec, type VegaLiteSpec } from '../charts/index.js';
import type { ReportFigureData } from './figure-data.js';
import { planFigures, type PlannedChart, type PlannedFigure } from './figure-plan.js';

function specOf(c: PlannedChart): VegaLiteSpec {
  if (c.kind === 'contribution') return contributionSpec(c.data, c.options);
  if (c.kind === 'histogram') return histogramSpec(c.data, c.options);
  return sobolSpec(c.data, c.options);
}

const specs = (fs: readonly PlannedFigure[]): ReportFigureSpec[] => fs.map((f) => ({ name: f.name, spec: specOf(f.chart) }));

/** One figure of a report as a Vega-Lite spec. */
export interface ReportFigureSpec {
  /** File-name stem, the same as the SVG figure's (`breakdown`): the CLI writes `breakdown.vl.json`. */
  readonly name: string;
  /** The Vega-Lite v5 spec with its data inline. */
  readonly spec: VegaLiteSpec;
}

const WIDTH = 800;
const WIDE = 960;

/**
 * The figures of a report as Vega-Lite v5 specs with their data inline, in
 * the order and with the names, titles, units and widths of
 * {@link renderFigures}' SVG figures (each only when its data exist).
 *
 * @param figures - the report's figure data (`report.figures`)
 * @returns one spec per figure, in reading order
 * @throws {@link InputError} when the data break a chart's rules, as {@link renderFigures} does
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * renderFigureSpecs(r.figures).map((f) => f.name); // => ['breakdown', 'embodied-components', 'operational-components']
 */
export function renderFigureSpecs(figures: ReportFigureData): ReportFigureSpec[] {
  const out: ReportFigureSpec[] = [
    ...specs(planFigures(figures, 'impact')),
    { name: 'breakdown', spec: stackedBarSpec(figures.breakdown.data, { unit: figures.breakdown.unit, width: WIDTH, title: 'Footprint by element and phase' }) },
    ...specs(planFigures(figures, 'stages')),
  ];
  // as renderFigures: a study with nothing to manufacture (or no operation) has no component figure
  if (figures.embodiedComponents.data.length > 0) {
    out.push({ name: 'embodied-components', spec: contributionSpec(figures.embodiedComponents.data, { unit: figures.embodiedComponents.unit, valueLabel: 'Embodied carbon', width: WIDTH, title: 'Embodied carbon by component' }) });
  }
  if (figures.operationalComponents.data.length > 0) {
    out.push({ name: 'operational-components', spec: contributionSpec(figures.operationalComponents.data, { unit: figures.operationalComponents.unit, valueLabel: 'Operational carbon', width: WIDTH, title: 'Operational carbon by component' }) });
  }
  const h = figures.histogram;
  if (h) out.push({ name: 'histogram', spec: histogramSpec(h.data, { unit: h.unit, width: WIDTH, title: `Monte Carlo: ${h.label}` }) });
  out.push(...specs(planFigures(figures, 'uncertainty')));
  const t = figures.tornado;
  if (t) out.push({ name: 'tornado', spec: tornadoSpec(t.data, { unit: t.unit, width: WIDE, title: 'Tornado: functional unit' }) });
  const s = figures.sobol;
  if (s) out.push({ name: 'sobol', spec: sobolSpec(s.data, { intervalLabel: s.intervalLabel, width: WIDE, title: 'Sobol indices: functional unit' }) });
  out.push(...specs(planFigures(figures, 'sensitivity')));
  const c = figures.scenarios;
  if (c) out.push({ name: 'scenarios', spec: scenarioSpec(c.data, { unit: c.unit, pointLabel: 'base values', intervalLabel: 'Monte Carlo 2.5–97.5 %', width: WIDTH, title: 'Scenario comparison' }) });
  return out;
}
