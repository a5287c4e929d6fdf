import type { RowProblem, RowSchema } from '../schema.js';

/** A row of a `vcpu-power` table: the power of one vCPU of a processor microarchitecture at idle and at full load. */
export interface VcpuPowerRow {
  /** Microarchitecture, as Cloud Carbon Footprint names it (`Cascade Lake`, `AMD EPYC 2nd Gen`). */
  readonly microarchitecture: string;
  /** Power of one vCPU at idle [W]. */
  readonly minWatts: number;
  /** Power of one vCPU at 100 % load [W]. */
  readonly maxWatts: number;
  /** Id of one of the manifest's sources. */
  readonly source: string;
  /** Year the figures describe. */
  readonly year: number;
  /** How the figures were derived; caveats. */
  readonly note?: string;
}

function checkBounds(row: Readonly<Record<string, string | number | undefined>>): RowProblem | undefined {
  if (Number(row.minWatts) > Number(row.maxWatts)) return { column: 'minWatts', problem: `minWatts ${row.minWatts} > maxWatts ${row.maxWatts}`, fix: 'swap the two' };
  return undefined;
}

/**
 * Schema `vcpu-power`: power of one vCPU by processor microarchitecture, at
 * idle (`minWatts`) and at full load (`maxWatts`), as in Cloud Carbon
 * Footprint's compute coefficients (average watts = min + utilisation ×
 * (max − min)). Key: microarchitecture.
 *
 * @example
 * vcpuPowerSchema.key; // => ['microarchitecture']
 */
export const vcpuPowerSchema: RowSchema = {
  id: 'vcpu-power',
  description: 'Power of one vCPU by processor microarchitecture, idle and at full load',
  columns: [
    { name: 'microarchitecture', type: 'string', required: true, description: 'processor microarchitecture' },
    { name: 'minWatts', type: 'number', required: true, description: 'power of one vCPU at idle', unit: 'W', min: 0, max: 50 },
    { name: 'maxWatts', type: 'number', required: true, description: 'power of one vCPU at full load', unit: 'W', min: 0, max: 50, minExclusive: true },
    { name: 'source', type: 'string', required: true, description: "id of one of the manifest's sources" },
    { name: 'year', type: 'integer', required: true, description: 'year the figures describe', min: 1990, max: 2100 },
    { name: 'note', type: 'string', required: false, description: 'how the figures were derived; caveats' },
  ],
  key: ['microarchitecture'],
  check: checkBounds,
};
