import { isUndefinedRatio, type UndefinedRatio } from '../assess/index.js';
import { formatNumber } from '../charts/index.js';
import type { ReportStatistics } from './report-statistics.js';
import { formatAtDecimals } from './format-at-decimals.js';
import { formatSignificant } from './format-significant.js';
import { UNCERTAINTY_DIGITS, uncertaintyDecimals } from './round-to-uncertainty.js';

/**
 * Significant figures of deterministic figures (base case, components,
 * inventory values, tornado outputs): enough to check them against a hand
 * calculation or a published table (4,084.35 kWh, 1,633.74 kgCO2e in
 * Clemm et al. 2024, IV.C), not a claim of precision.
 * @example
 * DETERMINISTIC_DIGITS; // => 6
 */
export const DETERMINISTIC_DIGITS = 6;
/**
 * Significant figures of deterministic shares in percent (use phase 87.4 %).
 * @example
 * SHARE_DIGITS; // => 3
 */
export const SHARE_DIGITS = 3;
/**
 * Most decimals of a sensitivity index (a share of variance, in [0, 1]).
 * @example
 * MAX_INDEX_DECIMALS; // => 3
 */
export const MAX_INDEX_DECIMALS = 3;

/**
 * A deterministic figure, to {@link DETERMINISTIC_DIGITS} significant figures.
 * @example
 * formatDeterministic(2026.008); // => '2,026.01'
 */
export function formatDeterministic(x: number): string {
  return formatSignificant(x, DETERMINISTIC_DIGITS);
}

/**
 * A deterministic fraction as a percentage, to {@link SHARE_DIGITS} significant figures.
 * @example
 * formatShare(1633.74 / 1869.1008); // => '87.4 %'
 */
export function formatShare(fraction: number): string {
  return `${formatSignificant(fraction * 100, SHARE_DIGITS)} %`;
}

/**
 * A scenario's relative change from the base case, signed; a change from a
 * zero base case is undefined (NaN) and says so.
 * @example
 * formatChange(0.0839); // => '+8.39 %'
 * formatChange(NaN); // => 'n/a (the base case is 0)'
 * formatChange({ value: null, undefinedReason: 'the base case is 0' }); // => 'n/a (the base case is 0)'
 */
export function formatChange(change: number | UndefinedRatio): string {
  if (isUndefinedRatio(change)) return `n/a (${change.undefinedReason})`;
  if (Number.isNaN(change)) return 'n/a (the base case is 0)';
  return `${change >= 0 ? '+' : '−'}${formatShare(Math.abs(change))}`;
}

/** Monte Carlo statistics as text, every figure at the decimal place of the standard deviation. */
export interface FormattedStatistics {
  /** The mean, rounded at the standard deviation's decimal place. */
  readonly mean: string;
  /** The standard deviation to two significant figures. */
  readonly sd: string;
  /** Percentiles by key (`p2.5`). */
  readonly percentiles: Readonly<Record<string, string>>;
  /** The decimal place, or undefined when the output is constant (deterministic rule). */
  readonly decimals: number | undefined;
}

/**
 * Round Monte Carlo statistics as the GUM (JCGM 100:2008 §7.2.6) says: the
 * standard deviation to two significant figures, the mean and percentiles
 * to the same decimal place. A constant output (sd 0) follows the
 * deterministic rule. `scale` multiplies every figure first (100 for a
 * fraction shown in percent).
 *
 * @example
 * formatStatistics({ count: 1e6, mean: 2404.8, sd: 665.58, standardError: 0.67, percentiles: { 'p2.5': 1382.04 }, constant: false }).percentiles; // => { 'p2.5': '1,380' }
 */
export function formatStatistics(s: ReportStatistics, scale = 1): FormattedStatistics {
  const percentiles = (f: (x: number) => string) => Object.fromEntries(Object.entries(s.percentiles).map(([k, v]) => [k, f(v * scale)]));
  if (s.constant || !(s.sd > 0)) {
    const f = scale === 1 ? formatDeterministic : (x: number) => formatSignificant(x, SHARE_DIGITS);
    return { mean: f(s.mean * scale), sd: '0', percentiles: percentiles(f), decimals: undefined };
  }
  const decimals = uncertaintyDecimals(s.sd * scale, UNCERTAINTY_DIGITS);
  const f = (x: number) => formatAtDecimals(x, decimals);
  return { mean: f(s.mean * scale), sd: f(s.sd * scale), percentiles: percentiles(f), decimals };
}

/**
 * A Sobol index rounded to the decimal place of its bootstrap interval's
 * half-width at two significant figures (GUM §7.2.6 with the half-width as
 * the uncertainty), at most {@link MAX_INDEX_DECIMALS} decimals.
 *
 * @example
 * formatIndex(0.7431, [0.696, 0.790]); // => '0.743'
 * formatIndex(0.7431, [0.5, 0.99]); // => '0.74'
 */
export function formatIndex(value: number, interval?: readonly [number, number]): string {
  const half = interval === undefined ? 0 : (interval[1] - interval[0]) / 2;
  const decimals = half > 0 ? Math.min(MAX_INDEX_DECIMALS, uncertaintyDecimals(half)) : MAX_INDEX_DECIMALS;
  return formatAtDecimals(value, decimals);
}

/**
 * The rounding note every rendering of a report carries.
 * @example
 * ROUNDING_NOTE.startsWith('Rounding. Monte Carlo figures follow JCGM 100:2008 (GUM) §7.2.6'); // => true
 */
export const ROUNDING_NOTE =
  'Rounding. Monte Carlo figures follow JCGM 100:2008 (GUM) §7.2.6: the standard deviation (the standard uncertainty) is quoted to two significant figures and the mean and percentiles to the same decimal place, so a row rounded to tens has an uncertainty of hundreds. ' +
  `Deterministic figures (the base case, components, inventory values, tornado outputs) are given to ${DETERMINISTIC_DIGITS} significant figures so that they can be checked against a hand calculation or a published table; they are not a claim of precision: the Monte Carlo rows say how uncertain they are. ` +
  `Deterministic shares are given to ${SHARE_DIGITS} significant figures. Sobol indices are rounded to the decimal place of half their bootstrap interval at two significant figures, at most ${MAX_INDEX_DECIMALS} decimals. ` +
  'Input values are shown as the study gives them (up to 6 significant figures). Chart labels use 4 significant figures. The JSON rendering keeps every number at full float64 precision.';

/**
 * A whole number with thousands separators (sample counts).
 * @example
 * formatCount(1000000); // => '1,000,000'
 */
export function formatCount(n: number): string {
  return formatAtDecimals(n, 0);
}

/**
 * An input value as the study gives it: up to 6 significant figures,
 * trailing zeros dropped (`5`, `555`, `0.4`, `8,760`).
 * @example
 * formatInput(8760); // => '8,760'
 * formatInput(0.4); // => '0.4'
 */
export function formatInput(x: number): string {
  return formatNumber(x, DETERMINISTIC_DIGITS);
}
