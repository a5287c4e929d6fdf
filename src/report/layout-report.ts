import { formatCount } from './display-rules.js';
import { impactBlocks } from './document-impact.js';
import { interpretationBlocks } from './document-interpretation.js';
import { inventoryBlocks } from './document-inventory.js';
import { provenanceBlocks } from './document-provenance.js';
import { qualityBlocks } from './document-quality.js';
import { scopeBlocks } from './document-scope.js';
import { summaryBlocks } from './document-summary.js';
import type { ReportDocument } from './report-document.js';
import { renderFigures } from './report-figures.js';
import type { Report } from './report.js';

/**
 * Lay a report out as a document of plain-text blocks — summary, then the
 * sections of an ISO 14040/14044 study (goal and scope, inventory, impact
 * assessment, interpretation, data quality and limitations, provenance) with
 * the figures where they belong — rounding every number as the rounding
 * note says. `renderHtml` and `renderMarkdown` only escape and mark it up.
 *
 * @param report - a report from `buildReport`
 * @returns the title, byline and blocks
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * const doc = layoutReport(r);
 * doc.blocks[0]; // => { kind: 'heading', level: 2, text: 'Summary', id: 'summary' }
 * doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length; // => 7
 */
export function layoutReport(report: Report): ReportDocument {
  const figures = new Map(renderFigures(report.figures).map((f) => [f.name, f]));
  const p = report.provenance;
  return {
    title: report.title,
    byline: [
      `Study file ${p.studyFile}; ${p.library} ${p.version}; ${p.date}.`,
      p.monteCarlo ? `Monte Carlo: ${formatCount(p.monteCarlo.completed)} samples, seed ${p.monteCarlo.seed}, backend ${p.monteCarlo.backend}.` : '',
      // merged shards that miss some samples (ailca report --mc-from): said at the top, not only among the warnings
      p.monteCarlo && p.monteCarlo.completed < p.monteCarlo.samples ? `INCOMPLETE Monte Carlo: the statistics cover ${formatCount(p.monteCarlo.completed)} of the ${formatCount(p.monteCarlo.samples)} samples of the run; see the warnings for the missing ranges.` : '',
    ].filter((s) => s !== ''),
    blocks: [
      ...summaryBlocks(report),
      ...scopeBlocks(report),
      ...inventoryBlocks(report),
      ...impactBlocks(report, figures),
      ...interpretationBlocks(report, figures),
      ...qualityBlocks(report),
      ...provenanceBlocks(report),
    ],
  };
}
