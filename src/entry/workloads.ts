/**
 * `ailca/workloads` — analyses of AI workloads beside the study graph:
 * carbon-aware scheduling on a grid-intensity series, hardware refresh
 * break-even, and reduction levers written as scenarios.
 *
 * @module ailca/workloads
 */
export { carbonAwareSchedule, refreshBreakEven, bestRefreshYear, intensityByYear, LEVERS, leverScenario, carbonAwareLever, combineLevers } from '../workloads/index.js';
export type { ScheduleJob, ScheduleResult, RefreshComparison, RefreshPlan, RefreshServer, LeverId, LeverInfo, LeverTargets } from '../workloads/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
