import type { LifeCycleResult } from '../assess/index.js';
import { formatDeterministic, formatShare } from './display-rules.js';
import { estimateRow, STAT_COLUMNS, statCells } from './document-cells.js';
import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { ReportFigure } from './report-figures.js';
import type { Report } from './report.js';
import type { ReportCategory } from './impact-categories.js';
import type { ReportEstimate } from './report-statistics.js';

/** The impact categories of a multi-category study: per category its figures with Monte Carlo statistics, or why each is not covered. */
function categoryBlocks(categories: readonly ReportCategory[] | undefined, fig: (name: string) => DocumentBlock[]): DocumentBlock[] {
  if (categories === undefined) return [];
  const out: DocumentBlock[] = [
    block.h3('Impact categories', 'categories'),
    block.p('Every category the study names, computed through the same graph with the category\'s factors. A figure that needs a factor the study does not give in a category is "not covered" — not zero.'),
  ];
  for (const c of categories) {
    out.push(
      block.table(
        `${c.name} [${c.unit}]: ${c.indicator}. Method: ${c.method}.`,
        ['result', 'unit', ['base case', 'right'], ...STAT_COLUMNS],
        c.figures.map((f) => (f.deterministic === undefined ? [f.label, f.unit, f.notCovered ?? 'not covered', ...STAT_COLUMNS.map(() => '–')] : [f.label, f.unit, formatDeterministic(f.deterministic), ...statCells(f.monteCarlo)])),
      ),
      ...fig(`${c.category}-by-element`),
      ...fig(`${c.category}-by-stage`),
    );
  }
  return out;
}

/** The annualised footprint by life-cycle stage, and module D apart (EN 15804), when the study declares them. */
function stageBlocks(lifeCycle: LifeCycleResult | undefined, estimates: readonly ReportEstimate[] | undefined, fig: (name: string) => DocumentBlock[]): DocumentBlock[] {
  if (lifeCycle === undefined) return [];
  const total = lifeCycle.manufacturingKgCO2e + lifeCycle.transportKgCO2e + lifeCycle.useKgCO2e + lifeCycle.endOfLifeKgCO2e;
  const share = (x: number) => (total > 0 ? formatShare(x / total) : 'undefined (total is zero)');
  const rows: [string, number][] = [['manufacturing', lifeCycle.manufacturingKgCO2e], ['transport', lifeCycle.transportKgCO2e], ['use', lifeCycle.useKgCO2e], ['end of life', lifeCycle.endOfLifeKgCO2e]];
  return [
    block.h3('By life-cycle stage', 'by-stage'),
    block.table(
      'Annualised footprint by life-cycle stage [kgCO2e/year], base case with its share, and the Monte Carlo statistics of each stage; the stages sum to the annualised footprint.',
      ['stage', ['kgCO2e/year', 'right'], ['share', 'right'], ...STAT_COLUMNS],
      rows.map(([name, x], i) => [name, formatDeterministic(x), share(x), ...statCells(estimates?.[i]?.monteCarlo)]),
    ),
    ...fig('stages'),
    block.p(`Benefits beyond the system boundary (EN 15804 module D: what recycling recovers, over the life assessed): ${formatDeterministic(lifeCycle.moduleDKgCO2e)} kgCO2e. Reported apart and subtracted from no total.`),
  ];
}

