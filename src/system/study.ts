import type { ExtraCategoryId, ImpactCategoryId } from '../units/index.js';
import type { Cloud } from './cloud.js';
import type { DataElement } from './data-element.js';
import type { ModelElement } from './model-element.js';
import type { FunctionalUnit } from './functional-unit.js';
import type { Param } from './param.js';
import type { Server } from './server.js';
import type { Workload } from './workload.js';

/** A rank correlation between two uncertain inputs (Spearman's ρ). */
export interface Correlation {
  /** Path of the first input. */
  readonly a: string;
  /** Path of the second input. */
  readonly b: string;
  /** Spearman rank correlation in (−1, 1). */
  readonly rank: number;
}

/**
 * A parsed, validated study: every number is a {@link Param} in its canonical
 * unit with status and source. Build one with `parseStudy`.
 */
export interface Study {
  /** Name of the study, shown in results and reports. */
  readonly name: string;
  /** Free-text description, when given. */
  readonly description?: string;
  /** What results are scaled to; default `year`. */
  readonly functionalUnit: FunctionalUnit;
  /** The servers, in study order; may be empty when jobs or data bring their own hardware. */
  readonly servers: readonly Server[];
  /** Utilisation and hours of the standing servers; absent when the study has none. */
  readonly workload?: Workload;
  /** The data centre and grid (the cloud element). */
  readonly cloud: Cloud;
  /** Development, training and inference of the model, when the study describes them. */
  readonly model?: ModelElement;
  /** Storage, transfer and preprocessing of the data, when the study describes them. */
  readonly data?: DataElement;
  /**
   * Years the model is in service (`model.serviceLife`), present with a model
   * or data block: one-off jobs are amortised over it and recurring work
   * repeats in each of its years.
   */
  readonly serviceLife?: Param;
  /** Rank correlations between uncertain inputs. */
  readonly correlations: readonly Correlation[];
  /** The impact categories computed (`categories`): climate change first, always. */
  readonly categories: readonly ImpactCategoryId[];
  /**
   * Factors of the categories besides climate, by the path of the climate
   * factor each parallels, and on-site factors by `<pue path>#onSite`
   * (study fields `impacts` and `wue`).
   */
  readonly impacts: ReadonlyMap<string, Readonly<Partial<Record<ExtraCategoryId, Param>>>>;
  /** Every numeric input, in the order it appears in the study. */
  readonly params: readonly Param[];
  /** Warnings about implausible but valid values and about assumptions the parser made (LLMCarbon's power rule, catalogue embodied carbon left out, shared draws unused). */
  readonly warnings: readonly string[];
}
