import { describeSetting } from './describe-setting.js';
import { formatDeterministic, formatIndex, formatInput, formatChange } from './display-rules.js';
import { STAT_COLUMNS, statCells } from './document-cells.js';
import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { ReportFigure } from './report-figures.js';
import type { ReportFinding } from './interpretation.js';
import type { Report } from './report.js';

function findings(report: Report, topic: ReportFinding['topic']): DocumentBlock[] {
  const items = report.interpretation.findings.filter((f) => f.topic === topic).map((f) => f.text);
  return items.length === 0 ? [] : [block.list(items)];
}

function interval(ci: readonly [number, number] | undefined): string {
  return ci === undefined ? '' : ` [${formatIndex(ci[0], ci)}, ${formatIndex(ci[1], ci)}]`;
}

/** Section 4 of a report: interpretation (ISO 14044 §4.5). */
export function interpretationBlocks(report: Report, figures: ReadonlyMap<string, ReportFigure>): DocumentBlock[] {
  const fig = (name: string) => (figures.has(name) ? [block.figure(figures.get(name) as ReportFigure)] : []);
  const s = report.interpretation.sensitivity;
  const unit = report.impact.functionalUnit.unit;
  const out: DocumentBlock[] = [
    block.h2('4. Interpretation', 'interpretation'),
    block.h3('Dominant contributors', 'dominant'),
    ...findings(report, 'dominant contributors'),
    block.h3('Use-phase share', 'use-phase'),
    ...findings(report, 'use phase'),
    block.h3('Uncertainty', 'uncertainty'),
    ...findings(report, 'uncertainty'),
    ...fig('histogram'),
    ...(report.impact.categories ?? []).flatMap((c) => fig(`${c.category}-histogram`)),
    block.h3('Sensitivity', 'sensitivity'),
    ...findings(report, 'sensitivity'),
  ];
  if (s.ranking.length > 0) {
    out.push(
      block.table(
        `Sensitivity of the functional unit [${unit}] to each uncertain input: Sobol indices with bootstrap intervals, and the tornado's low and high values of the input with the output there.`,
        ['input', ['S1', 'right'], ['ST', 'right'], ['low → high (input)', 'right'], ['output at low', 'right'], ['output at high', 'right'], ['swing', 'right']],
        s.ranking.map((r) => [
          r.input,
          r.S1 === undefined ? '–' : `${formatIndex(r.S1, r.S1ci)}${interval(r.S1ci)}`,
          r.ST === undefined ? '–' : `${formatIndex(r.ST, r.STci)}${interval(r.STci)}`,
          r.low === undefined ? '–' : `${formatInput(r.low)} → ${formatInput(r.high as number)}${r.unit ? ` ${r.unit}` : ''}`,
          r.outputAtLow === undefined ? '–' : formatDeterministic(r.outputAtLow),
          r.outputAtHigh === undefined ? '–' : formatDeterministic(r.outputAtHigh),
          r.swing === undefined ? '–' : formatDeterministic(r.swing),
        ]),
      ),
    );
  }
  out.push(...fig('tornado'), ...fig('sobol'));
  for (const c of s.byCategory ?? []) {
    if (c.ranking.length === 0) continue;
    out.push(
      block.table(
        `Sensitivity of ${c.output} (the footprint per functional unit in another impact category) to each uncertain input, from the same runs.`,
        ['input', ['S1', 'right'], ['ST', 'right'], ['swing', 'right']],
        c.ranking.map((r) => [
          r.input,
          r.S1 === undefined ? '–' : `${formatIndex(r.S1, r.S1ci)}${interval(r.S1ci)}`,
          r.ST === undefined ? '–' : `${formatIndex(r.ST, r.STci)}${interval(r.STci)}`,
          r.swing === undefined ? '–' : formatDeterministic(r.swing),
        ]),
      ),
      ...fig(`${c.output.slice(0, c.output.indexOf('.'))}-sobol`),
    );
  }
  if (s.notes.length > 0) out.push(block.p('Notes of the sensitivity analyses:'), block.list(s.notes));
  const rows = report.interpretation.scenarios;
  out.push(block.h3('Scenario comparison', 'scenarios'), ...findings(report, 'scenarios'));
  if (rows.length <= 1) out.push(block.p('The study file defines no scenarios.'));
  else {
    out.push(
      block.table(
        `Base case and scenarios: the functional unit [${unit}] with every input at base, split into embodied and operational carbon, and its Monte Carlo statistics (each scenario with its own run, the same seed).`,
        ['scenario', 'sets', ['base values', 'right'], ['embodied', 'right'], ['operational', 'right'], ['change', 'right'], ...STAT_COLUMNS],
        rows.map((r) => [
          r.name,
          Object.keys(r.set).length === 0 ? '–' : Object.entries(r.set).map(([k, v]) => `${k} = ${describeSetting(v)}`).join('; '),
          formatDeterministic(r.deterministic.value),
          r.deterministic.embodied === undefined ? '–' : formatDeterministic(r.deterministic.embodied),
          r.deterministic.operational === undefined ? '–' : formatDeterministic(r.deterministic.operational),
          r.changeFromBase === 0 ? '–' : formatChange(r.changeFromBase),
          ...statCells(r.monteCarlo),
        ]),
      ),
      ...fig('scenarios'),
    );
  }
  return out;
}
