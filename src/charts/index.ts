/**
 * SVG charts for LCA reports and notebooks: pure functions from plain data to
 * self-contained, deterministic SVG strings (no script, no network, no ids),
 * with a colour-blind-safe palette, units on every value axis and accessible
 * titles. Display them in tslab with `tslab.display.html(svg)`.
 * @module
 */
export { stackedBarChart, type StackedBarDatum } from './stacked-bar-chart.js';
export { contributionChart, type ContributionDatum, type ContributionChartOptions } from './contribution-chart.js';
export { histogramChart, type HistogramData, type HistogramMarker, type HistogramChartOptions } from './histogram-chart.js';
export { tornadoChart } from './tornado-chart.js';
export { sobolChart, type SobolDatum, type SobolChartOptions } from './sobol-chart.js';
export { scenarioChart, type ScenarioDatum, type ScenarioPart, type ScenarioChartOptions } from './scenario-chart.js';
export { morrisChart, type MorrisDatum } from './morris-chart.js';
export { type ChartOptions, type ValueChartOptions } from './chart-options.js';
export { formatNumber } from './format-number.js';
export { htmlTable, type TableCell, type HtmlTableOptions } from './html-table.js';
export { escapeXml } from './escape-xml.js';
export { niceTicks, type NiceTicks } from './nice-ticks.js';
export { linearScale } from './linear-scale.js';
export { CHART_PALETTE } from './palette.js';
export { VEGA_LITE_SCHEMA, histogramSpec, tornadoSpec, stackedBarSpec, contributionSpec, sobolSpec, scenarioSpec, type VegaLiteSpec } from './vega-lite/index.js';
