import type { SourceRef } from '../system/index.js';
import { formatDeterministic, formatStatistics, SHARE_DIGITS } from './display-rules.js';
import { formatSignificant } from './format-significant.js';
import type { ReportEstimate, ReportStatistics } from './report-statistics.js';

/** Columns of a Monte Carlo row: mean, standard deviation, p2.5, p50, p97.5. */
export const STAT_COLUMNS: readonly [string, 'right'][] = [
  ['Monte Carlo mean', 'right'],
  ['standard deviation', 'right'],
  ['2.5 %', 'right'],
  ['median', 'right'],
  ['97.5 %', 'right'],
];

/**
 * The Monte Carlo cells of a row, rounded at the standard deviation's
 * decimal place (GUM §7.2.6); dashes when there are no statistics.
 */
export function statCells(s: ReportStatistics | undefined, scale = 1): string[] {
  if (s === undefined) return ['–', '–', '–', '–', '–'];
  const f = formatStatistics(s, scale);
  return [f.mean, f.sd, f.percentiles['p2.5'] ?? '–', f.percentiles['p50'] ?? '–', f.percentiles['p97.5'] ?? '–'];
}

/** An estimate's unit as shown: a fraction (`1`) is shown in percent. */
export function shownUnit(e: ReportEstimate): string {
  return e.unit === '1' ? '%' : e.unit;
}

/** An estimate's row: label, unit, base case, then the Monte Carlo cells. */
export function estimateRow(e: ReportEstimate): string[] {
  const scale = e.unit === '1' ? 100 : 1;
  const base = scale === 1 ? formatDeterministic(e.deterministic) : formatSignificant(e.deterministic * 100, SHARE_DIGITS);
  return [e.label, shownUnit(e), base, ...statCells(e.monteCarlo, scale)];
}

/**
 * A source in words: the citation, the dataset row it came from, its year
 * and its address (as text, never a link: the report references nothing).
 */
export function sourceText(source: SourceRef | undefined): string {
  if (source === undefined) return 'no source given';
  const parts = [source.citation];
  if (source.dataset) parts.push(`dataset ${source.dataset.name}@${source.dataset.version}${source.key ? `, row ${source.key}` : ''}`);
  if (source.year !== undefined) parts.push(`year ${source.year}`);
  if (source.url) parts.push(source.url);
  return parts.join('; ');
}
