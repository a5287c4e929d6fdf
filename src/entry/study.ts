/**
 * `ailca/study` — the typed model of a study (servers, cloud, model, data,
 * jobs and their parameters), parsing and validation below
 * {@link defineStudy}, scenarios and study paths, quantities with units, and
 * the assessment's helpers (finite checks, undefined ratios).
 *
 * @module ailca/study
 */
export { FUNCTIONAL_UNITS, FUNCTIONAL_UNITS_PER, JOB_PHASES } from '../system/index.js';
export type {
  Param, ParamStatus, SourceRef, IcTechnology, IntegratedCircuit, CircuitBoard, OtherPart, CapacityPart, CapacityTechnology, Component, PowerDraw, PowerModel,
  Server, Cloud, Workload, FunctionalUnit, FunctionalUnitCount, FunctionalUnitPer, JobPhase, Job, JobDuration, FlopsEstimate, IdleEnergy, JobLoad, AcceleratorUse, AcceleratorPower, HostUse,
  Allocation, AllocationRule, Site, Inference, RequestEnergy, DataElement, Storage, StorageTechnology, Transfer, NetworkKind, ModelElement, Study, Correlation,
  ServerEndOfLife, TransportMode, TransportLeg, EolTreatment, EndOfLife, ReuseRule, Reuse, LinearPower,
} from '../system/index.js';
export { TRANSPORT_MODES, EOL_TREATMENTS, REUSE_RULES } from '../system/index.js';
export {
  parseStudy, defineStudy, readStudyJson, HOURS_PER_YEAR, DEFAULT_LIFETIME_YEARS, DEFAULT_RECYCLING_FACTOR, DEFAULT_RECYCLING_IMPACTS, type DefaultFactor, type PublishedSource, DEFAULT_SERVICE_LIFE_YEARS, parseFunctionalUnit,
  describeFunctionalUnit, type ParseStudyOptions, type StudyOptions,
  IMPACT_CATEGORIES, categoryKey, canonicalOutputKey, isImpactCategory, parseCategories,
  type ImpactCategory, type CategoryCoverage, type MissingFactor,
} from '../study/index.js';
export { IMPACT_CATEGORY_IDS, IMPACT_ROLES, CATEGORY_UNITS, categoryOfKind, impactKind, type ImpactCategoryId, type ExtraCategoryId, type CategoryUnit, type ImpactKind, type ImpactRole } from '../units/index.js';
export { loadStudy, loadStudyFile, type StudyFile, applyScenario, parseScenarios, splitScenarios, parsePath, setPath, checkScenarios, type Scenario, type PathStep } from '../scenarios/index.js';
export { MAX_QUANTITY_LENGTH, parseQuantity, QUANTITY_KINDS, acceptedUnits, type QuantityKind, type QuantityKindInfo } from '../units/index.js';
export { DEFAULT_MAX_DATA_BYTES, DEFAULT_MAX_STUDY_BYTES, resolveStudyPath, type ReadLimits } from '../io/index.js';
export { categoryResults, type CategoryFigure, type CategoryResult } from '../assess/index.js';
export { assess, buildAssessment, checkFinite, suspectInputs, describeRatio, isUndefinedRatio, ratioOf } from '../assess/index.js';
export type { LifeCycleResult } from '../assess/index.js';
export type { DescribeDistribution, Assessment, ComponentResult, InputEcho, JobResult, PhaseSplit, Precision, SuspectInput, NonFiniteDetails, UndefinedRatio } from '../assess/index.js';
export type { InputErrorDetails, FilePosition } from '../errors/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
export { NonFiniteResultError } from '../assess/index.js';
