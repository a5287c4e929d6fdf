import type { ContributionDatum, HistogramData, ScenarioDatum, SobolDatum, StackedBarDatum } from '../charts/index.js';
import type { TornadoOutput, TornadoResultBar } from '../sensitivity/index.js';

/** Data of a stacked bar chart and its unit. */
export interface StackedBarFigure {
  /** Unit of the values. */
  readonly unit: string;
  /** One datum per bar and segment. */
  readonly data: readonly StackedBarDatum[];
}

/** Data of a contribution chart and its unit. */
export interface ContributionFigure {
  /** Unit of the values. */
  readonly unit: string;
  /** One datum per component. */
  readonly data: readonly ContributionDatum[];
}

/** Data of the Monte Carlo histogram of the functional unit. */
export interface HistogramFigure {
  /** Unit of the functional unit. */
  readonly unit: string;
  /** The functional unit in words. */
  readonly label: string;
  /** Samples counted. */
  readonly samples: number;
  /** Bin edges, counts and the percentile, mean and base-case markers. */
  readonly data: HistogramData;
}

/** Data of the tornado chart. */
export interface TornadoFigure {
  /** Unit of the functional unit. */
  readonly unit: string;
  /** Percentile of the low values. */
  readonly lowPercentile: number;
  /** Percentile of the high values. */
  readonly highPercentile: number;
  /** Base output and one bar per input, largest swing first: a {@link TornadoOutput} without each bar's `swing` (what the chart reads). */
  readonly data: Omit<TornadoOutput, 'bars'> & {
    /** One bar per input, largest swing first, without `swing`. */
    readonly bars: readonly Omit<TornadoResultBar, 'swing'>[];
  };
}

/** Data of the Sobol chart. */
export interface SobolFigure {
  /** Base samples N. */
  readonly n: number;
  /** What the whiskers are (`95 % bootstrap interval`). */
  readonly intervalLabel: string;
  /** One datum per input, with intervals. */
  readonly data: readonly SobolDatum[];
}

/** Data of the scenario chart. */
export interface ScenarioFigure {
  /** Unit of the functional unit. */
  readonly unit: string;
  /** One datum per scenario, the base case first. */
  readonly data: readonly ScenarioDatum[];
}
