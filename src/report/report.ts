import type { DataQuality } from './data-quality.js';
import type { ReportFigureData } from './figure-data.js';
import type { GoalAndScope } from './goal-and-scope.js';
import type { ImpactAssessment } from './impact-assessment.js';
import type { Interpretation } from './interpretation.js';
import type { Inventory } from './inventory.js';
import type { ReportProvenance } from './provenance.js';
import type { ReportSettings } from './report-options.js';

/**
 * An LCA report of a study, independent of how it is rendered: every number
 * the HTML, Markdown and JSON renderers show, at full float64 precision,
 * structured like an ISO 14040/14044 study.
 */
export interface Report {
  /** `Life-cycle assessment: ` and the study's name. */
  readonly title: string;
  /** Section 1: goal and scope. */
  readonly goalAndScope: GoalAndScope;
  /** Section 2: life-cycle inventory. */
  readonly inventory: Inventory;
  /** Section 3: impact assessment. */
  readonly impact: ImpactAssessment;
  /** Section 4: interpretation. */
  readonly interpretation: Interpretation;
  /** Section 5: data quality and limitations. */
  readonly dataQuality: DataQuality;
  /** Section 6: provenance. */
  readonly provenance: ReportProvenance;
  /** The data behind every figure. */
  readonly figures: ReportFigureData;
  /** The settings the report was made with. */
  readonly settings: ReportSettings;
}