/** Section 3 of a report: impact assessment (ISO 14044 §4.4). */
export function impactBlocks(report: Report, figures: ReadonlyMap<string, ReportFigure>): DocumentBlock[] {
  const im = report.impact;
  const fig = (name: string) => (figures.has(name) ? [block.figure(figures.get(name) as ReportFigure)] : []);
  const embodied = im.embodiedComponents.reduce((a, c) => a + c.kgCO2e, 0);
  const operational = im.operationalComponents.reduce((a, c) => a + c.kgCO2e, 0);
  // a share of a zero total is 0 ÷ 0: said so, not a dash that reads as "not applicable"
  const share = (x: number, total: number) => (total > 0 ? formatShare(x / total) : 'undefined (total is zero)');
  const out: DocumentBlock[] = [
    block.h2('3. Impact assessment', 'impact'),
    block.p(`${im.categories === undefined ? 'One impact category' : 'Climate change first (the other categories are under "Impact categories" below)'}: climate change, as the global warming potential over 100 years (GWP100) in kilograms of CO2 equivalent. "Base case" is every input at its base value; the Monte Carlo columns are statistics of the uncertain model.`),
    block.table('Footprint per functional unit and main totals.', ['result', 'unit', ['base case', 'right'], ...STAT_COLUMNS], [
      estimateRow(im.functionalUnit),
      ...im.totals.map(estimateRow),
      ...(im.usePhaseShareUndefined !== undefined ? [['use-phase share', '%', `undefined (${im.usePhaseShareUndefined})`, ...STAT_COLUMNS.map(() => '–')]] : []),
    ]),
    ...categoryBlocks(im.categories, fig),
    block.h3('By element and phase', 'by-element'),
    block.table(
      'Annualised footprint by element of the AI system and life-cycle phase [kgCO2e/year]: embodied carbon spread over the lifetime, operational carbon per year.',
      ['element', ['manufacturing (embodied)', 'right'], ['use (operational)', 'right'], ['total, base case', 'right'], ...STAT_COLUMNS],
      im.byElement.map((e) => [e.modelled ? e.element : `${e.element} (not modelled)`, formatDeterministic(e.embodiedKgCO2e), formatDeterministic(e.operationalKgCO2e), formatDeterministic(e.totalKgCO2e), ...statCells(e.monteCarlo)]),
    ),
    ...fig('breakdown'),
    ...stageBlocks(im.lifeCycle, im.stageEstimates, fig),
    block.h3('By component', 'by-component'),
    block.table(
      "Embodied carbon by component over the hardware's life, base case.",
      ['component', 'server', 'kind', ['kgCO2e', 'right'], ['share', 'right']],
      im.embodiedComponents.map((c) => [c.name, c.server || '–', c.technology ?? '–', formatDeterministic(c.kgCO2e), share(c.kgCO2e, embodied)]),
    ),
    ...fig('embodied-components'),
    block.table(
      'Operational carbon by component per year, base case (energy including data-centre overhead where the component is the overhead).',
      ['component', 'server', 'element', ['kWh/year', 'right'], ['kgCO2e/year', 'right'], ['share', 'right']],
      im.operationalComponents.map((c) => [c.name, c.server || '–', c.element, c.energyKWh === undefined ? '–' : formatDeterministic(c.energyKWh), formatDeterministic(c.kgCO2e), share(c.kgCO2e, operational)]),
    ),
    ...fig('operational-components'),
  ];
  if (im.jobs && im.jobs.length > 0) {
    out.push(
      block.table(
        'Jobs of the model and data elements, per run and over the service life, base case.',
        ['job', 'phase', 'element', ['energy per run, kWh', 'right'], ['per run, kgCO2e', 'right'], ['service life, kgCO2e', 'right']],
        im.jobs.map((j) => [j.name, j.phase, j.element, formatDeterministic(j.energyKWh), formatDeterministic(j.perRunKgCO2e), formatDeterministic(j.totalKgCO2e)]),
      ),
    );
    const matched = im.jobs.filter((j) => j.hourlyMatching !== undefined);
    if (matched.length > 0) {
      out.push(
        block.table(
          'Jobs whose load series is matched hour by hour to the grid-intensity series: the energy-weighted and the time-mean intensity over the load, and what matching adds to the mean-based figure, Σ E_h × CI_h − Σ E_h × mean(CI) (IT energy of one run, before PUE and levers).',
          ['job', 'load series', ['weighted, kgCO2e/kWh', 'right'], ['mean, kgCO2e/kWh', 'right'], ['difference, kgCO2e', 'right']],
          matched.map((j) => { const m = j.hourlyMatching!; return [j.name, m.series, formatDeterministic(m.weightedIntensity), formatDeterministic(m.meanIntensity), formatDeterministic(m.covarianceKgCO2e)]; }),
        ),
      );
    }
  }
  return out;
}
