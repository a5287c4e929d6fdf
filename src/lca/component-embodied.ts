import { add, constant, div, mul, type Expr } from '../graph/index.js';
import type { Component, Param } from '../system/index.js';
import { ref } from './param-ref.js';

/**
 * Embodied (manufacturing) carbon of one bill-of-materials entry across a
 * server group [kgCO2e], n = servers × parts per server:
 *
 * - integrated circuit (logic, DRAM, NAND, HBM dies; ACT, Gupta et al. 2022):
 *   n × die area [cm²] × factor [kgCO2e/cm²] for its technology, + n × packaging [kgCO2e] when given;
 * - printed circuit board: n × area [cm²] × factor [kgCO2e/cm²] for its layer count;
 * - other part (power supply, chassis, fans): n × footprint per unit [kgCO2e], or n × mass [kg] × factor [kgCO2e/kg];
 * - memory or storage by capacity (DRAM, HBM, SSD, HDD): n × capacity [GB] × factor [kgCO2e/GB];
 * - memory or storage by die (Boavizta's route): n × capacity [GB] ÷ density [GB/cm²] × factor [kgCO2e/cm²].
 *
 * Factors and their sources are the study's or the bundled catalogue's
 * (docs/datasets.md); this is where they are multiplied.
 *
 * @param c - one component of a server
 * @param serverCount - servers in the group
 * @example
 * // 2 servers × 1 cm² × 2 kgCO2e/cm² = 4 kgCO2e; 2 servers × 64 GB × 0.4 kgCO2e/GB = 51.2 kgCO2e
 * const model = compileStudy(defineStudy({ name: 'two servers', servers: [{ name: 'box', count: 2, lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' },
 *     { type: 'memory', name: 'DRAM', technology: 'dram', capacity: '64 GB', factor: '0.4 kgCO2e/GB' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const values = evaluate(model.outputs.map((o) => o.expr), new Map(model.inputs.map((i) => [i.name, i.value])));
 * model.outputs.flatMap((o, i) => (o.key.startsWith('embodied:') ? [values[i]] : [])); // => [4, 51.2]
 */
export function componentEmbodied(c: Component, serverCount: number): Expr {
  const n = constant(serverCount * c.count);
  if (c.type === 'ic') {
    const dies = mul(n, ref(c.dieArea), ref(c.factor));
    return c.packaging === undefined ? dies : add(dies, mul(n, ref(c.packaging)));
  }
  if (c.type === 'pcb') return mul(n, ref(c.area), ref(c.factor));
  if (c.type === 'part') {
    if (c.perUnit !== undefined) return mul(n, ref(c.perUnit));
    return mul(n, ref(c.mass as Param), ref(c.massFactor as Param));
  }
  if (c.density !== undefined) return mul(n, div(ref(c.capacity), ref(c.density)), ref(c.factor));
  return mul(n, ref(c.capacity), ref(c.factor));
}
