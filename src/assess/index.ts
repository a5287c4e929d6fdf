/**
 * The deterministic assessment: a study's footprint by element, phase and
 * component, with every input echoed.
 * @module
 */
export { assess } from './assess.js';
export { buildAssessment, type DescribeDistribution } from './build-assessment.js';
export type { Assessment, ComponentResult, InputEcho, JobResult, LifeCycleResult, PhaseSplit } from './assessment.js';
export { categoryResults, type CategoryFigure, type CategoryResult } from './category-results.js';
export { checkFinite, suspectInputs, type Precision, type SuspectInput } from './check-finite.js';
export { NonFiniteResultError, type NonFiniteDetails } from './non-finite-error.js';
export { describeRatio, isUndefinedRatio, ratioOf, type UndefinedRatio } from './undefined-ratio.js';
