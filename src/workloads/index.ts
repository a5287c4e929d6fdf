/**
 * Analyses of AI workloads beside the study graph: carbon-aware scheduling on
 * a grid-intensity series, hardware refresh, and reduction levers as scenarios.
 * @module
 */
export { carbonAwareSchedule, type ScheduleJob, type ScheduleResult } from './carbon-aware-schedule.js';
export { refreshBreakEven, type RefreshComparison } from './refresh-break-even.js';
export { bestRefreshYear, type RefreshPlan } from './best-refresh-year.js';
export { intensityByYear, type RefreshServer } from './refresh-inputs.js';
export { LEVERS, type LeverId, type LeverInfo } from './lever-table.js';
export { leverScenario, carbonAwareLever, combineLevers, type LeverTargets } from './levers.js';
