import type { Param } from './param.js';

/**
 * The data centre and grid the servers run in (the *cloud* element):
 * location and year select the grid's carbon intensity; PUE adds the
 * facility's overhead (cooling, power distribution) to the IT energy.
 */
export interface Cloud {
  /** Location key (ISO 3166 code, cloud region or a named supply), when given. */
  readonly location?: string;
  /** Year of the grid intensity, when given. */
  readonly year?: number;
  /** Carbon intensity of the electricity [kgCO2e/kWh]. */
  readonly gridIntensity: Param;
  /** Power usage effectiveness: facility energy ÷ IT energy (≥ 1). */
  readonly pue: Param;
  /** Share of the facility overhead charged to this system [0–1]; default 1. */
  readonly overheadShare: Param;
}
