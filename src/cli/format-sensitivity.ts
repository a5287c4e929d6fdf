import type { StudySensitivity } from '../analysis/index.js';
import { formatSignificant } from './format-significant.js';
import { renderTable } from './render-table.js';

const g = (x: number, d = 4): string => formatSignificant(x, d);
const ci = (c: readonly [number, number]): string => `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]`;

/**
 * The table `ailca sensitivity` prints for each output: tornado bars (input
 * values to 4 significant digits, outputs to 6), Sobol indices by ST with
 * their 95 % intervals, Morris μ*, μ, σ in ranking order, or Spearman ρ and
 * SRRC by |SRRC| with the regression's R².
 *
 * @param r - the result of `analyseStudy`
 * @returns the text, lines joined by `\n`
 */
export function formatSensitivity(r: StudySensitivity): string {
  const p = r.provenance;
  const lines = [
    `Study: ${r.study}`,
    `Sensitivity: ${r.method}${p.samples !== undefined ? `, ${p.samples.toLocaleString('en-US')} base samples, seed ${p.seed}` : ''}; backend ${p.backend} (${p.precision}); ${(p.durationMs / 1000).toFixed(2)} s`,
  ];
  for (const output of p.outputs) {
    lines.push('', `Output: ${output}`);
    if (r.tornado) {
      const o = r.tornado.outputs[output];
      if (!o) continue;
      lines.push(`  base value ${g(o.baseOutput, 6)}`);
      lines.push(renderTable([['  input', 'low', 'high', 'output at low', 'output at high', 'swing'], ...o.bars.map((b) => [`  ${b.input}`, g(b.low), g(b.high), g(b.outputAtLow, 6), g(b.outputAtHigh, 6), g(b.swing, 6)])], [1, 2, 3, 4, 5]));
    } else if (r.sobol) {
      const o = r.sobol.outputs[output];
      if (!o) continue;
      const rows = Object.entries(o.indices).sort((a, b) => b[1].ST - a[1].ST);
      lines.push(renderTable([['  input', 'S1', 'S1 95 % CI', 'ST', 'ST 95 % CI'], ...rows.map(([k, v]) => [`  ${k}`, v.S1.toFixed(3), ci(v.S1ci), v.ST.toFixed(3), ci(v.STci)])], [1, 3]));
    } else if (r.morris) {
      const o = r.morris.outputs[output];
      if (!o) continue;
      lines.push(renderTable([['  input', 'μ*', 'μ', 'σ'], ...o.ranking.map((x) => [`  ${x.input}`, g(x.muStar), g((o.stats[x.input] as { mu: number }).mu), g(x.sigma)])], [1, 2, 3]));
    } else if (r.rank) {
      const o = r.rank.outputs[output];
      if (!o) continue;
      const rows = Object.keys(o.spearman).sort((a, b) => Math.abs(o.srrc[b]) - Math.abs(o.srrc[a]));
      lines.push(renderTable([['  input', 'Spearman ρ', 'SRRC'], ...rows.map((k) => [`  ${k}`, (o.spearman[k]).toFixed(3), (o.srrc[k]).toFixed(3)])], [1, 2]));
      lines.push(`  R² of the rank regression: ${o.r2.toFixed(3)}`);
    }
  }
  if (r.notes.length > 0) lines.push('', 'Notes', ...r.notes.map((n) => `  - ${n}`));
  return lines.join('\n');
}
