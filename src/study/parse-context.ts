import type { Correlation, Param } from '../system/index.js';
import type { ExtraCategoryId, ImpactCategoryId, QuantityKind } from '../units/index.js';
import type { ReadLimits } from '../io/index.js';
import type { IntensitySeries } from '../datasets/index.js';
import type { FactorLookup } from './factor-lookup.js';

/** A shared draw: one uncertain value used by several fields. */
export interface SharedDraw {
  /** The raw definition from the study's `shared` block. */
  readonly raw: unknown;
  /** The param, once a field has used it (fixes its kind). */
  param?: Param;
}

/** Mutable state of one `parseStudy` call. */
export interface ParseContext {
  readonly params: Param[];
  readonly warnings: string[];
  readonly lookup: FactorLookup;
  readonly shared: Map<string, SharedDraw>;
  readonly correlations: Correlation[];
  /** Folder that relative file paths in the study (grid-intensity series) are resolved against. */
  readonly baseDir?: string;
  /** Which folders files named in the study may be read from, and how large they may be. */
  readonly readLimits?: ReadLimits;
  /** The impact categories the study computes (`categories`; climate change always). */
  readonly categories: readonly ImpactCategoryId[];
  /**
   * Factors of the categories besides climate, by the path of the climate
   * factor they parallel (`servers[0].components[1].factor`), and on-site
   * factors by `<pue path>#onSite` (see read-impacts.ts).
   */
  readonly impacts: Map<string, Partial<Record<ExtraCategoryId, Param>>>;
  /** Grid-intensity series by the path of the param their mean became (`cloud.gridIntensity`), for jobs matched hour by hour. */
  readonly gridSeries?: Map<string, IntensitySeries>;
}

/** Rules a param's value (and its distribution's support) must obey. */
export interface ParamRule {
  readonly min?: number;
  readonly max?: number;
  readonly minExclusive?: boolean;
  /** A fix suggested when the rule is broken. */
  readonly fix?: string;
  /** Warn (not fail) when the base value is outside [low, high]. */
  readonly plausible?: { readonly low: number; readonly high: number; readonly why: string };
}

/** The kind and rule of a field. */
export interface FieldSpec {
  readonly kind: QuantityKind;
  readonly rule?: ParamRule;
}
