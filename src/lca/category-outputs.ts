import { inputsOf, type GraphOutput } from '../graph/index.js';
import type { Param } from '../system/index.js';
import type { ExtraCategoryId, ImpactCategoryId } from '../units/index.js';
import { categoryKey, IMPACT_CATEGORIES } from './categories.js';
import { MISSING_PREFIX, type CategoryLens } from './param-ref.js';

/** A factor a study does not give in a category, and where its climate value came from. */
export interface MissingFactor {
  /** The climate factor's study path (`servers[0].components[2].factor`). */
  readonly path: string;
  /** The dataset the climate value came from, when it came from one (`act-2022 1.0.0`). */
  readonly dataset?: string;
}

/** What a study computes in one impact category, and what it cannot. */
export interface CategoryCoverage {
  /** The category. */
  readonly category: ImpactCategoryId;
  /** Its unit. */
  readonly unit: string;
  /** Keys of the category's outputs in the compiled graph. */
  readonly outputs: readonly string[];
  /** Figures not computed in this category (their climate keys), each with the factors it lacks. */
  readonly notCovered: readonly {
    /** The figure's climate key (`annualized.total`). */
    readonly key: string;
    /** Paths of the climate factors it needs that have no value in the category. */
    readonly missing: readonly string[];
  }[];
  /** Every factor the category lacks, once. */
  readonly missingFactors: readonly MissingFactor[];
}

const datasetOf = (p: Param): string | undefined => (p.source?.dataset ? `${p.source.dataset.name} ${p.source.dataset.version}` : undefined);

/**
 * The outputs of a study compiled in a category besides climate (through a
 * {@link CategoryLens}), renamed into the category: every figure in kgCO2e
 * becomes the same figure in the category's unit, keyed
 * `<category>.<key>`; figures that are no impact (energy, hours, shares of
 * hardware) are the climate compilation's and are dropped. A figure that
 * needs a factor the study does not give in the category is left out and
 * listed as not covered, with the factors it lacks — never computed as 0.
 *
 * @param category - the category compiled
 * @param outputs - the outputs of the compilation in that category
 * @param lens - the lens it was compiled through (its missing and used factors)
 * @returns the category's outputs and its coverage
 */
export function categoryOutputs(category: ExtraCategoryId, outputs: readonly GraphOutput[], lens: CategoryLens): { outputs: GraphOutput[]; coverage: CategoryCoverage } {
  const unit = IMPACT_CATEGORIES[category].unit;
  const kept: GraphOutput[] = [];
  const notCovered: { key: string; missing: string[] }[] = [];
  for (const o of outputs) {
    const deps = inputsOf([o.expr]);
    const impact = o.unit.includes('kgCO2e') || deps.some((d) => lens.used.has(d));
    if (!impact) continue;
    const missing = deps.filter((d) => d.startsWith(MISSING_PREFIX)).map((d) => d.slice(MISSING_PREFIX.length));
    if (missing.length > 0) {
      notCovered.push({ key: o.key, missing });
      continue;
    }
    kept.push({ ...o, key: categoryKey(category, o.key), unit: o.unit.replaceAll('kgCO2e', unit), tags: { ...o.tags, category } });
  }
  const missingFactors = [...lens.missing.values()].map((p) => ({ path: p.path, ...(datasetOf(p) ? { dataset: datasetOf(p) } : {}) }));
  return { outputs: kept, coverage: { category, unit, outputs: kept.map((o) => o.key), notCovered, missingFactors } };
}
