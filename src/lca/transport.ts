import { constant, div, mul, type Expr } from '../graph/index.js';
import type { TransportLeg } from '../system/index.js';
import { ref } from './param-ref.js';

/** Kilograms per tonne: freight factors are per tonne-kilometre, masses in kg. */
export const KG_PER_TONNE = 1000;

/**
 * Impact of carrying a server group's hardware one leg to the data centre
 * [kgCO2e]: servers × mass per server [kg] ÷ 1,000 [kg/t] × distance [km] ×
 * the mode's factor [kgCO2e/(t·km)] — the tonne-kilometre method of the
 * GLEC Framework and of the UK Government conversion factors for freighting
 * goods (default factors: the bundled `transport-factors` dataset). It is
 * charged as embodied impact (life-cycle stage `transport`, EN 15804 module
 * A4) and annualised over the lifetime like manufacturing.
 *
 * @param leg - one transport leg
 * @param serverCount - servers in the group
 * @example
 * // 2 servers × 25 kg ÷ 1000 × 1,200 km × 0.1 kgCO2e/(t·km) = 6 kgCO2e
 * const model = compileStudy(defineStudy({ name: 'shipped', servers: [{ name: 'box', count: 2, lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   transport: [{ mode: 'truck', distance: '1200 km', mass: '25 kg', factor: '0.1 kgCO2e/(t*km)' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('embodied:server1:transport:0'); // => 6
 */
export function transportImpact(leg: TransportLeg, serverCount: number): Expr {
  return mul(constant(serverCount), div(ref(leg.mass), constant(KG_PER_TONNE)), ref(leg.distance), ref(leg.factor));
}
