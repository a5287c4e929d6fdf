/**
 * Study files: validate a study (JSON or TypeScript object) into the typed
 * model, and compile it into one explicit computation.
 * @module
 */
export { parseStudy, type ParseStudyOptions } from './parse-study.js';
export { compileStudy, inputName, type CompiledStudy } from './compile-study.js';
export { IMPACT_CATEGORIES, canonicalOutputKey, categoryKey, isImpactCategory, type ImpactCategory } from '../lca/categories.js';
export type { CategoryCoverage, MissingFactor } from '../lca/category-outputs.js';
export { parseCategories } from './parse-categories.js';
export { onSiteKey, onSitePerFacilityKey } from './read-impacts.js';
export { providerOf } from './read-pue.js';
export { isLinearPower } from './read-linear-power.js';
export { OUTPUT, ELEMENTS, elementKey, type Element } from '../lca/output-keys.js';
export { declaresStages } from './declares-stages.js';
export type { FactorLookup, SourcedFactor, LookupUncertainty, CatalogueRecord, CatalogueField } from './factor-lookup.js';
export { HOURS_PER_YEAR } from '../lca/units.js';
export { DEFAULT_LIFETIME_YEARS } from '../lca/lifetime.js';
export { DEFAULT_RECYCLING_FACTOR, DEFAULT_RECYCLING_IMPACTS, type DefaultFactor, type FactorSource as PublishedSource } from '../lca/end-of-life.js';
export { defineStudy, readStudyJson, type StudyOptions } from './load-study.js';
export { datasetLookup, type DatasetLookupOptions } from './dataset-lookup.js';
export { readObject, readString, readArray, type RawObject } from './read-object.js';
export { workloadLookup, WORKLOAD_DATASET, type WorkloadLookup } from './workload-lookup.js';
export { parseFunctionalUnit, describeFunctionalUnit } from './parse-functional-unit.js';
export { DEFAULT_SERVICE_LIFE_YEARS } from '../lca/lifetime.js';
