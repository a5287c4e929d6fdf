import { formatCount, formatDeterministic, formatIndex, formatChange, formatShare, formatStatistics, ROUNDING_NOTE } from './display-rules.js';
import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { Report } from './report.js';

/** The summary at the top of a report: the key figures and the rounding note. */
export function summaryBlocks(report: Report): DocumentBlock[] {
  const fu = report.impact.functionalUnit;
  const share = report.impact.totals.find((t) => t.key === 'usePhaseShare');
  const rows: string[][] = [
    ['functional unit', `${fu.label} [${fu.unit}]`],
    ['base case (every input at its base value)', `${formatDeterministic(fu.deterministic)} ${fu.unit}`],
  ];
  const mc = fu.monteCarlo;
  if (mc && !mc.constant) {
    const f = formatStatistics(mc);
    rows.push(['Monte Carlo mean ± standard deviation', `${f.mean} ± ${f.sd} ${fu.unit} (${formatCount(mc.count)} samples)`]);
    rows.push(['Monte Carlo 95 % interval (2.5th–97.5th percentile)', `${f.percentiles['p2.5']}–${f.percentiles['p97.5']} ${fu.unit}`]);
  }
  if (share && Number.isFinite(share.deterministic)) rows.push(['use-phase share, base case', formatShare(share.deterministic)]);
  const why = report.impact.usePhaseShareUndefined;
  if (why !== undefined) rows.push(['use-phase share, base case', `undefined (${why})`]);
  const top = report.interpretation.sensitivity.ranking[0];
  if (top) rows.push(['largest source of uncertainty', top.ST !== undefined ? `${top.input} (Sobol ST ${formatIndex(top.ST, top.STci)})` : `${top.input} (tornado swing ${formatDeterministic(top.swing as number)} ${fu.unit})`]);
  for (const s of report.interpretation.scenarios.slice(1)) {
    rows.push([`scenario "${s.name}", base values`, `${formatDeterministic(s.deterministic.value)} ${fu.unit} (${formatChange(s.changeFromBase)})`]);
  }
  return [block.h2('Summary', 'summary'), block.table('Key figures.', ['', 'value'], rows), block.note(ROUNDING_NOTE)];
}
