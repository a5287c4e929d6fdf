/**
 * Float64 streaming statistics for Monte Carlo runs: running moments
 * (Welford/Chan), fixed-bin histograms with bounded-error quantiles, exact
 * in-memory summaries, and the per-output {@link Summary}. See
 * docs/statistics.md for the formulas and their sources.
 * @module
 */
export { RunningMoments, type MomentsSnapshot, type NonFiniteReport } from './running-moments.js';
export type { MomentsJSON } from './moments-json.js';
export type { SampleChunk, ChunkScan } from './scan-chunk.js';
export { FixedHistogram } from './fixed-histogram.js';
export { DEFAULT_HISTOGRAM_BINS, MAX_HISTOGRAM_BINS, type HistogramOptions } from './histogram-options.js';
export type { HistogramJSON } from './histogram-json.js';
export type { HistogramQuantile } from './histogram-quantile.js';
export type { DisplayHistogram } from './display-bins.js';
export { choosePilotRange, type PilotRange } from './choose-pilot-range.js';
export { sortedQuantile } from './sorted-quantile.js';
export {
  DEFAULT_PERCENTILES, DEFAULT_DISPLAY_BINS, percentileKey,
  type Summary, type SummaryOptions,
} from './summary.js';
export { summarizeSamples } from './summarize-samples.js';
export { summarizeStream } from './summarize-stream.js';
export { StreamingSummary, type StreamingSummaryJSON } from './streaming-summary.js';
