import { formatAtDecimals } from './format-at-decimals.js';
import { formatInput } from './display-rules.js';
import { sourceText } from './document-cells.js';
import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { Report } from './report.js';
import { uncertaintyDecimals } from './round-to-uncertainty.js';

/** Section 5 of a report: data quality and limitations. */
export function qualityBlocks(report: Report): DocumentBlock[] {
  const q = report.dataQuality;
  const unit = report.impact.functionalUnit.unit;
  const counts = Object.entries(q.statusCounts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
  const items = [
    `Inputs by status: ${counts}; ${q.uncertainInputs} uncertain, ${q.fixedInputs} fixed.`,
    q.unsourced.length === 0 ? 'Every input cites a source.' : `Inputs with no source (check them before relying on the result): ${q.unsourced.join(', ')}.`,
    q.defaults.length === 0 ? 'No library default was needed: the study gives every input.' : `Library defaults the study relied on: ${q.defaults.map((d) => `${d.path} = ${formatInput(d.value)}${d.unit === '1' ? '' : ` ${d.unit}`} (${sourceText(d.source)})`).join('; ')}.`,
    ...q.baseOutsideSupport.map((b) => `${b.path}: the base value ${formatInput(b.base)} lies outside its distribution's range [${formatInput(b.support[0])}, ${formatInput(b.support[1])}], so the base case is not a possible draw of the uncertain model and the Monte Carlo mean differs from it.`),
    q.quantileMethod === 'histogram'
      ? `Percentiles are read from a fixed-bin histogram of all samples: each is within ${q.quantileMaxError === undefined ? 'one bin width' : q.quantileMaxError === 0 ? `0 ${unit} (all samples are equal)` : `${formatAtDecimals(q.quantileMaxError, uncertaintyDecimals(q.quantileMaxError))} ${unit}`} of the exact sample percentile${q.percentilesOutOfRange.length > 0 ? `, except ${q.percentilesOutOfRange.join(', ')}, which fell outside the histogram's range` : ''}.`
      : q.quantileMethod === 'exact' ? 'Percentiles are exact order statistics of the samples.' : 'The functional unit is constant: it has no percentiles to estimate.',
    `Arithmetic: samples in ${q.samplePrecision ?? 'float64'}, every reduction (sums, moments, histograms) in ${q.reductionPrecision}.`,
    q.correlations === 0 ? 'The study declares no correlation between inputs; all of them are sampled independently.' : `The study declares ${q.correlations} rank correlation(s): honoured by the Monte Carlo, ignored by the Sobol indices and the tornado.`,
  ];
  return [
    block.h2('5. Data quality and limitations', 'data-quality'),
    block.list(items),
    block.h3('Limitations', 'limitations'),
    block.list(q.limitations),
    block.h3('Warnings', 'warnings'),
    q.warnings.length === 0 ? block.p('None.') : block.list(q.warnings),
  ];
}
