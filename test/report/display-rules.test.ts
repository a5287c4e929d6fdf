import { describe, expect, it } from 'vitest';
import { formatDeterministic, formatIndex, formatInput, formatShare, formatStatistics, ROUNDING_NOTE, type ReportStatistics } from '../../src/report/index.js';

const stats = (mean: number, sd: number, percentiles: Record<string, number>, constant = false): ReportStatistics => ({ count: 1000, mean, sd, standardError: sd / Math.sqrt(1000), percentiles, constant });

describe('display rules', () => {
  it('formatStatistics rounds mean and percentiles at the decimal place of the standard deviation', () => {
    const f = formatStatistics(stats(2404.795, 665.58, { 'p2.5': 1381.96, p50: 2311.45, 'p97.5': 3964.19 }));
    // sd 665.58 → 670: tens
    expect(f).toEqual({ mean: '2,400', sd: '670', percentiles: { 'p2.5': '1,380', p50: '2,310', 'p97.5': '3,960' }, decimals: -1 });
  });

  it('formatStatistics scales fractions to percent before rounding', () => {
    // share: mean 0.89225, sd 0.034686 → 3.4686 % → 3.5 %: one decimal
    const f = formatStatistics(stats(0.89225, 0.034686, { 'p2.5': 0.81116, 'p97.5': 0.94552 }), 100);
    expect(f).toEqual({ mean: '89.2', sd: '3.5', percentiles: { 'p2.5': '81.1', 'p97.5': '94.6' }, decimals: 1 });
  });

  it('formatStatistics of a constant output follows the deterministic rule', () => {
    expect(formatStatistics(stats(1869.1008, 0, { p50: 1869.1008 }, true))).toEqual({ mean: '1,869.10', sd: '0', percentiles: { p50: '1,869.10' }, decimals: undefined });
  });

  it('formatDeterministic, formatShare and formatInput use 6, 3 and up to 6 figures', () => {
    expect(formatDeterministic(1176.804)).toBe('1,176.80');
    expect(formatShare(1633.74 / 1869.1008)).toBe('87.4 %'); // 0.874078… → 87.4
    expect(formatInput(8760)).toBe('8,760');
    expect(formatInput(0.75)).toBe('0.75');
  });

  it('formatIndex rounds a Sobol index at half its interval to two figures, at most 3 decimals', () => {
    expect(formatIndex(0.7431, [0.696, 0.79])).toBe('0.743'); // half-width 0.047 → 3 decimals
    expect(formatIndex(0.7431, [0.5, 0.99])).toBe('0.74'); // 0.245 → 2 decimals
    expect(formatIndex(0.00012, [0.0001, 0.00014])).toBe('0.000'); // 0.00002 → capped at 3 decimals
    expect(formatIndex(0.5)).toBe('0.500');
  });

  it('ROUNDING_NOTE names the GUM rule and the deterministic figures', () => {
    expect(ROUNDING_NOTE).toMatch(/JCGM 100:2008 \(GUM\) §7\.2\.6/);
    expect(ROUNDING_NOTE).toMatch(/two significant figures/);
    expect(ROUNDING_NOTE).toMatch(/6 significant figures/);
    expect(ROUNDING_NOTE).toMatch(/full float64 precision/);
  });
});
