import { formatCount, formatInput } from './display-rules.js';
import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { Report } from './report.js';

const seconds = (ms: number) => `${formatInput(Math.round(ms) / 1000)} s`;

/** Section 6 of a report: provenance — enough to reproduce it. */
export function provenanceBlocks(report: Report): DocumentBlock[] {
  const p = report.provenance;
  const s = report.settings;
  const rows: string[][] = [
    ['library', `${p.library} ${p.version} (Node.js ${p.node})`],
    ['datasets', p.datasets.map((d) => `${d.name}@${d.version}`).join(', ') || 'none'],
    ['date', p.date],
    ['study file', `${p.studyFile}${p.studySha256 ? ` (SHA-256 ${p.studySha256})` : ' (not readable again: no checksum)'}`],
  ];
  if (p.monteCarlo) {
    const m = p.monteCarlo;
    rows.push(['Monte Carlo', `${formatCount(m.completed)} of ${formatCount(m.samples)} samples, seed ${m.seed}, backend ${m.backend} (${m.backendDescription}); samples ${m.precision}, reductions ${m.reductionPrecision}; ${seconds(m.durationMs)}`]);
  }
  for (const r of p.sensitivity) {
    rows.push([`sensitivity: ${r.method}`, `${r.samples !== undefined ? `N = ${formatCount(r.samples)} base samples, seed ${r.seed}; ` : `${formatInput(s.lowPercentile * 100)}th–${formatInput(s.highPercentile * 100)}th percentiles; `}backend ${r.backend} (${r.precision}); ${seconds(r.durationMs)}`]);
  }
  if (p.scenarios) rows.push(['scenarios', `${formatCount(p.scenarios.samples)} samples each, seed ${p.scenarios.seed} (common random numbers), backend ${p.scenarios.backend}`]);
  rows.push(['settings left at their defaults', s.defaulted.join(', ') || 'none']);
  rows.push(['time to build the report', seconds(p.durationMs)]);
  return [
    block.h2('6. Provenance', 'provenance'),
    block.table('How this report was made.', ['item', 'value'], rows),
    block.p(`To reproduce it: ailca report ${p.studyFile} --samples ${s.samples} --seed ${s.seed} --sobol-samples ${s.sobolSamples} --scenario-samples ${s.scenarioSamples} --backend ${p.monteCarlo?.backend ?? s.backend}. The same seed and backend give the same samples.`),
  ];
}
