import { constant, mul, sub, type Expr } from '../graph/index.js';
import type { ServerEndOfLife } from '../system/index.js';
import { ref } from './param-ref.js';

/** A published factor's citation and address. */
export interface FactorSource {
  /** The citation. */
  readonly citation: string;
  /** Where to read it. */
  readonly url: string;
}

/** A default factor: value, unit and source. */
export interface DefaultFactor {
  /** The factor. */
  readonly value: number;
  /** Its unit. */
  readonly unit: string;
  /** Where it comes from. */
  readonly source: FactorSource;
}

const BOAVIZTA_EOL: FactorSource = {
  citation: 'Boavizta, BoaviztAPI factors.yml, gpu.end_of_life.eol (end of life per kg of card): gwp 1.5062 kgCO2e/kg, adpe 3.7140e-6 kgSbeq/kg, tpe 22.348 MJ/kg',
  url: 'https://github.com/Boavizta/boaviztapi/blob/main/boaviztapi/data/factors.yml',
};

/**
 * Default impact of recycling discarded server hardware per kg: Boavizta's
 * end-of-life factor for electronic boards (BoaviztAPI `factors.yml`,
 * `gpu.end_of_life.eol`, gwp 1.5062 kgCO2e per kg), applied when a study's
 * recycling entry gives no factor; landfill and incineration have no default
 * and need a factor.
 * @example
 * DEFAULT_RECYCLING_FACTOR.value; // => 1.5062
 */
export const DEFAULT_RECYCLING_FACTOR: DefaultFactor = {
  value: 1.5062,
  unit: 'kgCO2e/kg',
  source: BOAVIZTA_EOL,
};

/**
 * The same source's recycling factors in the other categories it gives,
 * used with {@link DEFAULT_RECYCLING_FACTOR} when a study lists the category
 * and gives no factor of its own: ADPe 3.7140e-6 kgSbeq/kg and total primary
 * energy 22.348 MJ/kg. (Boavizta's `wu` is a water-scarcity indicator, not
 * water consumed, so no water default is given.)
 * @example
 * DEFAULT_RECYCLING_IMPACTS.adpe.value; // => 3.714e-6
 */
export const DEFAULT_RECYCLING_IMPACTS: {
  /** ADPe [kgSbeq/kg]. */
  readonly adpe: DefaultFactor;
  /** Primary energy [MJ/kg]. */
  readonly pe: DefaultFactor;
} = {
  adpe: { value: 3.714e-6, unit: 'kgSbeq/kg', source: BOAVIZTA_EOL },
  pe: { value: 22.348, unit: 'MJ/kg', source: BOAVIZTA_EOL },
};

/**
 * Impact of treating a server group's discarded hardware [kgCO2e]: servers ×
 * units per server × mass [kg] × the treatment's factor [kgCO2e/kg] (EN 15804
 * modules C1–C4; Boavizta's per-kg end-of-life factor as the default for
 * recycling). Part of the footprint: life-cycle stage `end-of-life`,
 * annualised over the lifetime like manufacturing.
 *
 * @param eol - an end-of-life entry (the whole server or one part)
 * @param serverCount - servers in the group
 * @example
 * // 2 servers × 20 kg × 1.51 kgCO2e/kg = 60.4 kgCO2e
 * const model = compileStudy(defineStudy({ name: 'recycled', servers: [{ name: 'box', count: 2, lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   endOfLife: { treatment: 'recycling', mass: '20 kg', factor: '1.51 kgCO2e/kg' },
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('embodied:server1:endOfLife:0'); // => 60.4
 */
export function endOfLifeImpact(eol: ServerEndOfLife, serverCount: number): Expr {
  return mul(constant(serverCount * eol.perServer), ref(eol.mass), ref(eol.factor));
}

/**
 * Benefits beyond the system boundary of a treatment (EN 15804 module D)
 * [kgCO2e]: −(servers × units per server × mass [kg] × credit [kgCO2e/kg]),
 * negative as module D writes avoided burdens; 0 when the entry gives no
 * credit. Reported apart (`moduleD:<server>`, `moduleD.total`) and never
 * subtracted from any total.
 *
 * @param eol - an end-of-life entry
 * @param serverCount - servers in the group
 * @param share - the share charged to the life assessed (reuse.ts), 1 when absent
 * @example
 * // −(1 server × 20 kg × 0.8 kgCO2e/kg) = −16 kgCO2e, and the total is unchanged by it
 * const model = compileStudy(defineStudy({ name: 'credit', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   endOfLife: { treatment: 'recycling', mass: '20 kg', factor: '1 kgCO2e/kg', credit: '0.8 kgCO2e/kg' },
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('moduleD.total'); // => -16
 * at(OUTPUT.embodiedTotal); // => 2 + 20
 */
export function moduleDCredit(eol: ServerEndOfLife, serverCount: number, share?: Expr): Expr {
  if (eol.credit === undefined) return constant(0);
  const avoided = mul(constant(serverCount * eol.perServer), ref(eol.mass), ref(eol.credit));
  // 0 − x, not −x: a share of 0 (a life that does not discard the hardware) gives +0, not −0
  return sub(constant(0), share === undefined ? avoided : mul(share, avoided));
}
