/**
 * LCA reports: a study file's deterministic assessment, Monte Carlo
 * uncertainty, sensitivity and scenarios gathered into a renderer-independent
 * report model structured like an ISO 14040/14044 study, rendered as one
 * self-contained HTML file, Markdown with SVG figures, or JSON.
 * @module
 */
export { buildReport } from './build-report.js';
export { givenMonteCarlo } from './given-monte-carlo.js';
export { checkReportOptions, REPORT_DEFAULTS, type ReportDefaults, type ReportOptions, type ReportSettings, type ReportProgress, type ReportStage } from './report-options.js';
export type { Report } from './report.js';
export { buildGoalAndScope, type GoalAndScope, type ReportElementScope, type ReportExclusion, type ReportFunctionalUnit } from './goal-and-scope.js';
export type { Inventory } from './inventory.js';
export { buildImpactAssessment, REPORT_TOTALS, type ImpactAssessment, type ReportElementResult } from './impact-assessment.js';
export { buildReportCategories, type ReportCategory, type ReportCategoryFigure } from './impact-categories.js';
export { buildInterpretation, type Interpretation, type ReportFinding } from './interpretation.js';
export { buildDataQuality, type DataQuality, type ReportBaseOutsideSupport } from './data-quality.js';
export type { ReportProvenance, ReportDataset, ReportMonteCarloRun, ReportScenarioRuns } from './provenance.js';
export {
  runSensitivity, uncertainInputs, type SensitivityRun, type SensitivityRunProvenance, type ReportSensitivity, type ReportSensitivityRow,
  type ReportTornadoRun, type ReportSobolRun,
} from './run-sensitivity.js';
export { runScenarios, BASE_CASE, type ReportScenario, type ReportScenarioValue, type ReportScenarioStatistics } from './run-scenarios.js';
export { functionalUnitSplit, type PhaseParts } from './functional-unit-split.js';
export { reportStatistics, reportEstimate, type ReportStatistics, type ReportEstimate } from './report-statistics.js';
export {
  buildFigureData, histogramData, PHASES, type ReportFigureData, type StackedBarFigure, type ContributionFigure, type HistogramFigure,
  type TornadoFigure, type SobolFigure, type ScenarioFigure,
} from './figure-data.js';
export { buildCategoryFigureData, type CategoryFigureData } from './category-figure-data.js';
export { planFigures, type PlannedFigure, type PlannedChart } from './figure-plan.js';
export { renderFigures, type ReportFigure } from './report-figures.js';
export { renderFigureSpecs, type ReportFigureSpec } from './report-figure-specs.js';
export { formatAtDecimals } from './format-at-decimals.js';
export { formatSignificant } from './format-significant.js';
export { roundToUncertainty, uncertaintyDecimals, UNCERTAINTY_DIGITS, type RoundedEstimate } from './round-to-uncertainty.js';
export {
  formatDeterministic, formatShare, formatChange, formatStatistics, formatIndex, formatCount, formatInput, ROUNDING_NOTE,
  DETERMINISTIC_DIGITS, SHARE_DIGITS, MAX_INDEX_DECIMALS, type FormattedStatistics,
} from './display-rules.js';
export { layoutReport } from './layout-report.js';
export type { ReportDocument, DocumentBlock, DocumentColumn, HeadingBlock, ParagraphBlock, NoteBlock, ListBlock, TableBlock, FigureBlock } from './report-document.js';
export { renderHtml } from './render-html.js';
export { renderMarkdown, type MarkdownReport } from './render-markdown.js';
export { renderJson } from './render-json.js';
export { escapeMarkdown } from './escape-markdown.js';
export { REPORT_CSS } from './html-style.js';
export { writeReport, figuresFolder, type ReportFormat } from './write-report.js';
export { writeFigureSpecs } from './write-figure-specs.js';
export { inputFilesOf, refuseOverwrite } from './refuse-overwrite.js';
export { printPdf, runChromium, findChromium, CHROMIUM_NAMES, CHROMIUM_FLAGS } from './print-pdf.js';
export { describeSetting } from './describe-setting.js';
