import { constant, mul, sub, type Expr } from '../graph/index.js';
import type { Param } from '../system/index.js';
import { ref } from './param-ref.js';

/**
 * Facility (data-centre) overhead of an IT energy [kWh or kWh/year, as the IT
 * energy]: IT × (PUE − 1) × overhead share. PUE is the Green Grid's power
 * usage effectiveness (facility energy ÷ IT energy); the overhead share is the
 * part of that overhead the study charges (1 unless a cloud provider's
 * reported figure already includes it). Charged to the cloud element.
 *
 * @param itEnergy - IT energy [kWh] or [kWh/year]
 * @param pue - the site's PUE [1]
 * @param overheadShare - the share of the overhead charged [1]
 * @example
 * // 100 W × 8,760 h = 876 kWh of IT energy a year at PUE 1.5: 876 × 0.5 = 438 kWh of overhead
 * const model = compileStudy(defineStudy({ name: 'pue', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 },
 *   cloud: { gridIntensity: '1 kg/kWh', pue: 1.5 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.annualEnergy) - at(OUTPUT.annualItEnergy); // => 438
 */
export function overheadOf(itEnergy: Expr, pue: Param, overheadShare: Param): Expr {
  return mul(itEnergy, sub(ref(pue), constant(1)), ref(overheadShare));
}
