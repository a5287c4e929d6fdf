import type { Param } from './param.js';

/**
 * What the software (the *model* and *data* elements) asks of the hardware:
 * the share of time the servers are active and the hours they run per year.
 * The jobs, inference and data of the model and data elements are in
 * `ModelElement` and `DataElement`.
 */
export interface Workload {
  /** Share of time active, as a fraction in [0, 1] (0.75 in Clemm et al. 2024). */
  readonly utilization: Param;
  /** Hours of operation per year [h]; default 8,760 (always on). */
  readonly hoursPerYear: Param;
}
