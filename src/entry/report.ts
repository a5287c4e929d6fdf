/**
 * `ailca/report` — LCA reports: {@link buildReport} gathers a study file's
 * assessment, Monte Carlo, sensitivity and scenarios into a report model
 * structured like an ISO 14040/14044 study; the renderers turn it into one
 * self-contained HTML file, Markdown with SVG figures, or JSON; the display
 * rules round every number to its uncertainty.
 *
 * @module ailca/report
 */
export {
  buildReport, checkReportOptions, REPORT_DEFAULTS, buildGoalAndScope, buildImpactAssessment, buildReportCategories, REPORT_TOTALS, buildInterpretation, buildDataQuality,
  runSensitivity, uncertainInputs, runScenarios, BASE_CASE, functionalUnitSplit, reportStatistics, reportEstimate, buildFigureData, buildCategoryFigureData, planFigures, PHASES, renderFigures, renderFigureSpecs,
  formatAtDecimals, formatSignificant, roundToUncertainty, uncertaintyDecimals, UNCERTAINTY_DIGITS, formatDeterministic, formatShare, formatChange,
  formatStatistics, formatIndex, formatCount, formatInput, ROUNDING_NOTE, DETERMINISTIC_DIGITS, SHARE_DIGITS, MAX_INDEX_DECIMALS, layoutReport, renderHtml,
  renderMarkdown, renderJson, writeReport, writeFigureSpecs, figuresFolder, printPdf, findChromium, describeSetting,
} from '../report/index.js';
export type {
  ReportDefaults, ReportOptions, ReportSettings, ReportProgress, ReportStage, Report, ReportStatistics, ReportEstimate, ReportElementScope, ReportExclusion,
  ReportFunctionalUnit, GoalAndScope, Inventory, ReportElementResult, ImpactAssessment, ReportCategory, ReportCategoryFigure, ReportSensitivityRow, ReportTornadoRun, ReportSobolRun,
  ReportSensitivity, ReportScenarioValue, ReportScenarioStatistics, ReportScenario, ReportFinding, Interpretation, ReportBaseOutsideSupport, DataQuality,
  ReportDataset, ReportMonteCarloRun, ReportScenarioRuns, ReportProvenance, SensitivityRun, SensitivityRunProvenance, PhaseParts, ReportFigureData, CategoryFigureData, PlannedFigure, PlannedChart,
  StackedBarFigure, ContributionFigure, HistogramFigure, TornadoFigure, SobolFigure, ScenarioFigure, ReportFigure, ReportFigureSpec, RoundedEstimate, FormattedStatistics,
  ReportDocument, DocumentBlock, DocumentColumn, HeadingBlock, ParagraphBlock, NoteBlock, ListBlock, TableBlock, FigureBlock, MarkdownReport, ReportFormat,
} from '../report/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
