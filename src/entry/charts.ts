/**
 * `ailca/charts` — SVG charts for LCA reports and notebooks: pure functions
 * from plain data (or the analyses' results) to self-contained,
 * deterministic SVG strings, the {@link htmlTable} helper, and the number
 * formatting, ticks, scales and palette the charts use. Display them in
 * tslab with `tslab.display.html(svg)`. Each chart the report draws also
 * has a Vega-Lite v5 spec function (`histogramSpec`, `tornadoSpec`, …) with
 * the same data inline, for restyling in any Vega-Lite tool.
 *
 * @module ailca/charts
 */
export { stackedBarChart, contributionChart, histogramChart, tornadoChart, sobolChart, scenarioChart, morrisChart, histogramSpec, tornadoSpec, stackedBarSpec, contributionSpec, sobolSpec, scenarioSpec, VEGA_LITE_SCHEMA, htmlTable, formatNumber, niceTicks, linearScale, CHART_PALETTE } from '../charts/index.js';
export type {
  StackedBarDatum, ContributionDatum, ContributionChartOptions, HistogramData, HistogramMarker, HistogramChartOptions, SobolDatum, SobolChartOptions, ScenarioDatum,
  ScenarioPart, ScenarioChartOptions, MorrisDatum, ChartOptions, ValueChartOptions, NiceTicks, TableCell, HtmlTableOptions, VegaLiteSpec,
} from '../charts/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
