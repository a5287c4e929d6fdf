import type { MonteCarloResult } from '../mc/index.js';
import { formatSignificant } from './format-significant.js';
import { renderTable } from './render-table.js';

const sig = (x: number): string => formatSignificant(x, 5);

/**
 * The table `ailca mc` prints: statistics per output (five significant
 * digits, exponent notation below 1e-4) and the run's provenance.
 *
 * @param r - a Monte Carlo result (from `runMonteCarlo` or `mergeMonteCarlo`)
 * @returns the text, lines joined by `\n`
 */
export function formatMonteCarlo(r: MonteCarloResult): string {
  const p = r.provenance;
  const rows = [
    ['output', 'unit', 'deterministic', 'mean', 'sd', 'std error', 'p2.5', 'p50', 'p97.5'],
    ...r.outputs.map((o) => [
      o.key,
      o.unit,
      sig(o.deterministic),
      sig(o.summary.mean),
      sig(o.summary.sd),
      sig(o.summary.standardError),
      sig(o.summary.percentiles['p2.5'] ?? NaN),
      sig(o.summary.percentiles.p50 ?? NaN),
      sig(o.summary.percentiles['p97.5'] ?? NaN),
    ]),
  ];
  const lines = [
    `Study: ${r.study}`,
    `Monte Carlo: ${p.completed.toLocaleString('en-US')} samples (${p.range.start}:${p.range.end} of ${p.samples.toLocaleString('en-US')}), seed ${p.seed}`,
    `Backend: ${p.backend} (${p.backendDescription}); samples in ${p.precision}, reductions in ${p.reductionPrecision}${p.reduction === 'device' ? ` (float32 partial sums on the device${p.kernels === 'fused' ? ', one fused kernel for all outputs' : ''})` : ''}`,
    `Time: ${(p.durationMs / 1000).toFixed(2)} s, ${formatSignificant(p.samplesPerSecond / 1e6, 3)} M samples/s`,
    '',
    renderTable(rows, [2, 3, 4, 5, 6, 7, 8]),
  ];
  const q = r.outputs.find((o) => o.summary.quantileMethod === 'histogram');
  if (q !== undefined) lines.push('', 'Percentiles are read from a 65,536-bin histogram; each is within one bin width of the exact sample percentile (see docs/statistics.md).');
  if (r.warnings.length > 0) lines.push('', 'Warnings', ...r.warnings.map((w) => `  ! ${w}`));
  lines.push('', `ailca ${p.version}; datasets ${p.datasets.map((d) => `${d.name}@${d.version}`).join(', ') || 'none'}; ${p.date}`);
  return lines.join('\n');
}
