import { add, constant, div, type Expr } from '../graph/index.js';
import type { Reuse } from '../system/index.js';
import { ref } from './param-ref.js';

/**
 * Share of the production-side embodied impact (manufacturing and transport)
 * of reused hardware charged to the life the study assesses [fraction]:
 *
 * - `cut-off`: all to the first life, none to the second (the hardware enters
 *   its second life burden-free, as recycled content does under the cut-off
 *   approach of ISO 14044 §4.3.4.3 and of the PEF Circular Footprint Formula
 *   with A = 1);
 * - `service-years`: by years of service, first ÷ (first + second) and
 *   second ÷ (first + second) (allocation by a physical-use property, ISO
 *   14044 §4.3.4.2, step 2);
 * - `equal`: half to each life (the 50/50 split of the PEF Guide for a
 *   product reused once).
 *
 * @param r - the reuse declaration
 * @example
 * // service-years, 4 + 3 years, second life: 3 ÷ 7 of the manufacturing
 * const model = compileStudy(defineStudy({ name: 'reused', servers: [{ name: 'box',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '7 cm2', factor: '2 kgCO2e/cm2' }],
 *   reuse: { rule: 'service-years', firstLife: '4 years', secondLife: '3 years', life: 'second' },
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.embodiedTotal); // => 14 * 3 / 7
 */
export function reuseShare(r: Reuse): Expr {
  if (r.rule === 'cut-off') return constant(r.life === 'first' ? 1 : 0);
  if (r.rule === 'equal') return constant(0.5);
  return div(ref(r.life === 'first' ? r.firstLife : r.secondLife), add(ref(r.firstLife), ref(r.secondLife)));
}

/**
 * Share of the end-of-life impact (and of its module D credit) charged to the
 * life assessed [fraction]: under `cut-off` the life that discards the
 * hardware — the second — bears its treatment (the polluter-pays logic of the
 * cut-off approach); the other rules split it as {@link reuseShare} does.
 *
 * @param r - the reuse declaration
 * @example
 * // cut-off, first life: the treatment comes after the second life
 * const model = compileStudy(defineStudy({ name: 'first life', servers: [{ name: 'box',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   endOfLife: { treatment: 'recycling', mass: '20 kg', factor: '1 kgCO2e/kg' },
 *   reuse: { rule: 'cut-off', firstLife: '4 years', secondLife: '3 years', life: 'first' },
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.embodiedTotal); // => 2
 */
export function endOfLifeShare(r: Reuse): Expr {
  if (r.rule === 'cut-off') return constant(r.life === 'second' ? 1 : 0);
  return reuseShare(r);
}
