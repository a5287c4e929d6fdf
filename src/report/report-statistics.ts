import type { MonteCarloOutput, MonteCarloResult } from '../mc/index.js';

/** Monte Carlo statistics of one output (float64 reductions of the samples). */
export interface ReportStatistics {
  /** Finite samples the statistics are of. */
  readonly count: number;
  /** Arithmetic mean, in the output's unit. */
  readonly mean: number;
  /** Sample standard deviation: the standard uncertainty the report rounds to. */
  readonly sd: number;
  /** Standard error of the mean, sd / √count. */
  readonly standardError: number;
  /** Percentiles by key (`p2.5`, `p50`, `p97.5` …), in the output's unit. */
  readonly percentiles: Readonly<Record<string, number>>;
  /** True when no uncertain input reaches the output (every sample is the deterministic value). */
  readonly constant: boolean;
}

/** One output of the study: its deterministic value and, when run, its Monte Carlo statistics. */
export interface ReportEstimate {
  /** Output key of the compiled study (`annualized.total`). */
  readonly key: string;
  /** What the output is, in words (`annualised footprint`). */
  readonly label: string;
  /** Canonical unit (`kgCO2e/year`; `1` for a fraction). */
  readonly unit: string;
  /** Every input at its base value. */
  readonly deterministic: number;
  /** Statistics of the Monte Carlo run. */
  readonly monteCarlo?: ReportStatistics;
}

/**
 * The statistics of one Monte Carlo output, as a report keeps them.
 *
 * @param output - one output of a `runMonteCarlo` result
 * @returns count, mean, sd, standard error, percentiles and whether it is constant
 * @example
 * const out = { key: 'x', label: 'x', unit: 'kg', tags: {}, deterministic: 2, constant: true,
 *   summary: { count: 10, mean: 2, sd: 0, standardError: 0, min: 2, max: 2, percentiles: { p50: 2 }, histogram: { edges: [2, 3], counts: [10], underflow: 0, overflow: 0 }, nonFinite: { count: 0, firstIndex: null }, quantileMethod: 'exact' } };
 * reportStatistics(out); // => { count: 10, mean: 2, sd: 0, standardError: 0, percentiles: { p50: 2 }, constant: true }
 */
export function reportStatistics(output: MonteCarloOutput): ReportStatistics {
  const s = output.summary;
  return { count: s.count, mean: s.mean, sd: s.sd, standardError: s.standardError, percentiles: { ...s.percentiles }, constant: output.constant };
}

/**
 * One output of a Monte Carlo run as a report estimate: its label, unit,
 * deterministic value and statistics.
 *
 * @param mc - a Monte Carlo result
 * @param key - an output key of the run (`annualized.total`)
 * @returns the estimate, or undefined when the run did not compute that output
 * @example
 * const mc = await runMonteCarlo(loadStudyFile('examples/xeon-8468.json').study, { samples: 100, seed: 1, backend: 'js' });
 * reportEstimate(mc, 'annualized.total').deterministic; // => 1869.1008
 * reportEstimate(mc, 'no.such.output'); // => undefined
 */
export function reportEstimate(mc: MonteCarloResult, key: string): ReportEstimate | undefined {
  const o = mc.outputs.find((x) => x.key === key);
  if (o === undefined) return undefined;
  return { key, label: o.label, unit: o.unit, deterministic: o.deterministic, monteCarlo: reportStatistics(o) };
}
